import CNCursesW

/// Facts about the curses library the program is linked with.
enum CursesLibrary {
    /// The library's own version string, such as `"ncurses 6.4.20221231"`.
    static var version: String { String(cString: cascade_curses_version()) }
}
