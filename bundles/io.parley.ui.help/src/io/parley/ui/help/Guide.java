package io.parley.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.osgi.framework.Bundle;

/**
 * The Parley guide: the table of contents and topics this bundle contributes as Eclipse Help, read
 * from the bundle itself, so it works offline and without a help server. Topics are named by their
 * help href, "/io.parley.ui.help/guide/template-editor.html".
 */
public final class Guide {

	static final String BUNDLE = "io.parley.ui.help";
	/** The guide's first page. */
	public static final String START = "/" + BUNDLE + "/guide/index.html";

	private Guide() {
	}

	/** The guide's chapters, in the order of its table of contents. */
	public static ITopic[] chapters() {
		return Arrays.stream(HelpSystem.getTocs()).filter(toc -> toc.getHref().startsWith("/" + BUNDLE + "/")).findFirst()
				.map(IToc::getTopics).orElse(new ITopic[0]);
	}

	/** The chapter or section whose page is {@code href}, if the table of contents lists it. */
	public static Optional<ITopic> topic(String href) {
		return find(chapters(), withoutAnchor(href));
	}

	private static Optional<ITopic> find(ITopic[] topics, String href) {
		for (ITopic topic : topics) {
			if (href.equals(topic.getHref())) {
				return Optional.of(topic);
			}
			Optional<ITopic> inside = find(topic.getSubtopics(), href);
			if (inside.isPresent()) {
				return inside;
			}
		}
		return Optional.empty();
	}

	/** The page {@code href} as the Guide view shows it. */
	public static GuidePage page(String href) throws IOException {
		String path = withoutAnchor(href);
		if (!path.startsWith("/" + BUNDLE + "/")) {
			throw new IOException("not a page of the Parley guide: " + href);
		}
		Bundle bundle = Platform.getBundle(BUNDLE);
		URL url = FileLocator.find(bundle, IPath.fromPortableString(path.substring(BUNDLE.length() + 2)));
		if (url == null) {
			throw new IOException("the guide has no page " + href);
		}
		try (InputStream in = url.openStream()) {
			return GuideMarkup.read(path, in);
		}
	}

	/** A link of a page made absolute: "budget-editor.html" on "/io.parley.ui.help/guide/index.html". */
	static String resolve(String base, String link) {
		if (link.startsWith("/") || link.contains(":")) {
			return link;
		}
		return base.substring(0, base.lastIndexOf('/') + 1) + link;
	}

	private static String withoutAnchor(String href) {
		int anchor = href.indexOf('#');
		return anchor < 0 ? href : href.substring(0, anchor);
	}
}
