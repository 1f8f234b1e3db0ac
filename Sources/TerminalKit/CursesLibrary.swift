import CNCursesW

/// Facts about the curses library the program is linked with.
public enum CursesLibrary {
    /// The library's own version string, such as `"ncurses 6.4.20221231"`.
    public static var version: String { String(cString: cascade_curses_version()) }
}
