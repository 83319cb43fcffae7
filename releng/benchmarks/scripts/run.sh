#!/bin/sh
# Issue 4's batch benchmark: 100,000 personalized messages (render + check + write) through
# `parley run`, reported beside the same work in plain Java (ProspectBatchBenchmark does 1,000,000).
# Needs a built product (./parley build). Usage: releng/benchmarks/scripts/run.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$HERE/batch.js" "$WORK/"
{
	echo "firstName,lastName,jobTitle,companyName,industry"
	awk 'BEGIN { for (i = 0; i < 100000; i++) printf "Person%d,Surname%d,VP of Marketing,Company %d,Computer Software\n", i, i % 977, i % 5003 }'
} > "$WORK/batch.prospects.csv"
echo "hello.js, cold process:" >&2
echo "console.log('hello')" > "$WORK/hello.js"
/usr/bin/time -f "  %e s" "$ROOT/parley" run "$WORK/hello.js"
echo "batch.js, 100,000 messages through parley run:" >&2
/usr/bin/time -f "  %e s" "$ROOT/parley" run "$WORK/batch.js"
