/// A key press (or a terminal event that arrives like one), decoded from whatever the terminal sent.
///
/// Control keys with their own meaning get their own case; everything else printable, including
/// space and control characters such as Ctrl-U (`"\u{15}"`), is `.character`.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case enter, escape, backspace, delete, tab, backTab
    case home, end, pageUp, pageDown
    /// F1 is `.function(1)`.
    case function(Int)
    /// The terminal changed size; read the new size from the terminal and redraw everything.
    case resize
    /// A click or a wheel turn at a cell; produced only by terminals with mouse reporting enabled.
    case mouse(x: Int, y: Int, action: MouseAction)
}

/// What the mouse did.
public enum MouseAction: Hashable, Sendable {
    case click, wheelUp, wheelDown
}
