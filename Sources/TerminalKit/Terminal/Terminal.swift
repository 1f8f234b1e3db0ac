/// A screen to present canvases on and a keyboard to read: ncurses for real, memory for tests.
///
/// All calls belong to one thread (the UI thread); curses is not thread-safe.
public protocol Terminal: AnyObject {
    var width: Int { get }
    var height: Int { get }
    var colorDepth: ColorDepth { get }
    /// Shows `canvas`, sending only the runs that differ from the canvas presented last (everything
    /// after a resize, on the first frame, or when the theme changed), then updates the screen once.
    func present(_ canvas: Canvas, theme: Theme)
    /// The next key, waiting at most `timeoutMilliseconds` (negative waits forever); nil on timeout.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Gives the terminal back to the shell. Safe to call more than once.
    func restore()
    /// False once the terminal is gone (its window closed, its tmux server killed): the program
    /// should then quit instead of drawing to nobody.
    var isConnected: Bool { get }
    /// Rings the terminal's bell (or flashes it, as the terminal is set up to).
    func bell()
}

extension Terminal {
    /// Always true: a terminal that cannot tell (`MemoryTerminal`) counts as connected.
    public var isConnected: Bool { true }
}
