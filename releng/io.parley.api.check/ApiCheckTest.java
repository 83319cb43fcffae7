import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.MethodModel;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Makes deliberately incompatible changes to a copy of the model bundle as built and sees the API
 * check fail on each, and pass once the package's major version is raised; gives a promised type a
 * method that names an internal type, and the package a public type the baseline does not name, and
 * sees the check fail on those too. Run by the build before
 * the check itself: {@code java ApiCheckTest.java MODEL.jar io.parley.model.api}.
 */
public final class ApiCheckTest {

	private static final String DIAGNOSTIC = "io/parley/model/validation/Diagnostic.class";
	private static final String RULE_CHECK = "io/parley/model/validation/RuleCheck.class";
	private static final String CHECK_CONTEXT = "io/parley/model/validation/CheckContext.class";
	private static final String VALIDATION = "io.parley.model.validation";

	private ApiCheckTest() {
	}

	public static void main(String[] args) throws IOException {
		Path jar = Path.of(args[0]);
		Path baseline = Path.of(args[1]);
		Path work = Files.createTempDirectory("api-check");
		try {
			expect("the model as built", ApiCheck.check(jar, baseline), List.of());
			String version = ApiCheck.apiPackages(jar).get(VALIDATION);
			String raised = (Integer.parseInt(version.split("\\.")[0]) + 1) + ".0.0";

			Path withoutIsError = rewrite(jar, work.resolve("without-isError.jar"), DIAGNOSTIC, ApiCheckTest::dropIsError);
			expect("Diagnostic.isError() removed", ApiCheck.check(withoutIsError, baseline),
					List.of(VALIDATION + " " + version + " breaks its API " + version, VALIDATION + ".Diagnostic method isError()Z"));

			Path bumped = rewrite(withoutIsError, work.resolve("bumped.jar"), "META-INF/MANIFEST.MF",
					manifest -> raise(manifest, version, raised));
			expect("Diagnostic.isError() removed with " + VALIDATION + " at " + raised, ApiCheck.check(bumped, baseline), List.of());

			Path newAbstract = rewrite(jar, work.resolve("new-abstract.jar"), RULE_CHECK,
					type -> addMethod(type, "reset", "()V", ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT));
			expect("RuleCheck gained an abstract method", ApiCheck.check(newAbstract, baseline),
					List.of("new: io.parley.model.validation.RuleCheck abstract method reset()V"));

			Path internal = rewrite(jar, work.resolve("internal-type.jar"), CHECK_CONTEXT, type -> addMethod(type, "facts",
					"(Lio/parley/model/validation/Field;)Lio/parley/model/text/TextFacts;", ClassFile.ACC_PUBLIC));
			expect("CheckContext gained a method that returns the internal TextFacts", ApiCheck.check(internal, baseline),
					List.of("names io.parley.model.text.TextFacts, which is in no API package"));

			Path unnamed = rewrite(jar, work.resolve("unnamed-type.jar"), "META-INF/MANIFEST.MF", UnaryOperator.identity(),
					"io/parley/model/validation/Unnamed.class", ClassFile.of().build(ClassDesc.of(VALIDATION + ".Unnamed"),
							type -> type.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL).withSuperclass(ConstantDescs.CD_Object)));
			expect("a public type the baseline neither promises nor names as not API", ApiCheck.check(unnamed, baseline),
					List.of(VALIDATION + ".Unnamed is public in an API package but neither promised nor named as not API"));
			System.out.println("API check test: 6 cases passed (a removed method, a new abstract method, an internal type in a"
					+ " promised method and a public type nobody decided about fail the check; a major version raised lets a break"
					+ " through)");
		} finally {
			try (var files = Files.walk(work)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static void expect(String change, List<String> problems, List<String> expected) {
		String report = String.join("\n", problems);
		boolean ok = expected.isEmpty() ? problems.isEmpty() : expected.stream().allMatch(report::contains);
		if (!ok) {
			throw new AssertionError("API check test, " + change + ": expected " + (expected.isEmpty() ? "no problem" : expected)
					+ " but the check said:\n" + (report.isEmpty() ? "(nothing)" : report));
		}
	}

	private static byte[] dropIsError(byte[] type) {
		ClassFile files = ClassFile.of();
		return files.transformClass(files.parse(type), ClassTransform.dropping(
				element -> element instanceof MethodModel method && method.methodName().equalsString("isError")));
	}

	/** The type with one more method, without code: the check reads signatures only. */
	private static byte[] addMethod(byte[] type, String name, String descriptor, int flags) {
		ClassFile files = ClassFile.of();
		return files.transformClass(files.parse(type), ClassTransform.endHandler(builder -> builder.withMethod(name,
				MethodTypeDesc.ofDescriptor(descriptor), flags, method -> {
				})));
	}

	private static byte[] raise(byte[] bytes, String version, String raised) {
		try {
			Manifest manifest = new Manifest(new ByteArrayInputStream(bytes));
			Attributes main = manifest.getMainAttributes();
			String exports = main.getValue("Export-Package");
			String clause = VALIDATION + ";version=\"";
			String changed = exports.replace(clause + version + "\"", clause + raised + "\"");
			if (changed.equals(exports)) {
				throw new AssertionError("the manifest exports no " + VALIDATION + " " + version + ": " + exports);
			}
			main.putValue("Export-Package", changed);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			manifest.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A copy of the jar with one entry changed. */
	private static Path rewrite(Path jar, Path copy, String entryName, UnaryOperator<byte[]> change) throws IOException {
		return rewrite(jar, copy, entryName, change, null, null);
	}

	/** A copy of the jar with one entry changed and, unless {@code addedName} is null, one added. */
	private static Path rewrite(Path jar, Path copy, String entryName, UnaryOperator<byte[]> change, String addedName,
			byte[] added) throws IOException {
		try (JarFile in = new JarFile(jar.toFile()); JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
			for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
				JarEntry entry = entries.nextElement();
				byte[] bytes;
				try (InputStream stream = in.getInputStream(entry)) {
					bytes = stream.readAllBytes();
				}
				out.putNextEntry(new JarEntry(entry.getName()));
				out.write(entry.getName().equals(entryName) ? change.apply(bytes) : bytes);
				out.closeEntry();
			}
			if (addedName != null) {
				out.putNextEntry(new JarEntry(addedName));
				out.write(added);
				out.closeEntry();
			}
		}
		return copy;
	}
}
