extension DashboardConfig {
    /// The defaults as a config file (`cascade config --show`): every setting with its default value
    /// and what it does, and every action of the main key map on its default keys. Reading it back
    /// gives the defaults and no problem.
    public static var defaultText: String {
        """
        # Cascade's settings: $XDG_CONFIG_HOME/cascade/config.toml (or ~/.config/cascade/config.toml).
        # Every line is optional; a command-line flag overrides the file.

        scenario = "calm"               # a built-in scenario (cascade scenarios) or a path to a .toml file
        theme = "default-dark"          # a theme name (cascade themes) or a path to a theme .toml file
        speed = 1                       # simulated seconds per wall second, 0.25 to 600
        # leverage = 10                 # your leverage on every perpetual at start, 1 to 125
        # margin_mode = "cross"         # your margin mode on every perpetual at start: cross or isolated
        # warmup = "2h"                 # simulated time before the first frame, "0" for none (default: 2h,
                                        # ending a minute before the scenario's first scripted event)
        fps = 20                        # frame cap, 1 to 120

        # Any action can be rebound: a key, or a list of keys. A key is a single character or one of
        # space, Enter, Esc, Tab, S-Tab, Backspace, Del, Up, Down, Left, Right, Home, End, PgUp, PgDn,
        # F1 to F12. A key bound to two actions is reported with its line.
        [keys]

        """ + KeyMap.standard.configLines.joined(separator: "\n") + "\n"
    }
}
