package io.parley.ui.navigator;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/** Groups first, in the order their kinds declare; everything else by name after them. */
public final class CampaignSorter extends ViewerComparator {

	@Override
	public int category(Object element) {
		return element instanceof DocumentGroup group ? group.kind().order() : Integer.MAX_VALUE;
	}

	@Override
	public int compare(Viewer viewer, Object first, Object second) {
		int byCategory = Integer.compare(category(first), category(second));
		return byCategory != 0 ? byCategory : super.compare(viewer, first, second);
	}
}
