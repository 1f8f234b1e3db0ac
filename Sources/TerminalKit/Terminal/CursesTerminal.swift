import CNCursesW

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real terminal, through ncursesw.
///
/// Use it from one thread only:
/// ```swift
/// let terminal = try CursesTerminal(environment: ProcessInfo.processInfo.environment, ascii: false)
/// defer { terminal.restore() }
/// while running {
///     if let key = terminal.readKey(timeoutMilliseconds: 16) { handle(key) }  // .resize included
///     var canvas = Canvas(width: terminal.width, height: terminal.height)
///     draw(&canvas, glyphs: terminal.glyphs)
///     terminal.present(canvas, theme: theme)  // sends only what changed
/// }
/// ```
/// Ctrl-C, Ctrl-\ (SIGQUIT), SIGTERM, SIGHUP, `exit()` and crashes restore the terminal too (handlers in the
/// shim).
public final class CursesTerminal: Terminal {
    /// The depth frames are drawn at: the requested or detected one, limited to what the terminal can show.
    public let colorDepth: ColorDepth
    /// Whether the locale's codeset is UTF-8 (after falling back to C.UTF-8 when it was not).
    let isUTF8: Bool
    /// Whether every character is folded to ASCII before it is written (`ascii: true`, or no UTF-8).
    public let isASCII: Bool
    /// The glyph set that matches what this terminal can show.
    public var glyphs: Glyphs { isASCII ? .ascii : .unicode }

    private let screen: OpaquePointer
    /// Direct colour: curses colour numbers are packed RGB values.
    private let isDirectColor: Bool
    private let hasDefaultColors: Bool
    private let colorCount: Int
    var pairs: ColorPairTable
    var presented: Canvas?
    var presentedTheme: Theme?
    /// Set on the first frame and after a resize: clear the screen and repaint everything once.
    var needsClear = true
    var isRestored = false
    /// Reused between runs so writing a frame does not allocate per run.
    var wideText: [wchar_t] = []

    /// Takes over the terminal: locale, curses screen, input modes, colours and exit handlers.
    ///
    /// - Parameters:
    ///   - environment: the process environment (`TERM`, `NO_COLOR`, `COLORTERM`, `ESCDELAY`).
    ///   - requestedDepth: a depth forced by the user (`--color`); still limited to what the
    ///     terminal can show. Nil detects it.
    ///   - ascii: write only ASCII (`--ascii`), folding any other character to a look-alike.
    /// `mouse`: report clicks and wheel turns as `Key.mouse` (off leaves the terminal's own text
    /// selection working).
    public init(
        environment: [String: String], requestedDepth: ColorDepth? = nil, ascii: Bool, mouse: Bool = false
    ) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = environment["TERM"] ?? ""
        if term.isEmpty {
            throw .unusableTerminal("(TERM is not set): set TERM to the terminal's type, such as TERM=xterm-256color")
        }
        if term == "dumb" { throw .unusableTerminal(Self.cannotMoveCursor(term)) }
        isUTF8 = cascade_setup_locale() == 1
        isASCII = ascii || !isUTF8
        guard let screen = cascade_newterm(term) else {
            throw .unusableTerminal("(TERM=\(term)): terminfo has no entry for it; try TERM=xterm-256color")
        }
        guard cascade_can_address_cursor() == 1 else {
            endwin()
            delscreen(screen)
            throw .unusableTerminal(Self.cannotMoveCursor(term))
        }
        self.screen = screen
        let window = cascade_stdscr()
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        leaveok(window, true)
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        curs_set(0)
        var colors = 0
        var defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            colors = Int(cascade_colors())
        }
        hasDefaultColors = defaultColors
        colorCount = colors
        isDirectColor = colors > 0 && cascade_has_direct_color() == 1
        let capability: ColorDepth = isDirectColor ? .trueColor : .forColorCount(colors)
        let wanted = requestedDepth ?? ColorDepth.detect(environment: environment, terminalColors: colors)
        colorDepth = wanted.limited(to: capability)
        pairs = ColorPairTable(limit: colors > 0 ? cascade_color_pairs() : 0)
        if mouse { _ = cascade_enable_mouse() }
        cascade_install_restore_handlers()
    }

    deinit {
        restore()
        delscreen(screen)
    }

    /// Columns on screen now, asked of curses on every call; changes after a `.resize` key.
    public var width: Int { Int(getmaxx(cascade_stdscr())) }
    /// Rows on screen now, asked of curses on every call; changes after a `.resize` key.
    public var height: Int { Int(getmaxy(cascade_stdscr())) }

    /// Leaves curses mode (`endwin`) so the shell gets its screen back; `readKey` then returns nil.
    /// Later calls do nothing; `deinit` and the signal handlers call it too.
    public func restore() {
        guard !isRestored else { return }
        isRestored = true
        cascade_restore_terminal()
    }

    /// Rings the bell with curses' `beep` (which flashes the screen where the terminal has no bell).
    public func bell() {
        guard !isRestored else { return }
        _ = beep()
    }

    private static func cannotMoveCursor(_ term: String) -> String {
        "(TERM=\(term)): it cannot move the cursor; run cascade in a terminal emulator, tmux or screen"
    }

    /// The curses colour number for `color`: -1 for the default, a palette index, or packed RGB on
    /// direct-colour terminals (where 0–7 still mean the ANSI colours).
    func colorNumber(_ color: TerminalColor, background: Bool) -> Int32 {
        switch color {
        case .default:
            if hasDefaultColors { return -1 }
            return background ? Int32(COLOR_BLACK) : Int32(COLOR_WHITE)
        case .indexed(let index):
            if isDirectColor, index >= 8 { return Self.packed(XtermPalette.rgb(index)) }
            return index < colorCount ? Int32(index) : colorNumber(.default, background: background)
        case .rgb(let rgb):
            if isDirectColor { return Self.packed(rgb) }
            return colorNumber(.indexed(XtermPalette.nearest256(rgb)), background: background)
        }
    }

    /// `0xRRGGBB`, nudged above 7 because direct-colour terminfo reads 0–7 as ANSI colours.
    private static func packed(_ color: RGB) -> Int32 {
        max(8, Int32(color.r) << 16 | Int32(color.g) << 8 | Int32(color.b))
    }
}
