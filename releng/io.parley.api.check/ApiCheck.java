import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.MethodModel;
import java.lang.reflect.AccessFlag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * The API check: compares the types a bundle promises plugin authors (its API baseline, a text file
 * under baseline/) with the bundle as built, and fails when a promised type changed in a way that
 * breaks a plugin compiled against the baseline, unless the package's major version was raised.
 *
 * <pre>
 * java ApiCheck.java check BUNDLE.jar BASELINE.api...   exit 1 on a break without a version bump
 * java ApiCheck.java record BUNDLE.jar BASELINE.api TYPE... [--not-api TYPE...]   write the baseline of these types
 * </pre>
 *
 * A break is a promised type, supertype, public or protected method, constructor or field that is
 * gone or changed, a method made abstract or final, a new abstract method (plugins implement these
 * types), or a package that is no longer exported as API. A promised type may name only types of API
 * packages (and of Java and the libraries plugins share), whatever the version. Additions are compatible. A record's
 * constructors are not promised: the model makes its records, plugins read them or use their factories.
 * Every public type of an API package is either promised or named in the baseline as not API
 * ({@code --not-api}), so a plugin author can tell which it is, and a new one is a decision.
 */
public final class ApiCheck {

	private static final Pattern CLAUSE = Pattern.compile("([\\w.]+)((?:;[\\w.-]+:?=(?:\"[^\"]*\"|[^,;]*))*)");
	private static final Pattern VERSION = Pattern.compile(";version=\"?([\\d.]+)\"?");
	/** A Parley type in a descriptor ({@code Lio/parley/model/text/TextFacts;}) or as a supertype. */
	private static final Pattern NAMED_TYPE = Pattern.compile("L(io/parley/[\\w/$]+);|(?:extends|implements) (io\\.parley\\.[\\w.$]+)");

	private ApiCheck() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length >= 3 && args.length % 2 == 1 && args[0].equals("check")) {
			Set<String> api = new TreeSet<>();
			for (int i = 1; i < args.length; i += 2) {
				api.addAll(apiPackages(Path.of(args[i])).keySet());
			}
			List<String> problems = new ArrayList<>();
			for (int i = 1; i < args.length; i += 2) {
				problems.addAll(check(Path.of(args[i]), Path.of(args[i + 1]), api));
			}
			problems.forEach(System.err::println);
			System.out.println("API check: " + (args.length / 2) + " bundles against their baselines, " + problems.size() + " problems");
			System.exit(problems.isEmpty() ? 0 : 1);
		} else if (args.length >= 4 && args[0].equals("record")) {
			List<String> types = List.of(args).subList(3, args.length);
			int split = types.indexOf("--not-api");
			record(Path.of(args[1]), Path.of(args[2]), split < 0 ? types : types.subList(0, split),
					split < 0 ? List.of() : types.subList(split + 1, types.size()));
		} else {
			System.err.println("usage: java ApiCheck.java check (BUNDLE.jar BASELINE.api)... | record BUNDLE.jar BASELINE.api TYPE..."
					+ " [--not-api TYPE...]");
			System.exit(2);
		}
	}

	/** {@link #check(Path, Path, Set)} of a jar whose promised types name no other bundle's. */
	public static List<String> check(Path jar, Path baselineFile) throws IOException {
		return check(jar, baselineFile, apiPackages(jar).keySet());
	}

	/**
	 * What a plugin compiled against the baseline would miss in the jar, per package, unless its major
	 * version went up; and the Parley types outside {@code api}, the API packages of all bundles
	 * checked, that a promised type names.
	 */
	public static List<String> check(Path jar, Path baselineFile, Set<String> api) throws IOException {
		Baseline baseline = Baseline.read(baselineFile);
		Map<String, String> exported = apiPackages(jar);
		Set<String> current = describe(jar, baseline.types());
		Map<String, List<String>> breaks = new TreeMap<>();
		for (String line : baseline.lines()) {
			if (!current.contains(line) && !loosened(line, current)) {
				breaks.computeIfAbsent(packageOf(line), p -> new ArrayList<>()).add("gone or changed: " + line);
			}
		}
		for (String line : current) {
			if (!baseline.lines().contains(line) && (line.contains(" abstract method ") || line.contains(" final method "))) {
				breaks.computeIfAbsent(packageOf(line), p -> new ArrayList<>()).add("new: " + line);
			}
		}
		List<String> problems = new ArrayList<>();
		String bundle = jar.getFileName().toString();
		baseline.packages().forEach((pkg, version) -> {
			String now = exported.get(pkg);
			if (now == null) {
				problems.add(bundle + ": " + pkg + " is no longer exported as API (with a version, without x-internal or x-friends)");
			} else if (breaks.containsKey(pkg) && major(now) <= major(version)) {
				problems.add(bundle + ": " + pkg + " " + now + " breaks its API " + version
						+ " (raise the package's major version in MANIFEST.MF, or keep what plugins use):");
				breaks.get(pkg).forEach(b -> problems.add("  " + b));
			} else if (breaks.containsKey(pkg)) {
				System.out.println(bundle + ": " + pkg + " changed its API incompatibly and went from " + version + " to "
						+ now + "; record the new baseline (java ApiCheck.java record ...)");
			}
		});
		internalTypes(current, api).forEach(line -> problems.add(bundle + ": " + line));
		for (String type : publicTypes(jar, baseline.packages().keySet())) {
			if (!baseline.types().contains(type) && !baseline.notApi().contains(type)) {
				problems.add(bundle + ": " + type + " is public in an API package but neither promised nor named as not API"
						+ " (add it to the baseline's record command, after --not-api if it is not promised)");
			}
		}
		return problems;
	}

	/** The public top-level types of these packages in the jar. */
	static Set<String> publicTypes(Path jar, Set<String> packages) throws IOException {
		Set<String> types = new TreeSet<>();
		try (JarFile file = new JarFile(jar.toFile())) {
			for (var entries = file.entries(); entries.hasMoreElements();) {
				String name = entries.nextElement().getName();
				if (!name.endsWith(".class") || name.contains("$")) {
					continue;
				}
				String type = name.substring(0, name.length() - ".class".length()).replace('/', '.');
				if (packages.contains(packageOfType(type))) {
					try (InputStream in = file.getInputStream(file.getEntry(name))) {
						if (ClassFile.of().parse(in.readAllBytes()).flags().has(AccessFlag.PUBLIC)) {
							types.add(type);
						}
					}
				}
			}
		}
		return types;
	}

	/**
	 * The promised lines that name a Parley type of a package that is not API (x-internal, x-friends,
	 * or without a version): a plugin could not call or implement them without reaching into
	 * Parley's internals, and those change without notice.
	 */
	static List<String> internalTypes(Set<String> lines, Set<String> api) {
		List<String> problems = new ArrayList<>();
		for (String line : lines) {
			Matcher named = NAMED_TYPE.matcher(line);
			while (named.find()) {
				String type = (named.group(1) != null ? named.group(1) : named.group(2)).replace('/', '.');
				if (!api.contains(packageOfType(type))) {
					problems.add("names " + type + ", which is in no API package: " + line);
				}
			}
		}
		return problems;
	}

	/** A method that lost its abstract or final modifier is still there for everyone who used it. */
	private static boolean loosened(String line, Set<String> current) {
		return (line.contains(" abstract method ") || line.contains(" final method "))
				&& current.contains(line.replace(" abstract method ", " method ").replace(" final method ", " method "));
	}

	public static void record(Path jar, Path baselineFile, List<String> types, List<String> notApi) throws IOException {
		Map<String, String> exported = apiPackages(jar);
		List<String> out = new ArrayList<>();
		out.add("# The API that plugins are promised, checked against every build by releng/io.parley.api.check.");
		out.add("# Written by: java ApiCheck.java record " + jar + " " + baselineFile + " "
				+ String.join(" ", types) + (notApi.isEmpty() ? "" : " --not-api " + String.join(" ", notApi)));
		for (String pkg : new TreeSet<>(types.stream().map(ApiCheck::packageOfType).toList())) {
			String version = exported.get(pkg);
			if (version == null) {
				throw new IllegalArgumentException(pkg + " is not exported as API with a version by " + jar);
			}
			out.add("package " + pkg + " " + version);
		}
		Set<String> lines = describe(jar, new TreeSet<>(types));
		for (String type : types) {
			if (lines.stream().noneMatch(line -> line.startsWith(type + " "))) {
				throw new IllegalArgumentException(type + " is not in " + jar);
			}
		}
		out.addAll(lines);
		notApi.forEach(type -> out.add("not-api " + type));
		Files.write(baselineFile, out);
	}

	/** The packages the jar exports as API: with a version and neither x-internal nor x-friends. */
	static Map<String, String> apiPackages(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			String header = manifest.getMainAttributes().getValue("Export-Package");
			Map<String, String> api = new LinkedHashMap<>();
			Matcher clause = CLAUSE.matcher(header == null ? "" : header);
			while (clause.find()) {
				String attributes = clause.group(2);
				Matcher version = VERSION.matcher(attributes);
				if (!attributes.contains("x-internal:=true") && !attributes.contains("x-friends:=") && version.find()) {
					api.put(clause.group(1), version.group(1));
				}
			}
			return api;
		}
	}

	/** One line for each thing of the types that a plugin can see, sorted. */
	static Set<String> describe(Path jar, Set<String> types) throws IOException {
		Set<String> lines = new TreeSet<>();
		try (JarFile file = new JarFile(jar.toFile())) {
			for (String type : types) {
				ZipEntry entry = file.getEntry(type.replace('.', '/') + ".class");
				if (entry != null) {
					try (InputStream in = file.getInputStream(entry)) {
						describe(ClassFile.of().parse(in.readAllBytes()), type, lines);
					}
				}
			}
		}
		return lines;
	}

	private static void describe(ClassModel type, String name, Set<String> lines) {
		Set<AccessFlag> flags = type.flags().flags();
		if (!flags.contains(AccessFlag.PUBLIC)) {
			return;
		}
		boolean open = !flags.contains(AccessFlag.FINAL);
		boolean record = type.superclass().filter(s -> s.asInternalName().equals("java/lang/Record")).isPresent();
		String kind = flags.contains(AccessFlag.ANNOTATION) ? "annotation"
				: flags.contains(AccessFlag.INTERFACE) ? "interface" : flags.contains(AccessFlag.ENUM) ? "enum" : "class";
		lines.add(name + " " + kind + (open ? "" : " final")
				+ (flags.contains(AccessFlag.ABSTRACT) && kind.equals("class") ? " abstract" : ""));
		type.superclass().ifPresent(s -> lines.add(name + " extends " + s.asInternalName().replace('/', '.')));
		type.interfaces().forEach(i -> lines.add(name + " implements " + i.asInternalName().replace('/', '.')));
		for (MethodModel method : type.methods()) {
			Set<AccessFlag> access = method.flags().flags();
			if (visible(access, open) && !access.contains(AccessFlag.SYNTHETIC) && !access.contains(AccessFlag.BRIDGE)
					&& !method.methodName().equalsString("<clinit>")) {
				if (record && method.methodName().equalsString("<init>")) {
					continue;
				}
				String signature = (access.contains(AccessFlag.STATIC) ? "static " : "") + method.methodName().stringValue()
						+ method.methodType().stringValue();
				lines.add(name + " method " + signature);
				if (access.contains(AccessFlag.ABSTRACT)) {
					lines.add(name + " abstract method " + signature);
				}
				if (access.contains(AccessFlag.FINAL) && open) {
					lines.add(name + " final method " + signature);
				}
			}
		}
		for (FieldModel field : type.fields()) {
			Set<AccessFlag> access = field.flags().flags();
			if (visible(access, open) && !access.contains(AccessFlag.SYNTHETIC)) {
				lines.add(name + " field " + (access.contains(AccessFlag.STATIC) ? "static " : "")
						+ field.fieldName().stringValue() + " " + field.fieldType().stringValue());
			}
		}
	}

	private static boolean visible(Set<AccessFlag> access, boolean open) {
		return access.contains(AccessFlag.PUBLIC) || (open && access.contains(AccessFlag.PROTECTED));
	}

	private static String packageOf(String line) {
		return packageOfType(line.substring(0, line.indexOf(' ')));
	}

	private static String packageOfType(String type) {
		return type.substring(0, type.lastIndexOf('.'));
	}

	private static int major(String version) {
		return Integer.parseInt(version.split("\\.")[0]);
	}

	/**
	 * A baseline file: the API packages with their versions, the lines of the promised types, and the
	 * public types of those packages that are not API.
	 */
	record Baseline(Map<String, String> packages, Set<String> types, Set<String> lines, Set<String> notApi) {

		static Baseline read(Path file) throws IOException {
			Map<String, String> packages = new TreeMap<>();
			Set<String> types = new TreeSet<>();
			Set<String> lines = new TreeSet<>();
			Set<String> notApi = new TreeSet<>();
			for (String line : Files.readAllLines(file)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] words = line.split(" ");
				if (words[0].equals("package")) {
					packages.put(words[1], words[2]);
				} else if (words[0].equals("not-api")) {
					notApi.add(words[1]);
				} else {
					types.add(words[0]);
					lines.add(line);
				}
			}
			return new Baseline(packages, types, lines, notApi);
		}
	}
}
