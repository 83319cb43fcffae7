import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * Asks an X window to close as a window manager does when a person clicks the window's close button:
 * a WM_DELETE_WINDOW client message (ICCCM 4.2.8.1) sent to the window's client. The checks' X server
 * runs no window manager, so nothing else would send it; xdotool only destroys or kills windows.
 * Usage: java --enable-native-access=ALL-UNNAMED CloseWindow.java WINDOW_ID   (DISPLAY names the server)
 */
public final class CloseWindow {

	private static final int CLIENT_MESSAGE = 33;
	/** An XEvent is a union as large as 24 longs. */
	private static final long EVENT_SIZE = 24 * Long.BYTES;
	// where XClientMessageEvent keeps its fields on a 64-bit system
	private static final long TYPE = 0;
	private static final long WINDOW = 32;
	private static final long MESSAGE_TYPE = 40;
	private static final long FORMAT = 48;
	private static final long DATA = 56;

	private CloseWindow() {
	}

	public static void main(String[] args) throws Throwable {
		long window = Long.decode(args[0]);
		Linker linker = Linker.nativeLinker();
		try (Arena arena = Arena.ofConfined()) {
			SymbolLookup x11 = SymbolLookup.libraryLookup("libX11.so.6", arena);
			MethodHandle openDisplay = function(linker, x11, "XOpenDisplay", FunctionDescriptor.of(ADDRESS, ADDRESS));
			MethodHandle internAtom = function(linker, x11, "XInternAtom", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_INT));
			MethodHandle sendEvent = function(linker, x11, "XSendEvent",
					FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_LONG, ADDRESS));
			MethodHandle closeDisplay = function(linker, x11, "XCloseDisplay", FunctionDescriptor.of(JAVA_INT, ADDRESS));

			MemorySegment display = (MemorySegment) openDisplay.invokeExact(MemorySegment.NULL);
			if (display.equals(MemorySegment.NULL)) {
				throw new IllegalStateException("cannot open the X display " + System.getenv("DISPLAY"));
			}
			long protocols = (long) internAtom.invokeExact(display, arena.allocateFrom("WM_PROTOCOLS"), 0);
			long deleteWindow = (long) internAtom.invokeExact(display, arena.allocateFrom("WM_DELETE_WINDOW"), 0);
			MemorySegment event = arena.allocate(EVENT_SIZE, Long.BYTES);
			event.set(JAVA_INT, TYPE, CLIENT_MESSAGE);
			event.set(JAVA_LONG, WINDOW, window);
			event.set(JAVA_LONG, MESSAGE_TYPE, protocols);
			event.set(JAVA_INT, FORMAT, 32);
			event.set(JAVA_LONG, DATA, deleteWindow);
			// no event mask: the event goes to the client that made the window, as the window manager's does
			int sent = (int) sendEvent.invokeExact(display, window, 0, 0L, event);
			int closed = (int) closeDisplay.invokeExact(display);
			if (sent == 0 || closed != 0) {
				throw new IllegalStateException("the request to close window " + args[0] + " was not sent");
			}
		}
	}

	private static MethodHandle function(Linker linker, SymbolLookup library, String name, FunctionDescriptor descriptor) {
		return linker.downcallHandle(library.find(name).orElseThrow(() -> new IllegalStateException("no " + name + " in libX11")),
				descriptor);
	}
}
