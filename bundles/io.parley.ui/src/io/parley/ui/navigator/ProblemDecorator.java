package io.parley.ui.navigator;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

import io.parley.core.workspace.ProblemMarkers;

/**
 * Error and warning overlays on documents, their groups and projects, from Parley's markers. It stops
 * following the markers once the workbench has shut down: the checks of the files saved at exit change
 * markers after the display is gone. Not before: an Exit can still be cancelled (Save Resources >
 * Cancel) after the workbench's listeners heard it begin.
 */
public final class ProblemDecorator extends LabelProvider implements ILightweightLabelDecorator {

	private final IResourceChangeListener markerListener = this::markersChanged;
	private final IWorkbenchListener shutdown = new IWorkbenchListener() {
		@Override
		public boolean preShutdown(IWorkbench workbench, boolean forced) {
			return true;
		}

		@Override
		public void postShutdown(IWorkbench workbench) {
			stopFollowingMarkers();
		}
	};
	private final IWorkbench workbench;
	private final Display display;
	private volatile boolean following = true;

	public ProblemDecorator() {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(markerListener, IResourceChangeEvent.POST_BUILD);
		workbench.addWorkbenchListener(shutdown);
	}

	@Override
	public void decorate(Object element, IDecoration decoration) {
		ISharedImages images = workbench.getSharedImages();
		if (!following || images == null) {
			// the studio has shut down: its shared images can go before the decorations' last job has run
			return;
		}
		int severity = switch (element) {
			case DocumentGroup group -> worst(group.files());
			case IResource resource -> worst(resource);
			default -> -1;
		};
		String overlay = switch (severity) {
			case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_DEC_FIELD_ERROR;
			case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_DEC_FIELD_WARNING;
			default -> null;
		};
		if (overlay != null) {
			ImageDescriptor image = images.getImageDescriptor(overlay);
			decoration.addOverlay(image, IDecoration.BOTTOM_LEFT);
		}
	}

	private static int worst(List<IFile> files) {
		return files.stream().mapToInt(ProblemDecorator::worst).max().orElse(-1);
	}

	private static int worst(IResource resource) {
		try {
			return resource.isAccessible()
					? resource.findMaxProblemSeverity(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE)
					: -1;
		} catch (CoreException e) {
			return -1;
		}
	}

	private void markersChanged(IResourceChangeEvent event) {
		if (event.findMarkerDeltas(ProblemMarkers.TYPE, true).length > 0 && !display.isDisposed()) {
			display.asyncExec(() -> {
				// a change queued before the shutdown runs as the display is disposed: its decoration job then
				// waited on the platform's progress listener, which waited on the display (a "possible deadlock");
				// so none is started once an exit is under way, and a cancelled exit's next change shows them all
				if (following && !workbench.isClosing()) {
					fireLabelProviderChanged(new LabelProviderChangedEvent(this));
				}
			});
		}
	}

	private void stopFollowingMarkers() {
		following = false;
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(markerListener);
	}

	@Override
	public void dispose() {
		stopFollowingMarkers();
		if (PlatformUI.isWorkbenchRunning()) {
			PlatformUI.getWorkbench().removeWorkbenchListener(shutdown);
		}
		super.dispose();
	}
}
