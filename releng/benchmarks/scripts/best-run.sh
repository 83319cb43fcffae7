# Sourced by commands-1m.sh and prospects-1m.sh: the fastest of several runs of a whole process, with
# its CPU time and peak resident memory as /usr/bin/time reports them.
#
# best_run RUNS OUTPUT COMMAND...: runs COMMAND RUNS times, its standard output into OUTPUT and its
# errors into OUTPUT.err, each run after the function before_run when the script defines one, and
# sets best_wall (seconds), best_cpu (user + system seconds) and best_rss (KB) of the run with the
# shortest wall time, and status to the exit status of the last run. PIN (say, "taskset -c 0") is
# put before COMMAND when set.
best_run() {
	runs=$1 output=$2
	shift 2
	best_wall= best_cpu= best_rss= status=
	for i in $(seq "$runs"); do
		if command -v before_run > /dev/null; then
			before_run
		fi
		set +e
		${PIN:-} /usr/bin/time -f "%e %U %S %M" -o "$output.time" "$@" > "$output" 2> "$output.err"
		status=$?
		set -e
		# a failing command's line ("Command exited with non-zero status 1") comes first
		last=$(tail -n 1 "$output.time")
		set -- $last "$@"
		wall=$1 cpu=$(echo "$2 + $3" | bc) rss=$4
		shift 4
		if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc)" = 1 ]; then
			best_wall=$wall best_cpu=$cpu best_rss=$rss
		fi
	done
}
