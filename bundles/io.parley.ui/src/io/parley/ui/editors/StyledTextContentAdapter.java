package io.parley.ui.editors;

import org.eclipse.jface.fieldassist.IControlContentAdapter;
import org.eclipse.jface.fieldassist.IControlContentAdapter2;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

/** Lets JFace field assist propose content in a StyledText, as its own adapters do for Text and Combo. */
final class StyledTextContentAdapter implements IControlContentAdapter, IControlContentAdapter2 {

	@Override
	public String getControlContents(Control control) {
		return ((StyledText) control).getText();
	}

	@Override
	public void setControlContents(Control control, String contents, int cursorPosition) {
		StyledText text = (StyledText) control;
		text.setText(contents);
		text.setCaretOffset(cursorPosition);
	}

	@Override
	public void insertControlContents(Control control, String contents, int cursorPosition) {
		StyledText text = (StyledText) control;
		Point selection = text.getSelection();
		text.replaceTextRange(selection.x, selection.y - selection.x, contents);
		text.setCaretOffset(selection.x + Math.min(cursorPosition, contents.length()));
	}

	@Override
	public int getCursorPosition(Control control) {
		return ((StyledText) control).getCaretOffset();
	}

	@Override
	public void setCursorPosition(Control control, int index) {
		((StyledText) control).setCaretOffset(index);
	}

	@Override
	public Rectangle getInsertionBounds(Control control) {
		StyledText text = (StyledText) control;
		Point caret = text.getLocationAtOffset(text.getCaretOffset());
		return new Rectangle(caret.x, caret.y, 1, text.getLineHeight());
	}

	@Override
	public Point getSelection(Control control) {
		return ((StyledText) control).getSelection();
	}

	@Override
	public void setSelection(Control control, Point range) {
		((StyledText) control).setSelection(range);
	}
}
