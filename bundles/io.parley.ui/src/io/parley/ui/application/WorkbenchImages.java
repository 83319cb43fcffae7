package io.parley.ui.application;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages;

/**
 * The IDE images that the Project Explorer and the Problems view look up by key. The IDE
 * application declares them; a product with its own application must do the same.
 */
@SuppressWarnings("restriction")
final class WorkbenchImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	private WorkbenchImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
		declare(configurer, IDEInternalWorkbenchImages.IMG_OBJS_ERROR_PATH, "icons/full/obj16/error_tsk.png");
		declare(configurer, IDEInternalWorkbenchImages.IMG_OBJS_WARNING_PATH, "icons/full/obj16/warn_tsk.png");
		declare(configurer, IDEInternalWorkbenchImages.IMG_OBJS_INFO_PATH, "icons/full/obj16/info_tsk.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, String key, String path) {
		ImageDescriptor image = ImageDescriptor.createFromURL(Platform.getBundle(IDE_BUNDLE).getEntry(path));
		configurer.declareImage(key, image, true);
	}
}
