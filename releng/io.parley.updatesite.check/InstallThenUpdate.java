import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Installs the example plugin into an installed product through p2's operations API, as Help >
 * Install New Software does (InstallOperation: resolve, then run the provisioning job), then updates
 * it from a newer build of the site, as Check for Updates does (UpdateOperation). It runs inside the
 * product: its own framework, bundles, p2 profile and data area, started from its configuration.
 *
 * <p>Usage: {@code java -cp CLASSES InstallThenUpdate INSTALLATION SITE NEWER_SITE WORK}, CLASSES being
 * where this file was compiled to against the product's plugins. The framework is started from the
 * product's own jar, and the part that uses p2 is put into a bundle (in WORK) so that it sees the
 * product's p2 classes.
 */
public final class InstallThenUpdate {

	static final String FEATURE = "io.parley.examples.feature.feature.group";

	public static void main(String[] args) throws Exception {
		Path installation = Path.of(args[0]).toAbsolutePath();
		Path work = Path.of(args[3]).toAbsolutePath();
		Path bundle = checkBundle(work);
		Map<String, String> properties = new HashMap<>();
		properties.put("osgi.install.area", installation.toUri().toString());
		properties.put("osgi.configuration.area", installation.resolve("configuration").toUri().toString());
		properties.put("osgi.instance.area", work.resolve("workspace").toUri().toString());
		properties.put("eclipse.ignoreApp", "true");
		properties.put("osgi.noShutdown", "true");
		properties.put("java.awt.headless", "true");
		int failed;
		try (FrameworkLoader framework = new FrameworkLoader(installation.resolve("plugins"))) {
			Class<?> starter = framework.loadClass("org.eclipse.core.runtime.adaptor.EclipseStarter");
			Class<?> contextType = framework.loadClass("org.osgi.framework.BundleContext");
			Class<?> bundleType = framework.loadClass("org.osgi.framework.Bundle");
			starter.getMethod("setInitialProperties", Map.class).invoke(null, properties);
			Object context = starter.getMethod("startup", String[].class, Runnable.class).invoke(null, new String[] { "-nosplash" }, null);
			try {
				Object check = contextType.getMethod("installBundle", String.class).invoke(context, bundle.toUri().toString());
				bundleType.getMethod("start").invoke(check);
				Class<?> inProduct = (Class<?>) bundleType.getMethod("loadClass", String.class).invoke(check, InProduct.class.getName());
				failed = (Integer) inProduct.getMethod("run", URI.class, URI.class).invoke(null, Path.of(args[1]).toUri(), Path.of(args[2]).toUri());
				bundleType.getMethod("uninstall").invoke(check);
			} finally {
				starter.getMethod("shutdown").invoke(null);
			}
		}
		System.exit(failed);
	}

	/**
	 * The framework's class loader, as the product's launcher makes it: the framework adds its
	 * extensions to it (org.eclipse.osgi.compatibility.state, whose PlatformAdmin p2 needs to write
	 * the installation), which it cannot do to the application class loader.
	 */
	static final class FrameworkLoader extends URLClassLoader {

		FrameworkLoader(Path plugins) throws IOException {
			super(new URL[] { framework(plugins) }, ClassLoader.getPlatformClassLoader());
		}

		private static URL framework(Path plugins) throws IOException {
			try (var jars = Files.list(plugins)) {
				return jars.filter(jar -> jar.getFileName().toString().startsWith("org.eclipse.osgi_")).findFirst().orElseThrow().toUri().toURL();
			}
		}

		@Override
		public void addURL(URL url) {
			super.addURL(url);
		}
	}

	/** A bundle of this program's classes that uses the product's p2 bundles. */
	private static Path checkBundle(Path work) throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", "io.parley.updatesite.check.operations");
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("Require-Bundle", "org.eclipse.equinox.common,org.eclipse.core.jobs,org.eclipse.equinox.p2.core,org.eclipse.equinox.p2.engine,"
				+ "org.eclipse.equinox.p2.metadata,org.eclipse.equinox.p2.repository,org.eclipse.equinox.p2.operations");
		main.putValue("Import-Package", "org.osgi.framework");
		Files.createDirectories(work);
		Path jar = work.resolve("operations-check.jar");
		Path classes = Path.of(InstallThenUpdate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
				var files = Files.list(classes)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("InstallThenUpdate")).toList()) {
				out.putNextEntry(new JarEntry(file.getFileName().toString()));
				out.write(Files.readAllBytes(file));
				out.closeEntry();
			}
		}
		return jar;
	}

	/** What runs inside the product. */
	public static final class InProduct {

		private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

		/** Installs the example feature from {@code site}, updates it from {@code newerSite}; the number of failed checks. */
		public static int run(URI site, URI newerSite) throws Exception {
			BundleContext context = FrameworkUtil.getBundle(InProduct.class).getBundleContext();
			IProvisioningAgent agent = context.getService(context.getServiceReference(IProvisioningAgentProvider.class)).createAgent(null);
			TrustAsked trust = new TrustAsked();
			agent.registerService(UIServices.SERVICE_NAME, trust);
			ProvisioningSession session = new ProvisioningSession(agent);
			IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
			say("profile " + profiles.getProfile(IProfileRegistry.SELF).getProfileId() + ", example plugin installed: " + installed(profiles));

			IInstallableUnit feature = agent.getService(IMetadataRepositoryManager.class).loadRepository(site, MONITOR)
					.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(FEATURE)), MONITOR).iterator().next();
			InstallOperation install = new InstallOperation(session, List.of(feature));
			int failed = perform(install, agent, site, "install " + feature.getVersion());
			String first = installed(profiles);
			failed += expect(feature.getVersion().toString().equals(first), "installed " + feature.getVersion() + ": " + first);
			failed += expect(trust.unsigned > 0, "asked whether to trust the unsigned plugin, as Install New Software asks");

			IInstallableUnit installedFeature = profiles.getProfile(IProfileRegistry.SELF)
					.query(QueryUtil.createIUQuery(FEATURE), MONITOR).iterator().next();
			UpdateOperation update = new UpdateOperation(session, List.of(installedFeature));
			failed += perform(update, agent, newerSite, "update");
			for (Update offered : update.getSelectedUpdates()) {
				say("update offered: " + offered.toUpdate.getId() + " " + offered.toUpdate.getVersion() + " -> " + offered.replacement.getVersion());
			}
			String second = installed(profiles);
			failed += expect(!second.equals(first) && update.getSelectedUpdates().length == 1
					&& update.getSelectedUpdates()[0].replacement.getVersion().toString().equals(second),
					"updated from " + first + " to " + second);
			return failed;
		}

		private static int perform(ProfileChangeOperation operation, IProvisioningAgent agent, URI site, String what) {
			operation.setProfileId(IProfileRegistry.SELF);
			ProvisioningContext context = new ProvisioningContext(agent);
			context.setMetadataRepositories(site);
			context.setArtifactRepositories(site);
			operation.setProvisioningContext(context);
			IStatus resolved = operation.resolveModal(MONITOR);
			if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL || !operation.hasResolved()) {
				return expect(false, what + " resolves: " + describe(resolved) + " " + describe(operation.getResolutionResult()));
			}
			IStatus done = operation.getProvisioningJob(MONITOR).runModal(MONITOR);
			return expect(done.isOK(), what + " runs: " + describe(done));
		}

		private static String installed(IProfileRegistry profiles) {
			IProfile self = profiles.getProfile(IProfileRegistry.SELF);
			var units = self.query(QueryUtil.createIUQuery(FEATURE), MONITOR).toUnmodifiableSet();
			return units.isEmpty() ? "no" : units.iterator().next().getVersion().toString();
		}

		private static int expect(boolean holds, String what) {
			say((holds ? "ok: " : "FAILED: ") + what);
			return holds ? 0 : 1;
		}

		private static String describe(IStatus status) {
			if (status == null) {
				return "";
			}
			StringBuilder text = new StringBuilder(status.getMessage());
			for (IStatus child : status.getChildren()) {
				text.append("; ").append(describe(child));
			}
			return text.toString();
		}

		private static void say(String line) {
			System.out.println("Update site check: " + line);
		}
	}

	/** Trusts unsigned content, as a person does who ticks it in the Trust Artifacts dialog, and counts that it was asked. */
	static final class TrustAsked extends UIServices {
		int unsigned;

		@Override
		public AuthenticationInfo getUsernamePassword(String location) {
			return AUTHENTICATION_PROMPT_CANCELED;
		}

		@Override
		public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
			return AUTHENTICATION_PROMPT_CANCELED;
		}

		@Override
		public TrustInfo getTrustInfo(Certificate[][] untrustedChain, String[] unsignedDetail) {
			unsigned += unsignedDetail == null ? 0 : unsignedDetail.length;
			return new TrustInfo(List.of(), List.of(), false, true);
		}
	}
}
