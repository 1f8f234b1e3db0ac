/// A terminal that keeps what it was shown and replays queued keys: the test double for views,
/// reducers and the UI loop.
///
/// It diffs exactly as the curses terminal does, so tests can check how much a frame would send.
final class MemoryTerminal: Terminal {
    private(set) var width: Int
    private(set) var height: Int
    let colorDepth: ColorDepth
    /// Keys `readKey` hands out, first first.
    var keys: [Key] = []
    /// The canvas presented last.
    private(set) var presented: Canvas?
    /// The theme of the last present.
    private(set) var presentedTheme: Theme?
    private(set) var presentCount = 0
    /// The runs the last present would have written.
    private(set) var lastRuns: [CanvasRun] = []
    private(set) var isRestored = false
    /// How many times the bell rang.
    private(set) var bells = 0
    private var needsFullRepaint = false

    init(width: Int, height: Int, colorDepth: ColorDepth = .trueColor) {
        self.width = width
        self.height = height
        self.colorDepth = colorDepth
    }

    func present(_ canvas: Canvas, theme: Theme) {
        lastRuns = canvas.changedRuns(since: presentedTheme == theme && !needsFullRepaint ? presented : nil)
        needsFullRepaint = false
        presented = canvas
        presentedTheme = theme
        presentCount += 1
    }

    /// The next queued key; the timeout is ignored (an empty queue answers nil at once).
    func readKey(timeoutMilliseconds: Int) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }

    func restore() { isRestored = true }

    func bell() { bells += 1 }

    /// Changes the size the way a window resize does: the size now, `.resize` with the next read,
    /// and a full repaint on the next present.
    func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        needsFullRepaint = true
        keys.append(.resize)
    }

    /// How the theme shows the cell at a position of the presented canvas at this terminal's depth.
    func resolvedStyle(x: Int, y: Int) -> ResolvedStyle? {
        guard let presented, let presentedTheme else { return nil }
        return presentedTheme.resolve(presented.style(x: x, y: y), depth: colorDepth)
    }
}
