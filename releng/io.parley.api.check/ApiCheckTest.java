import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.MethodModel;
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
 * check fail on each, and pass once the package's major version is raised. Run by the build before
 * the check itself: {@code java ApiCheckTest.java MODEL.jar io.parley.model.api}.
 */
public final class ApiCheckTest {

	private static final String DIAGNOSTIC = "io/parley/model/validation/Diagnostic.class";
	private static final String RULE_CHECK = "io/parley/model/validation/RuleCheck.class";

	private ApiCheckTest() {
	}

	public static void main(String[] args) throws IOException {
		Path jar = Path.of(args[0]);
		Path baseline = Path.of(args[1]);
		Path work = Files.createTempDirectory("api-check");
		try {
			expect("the model as built", ApiCheck.check(jar, baseline), List.of());

			Path withoutIsError = rewrite(jar, work.resolve("without-isError.jar"), DIAGNOSTIC, ApiCheckTest::dropIsError);
			expect("Diagnostic.isError() removed", ApiCheck.check(withoutIsError, baseline),
					List.of("io.parley.model.validation 1.0.0 breaks its API 1.0.0", "io.parley.model.validation.Diagnostic method isError()Z"));

			Path bumped = rewrite(withoutIsError, work.resolve("bumped.jar"), "META-INF/MANIFEST.MF", ApiCheckTest::raiseValidation);
			expect("Diagnostic.isError() removed with io.parley.model.validation at 2.0.0", ApiCheck.check(bumped, baseline), List.of());

			Path newAbstract = rewrite(jar, work.resolve("new-abstract.jar"), RULE_CHECK, ApiCheckTest::addAbstractMethod);
			expect("RuleCheck gained an abstract method", ApiCheck.check(newAbstract, baseline),
					List.of("new: io.parley.model.validation.RuleCheck abstract method reset()V"));
			System.out.println("API check test: 4 cases passed (a removed method and a new abstract method fail the check; a major version raised lets a break through)");
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

	private static byte[] addAbstractMethod(byte[] type) {
		ClassFile files = ClassFile.of();
		return files.transformClass(files.parse(type), ClassTransform.endHandler(builder -> builder.withMethod("reset",
				MethodTypeDesc.ofDescriptor("()V"), ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT, method -> {
				})));
	}

	private static byte[] raiseValidation(byte[] bytes) {
		try {
			Manifest manifest = new Manifest(new ByteArrayInputStream(bytes));
			Attributes main = manifest.getMainAttributes();
			String exports = main.getValue("Export-Package");
			String raised = exports.replace("io.parley.model.validation;version=\"1.0.0\"", "io.parley.model.validation;version=\"2.0.0\"");
			if (raised.equals(exports)) {
				throw new AssertionError("the manifest exports no io.parley.model.validation 1.0.0: " + exports);
			}
			main.putValue("Export-Package", raised);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			manifest.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A copy of the jar with one entry changed. */
	private static Path rewrite(Path jar, Path copy, String entryName, UnaryOperator<byte[]> change)
			throws IOException {
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
		}
		return copy;
	}
}
