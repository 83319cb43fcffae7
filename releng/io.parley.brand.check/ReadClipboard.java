import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;

/** Prints the text on the X display's clipboard, as a paste would give it. Usage: java ReadClipboard.java */
public final class ReadClipboard {

	public static void main(String[] args) throws Exception {
		System.out.print(Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor));
	}
}
