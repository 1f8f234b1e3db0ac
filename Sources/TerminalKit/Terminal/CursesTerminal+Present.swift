import CNCursesW

extension CursesTerminal {
    /// Writes the runs that changed since the last frame, each with one attribute set and one
    /// string call, then updates the screen with a single `doupdate`. The screen is cleared only on
    /// the first frame and after a resize; a theme change repaints every cell without clearing.
    public func present(_ canvas: Canvas, theme: Theme) {
        guard !isRestored else { return }
        let window = cascade_stdscr()
        if needsClear {
            werase(window)
            clearok(window, true)
        }
        let repaint = needsClear || presentedTheme != theme
        let columns = width
        let rows = height
        var current: ResolvedStyle?
        for run in canvas.changedRuns(since: repaint ? nil : presented) where run.y < rows && run.x < columns {
            let style = theme.resolve(run.style, depth: colorDepth)
            if style != current {
                apply(style)
                current = style
            }
            write(run.text, x: run.x, y: run.y, columns: columns - run.x)
        }
        wnoutrefresh(window)
        doupdate()
        presented = canvas
        presentedTheme = theme
        needsClear = false
    }

    private func apply(_ style: ResolvedStyle) {
        var attributes: attr_t = 0
        if style.bold { attributes |= cascade_a_bold() }
        if style.reverse { attributes |= cascade_a_reverse() }
        if style.underline { attributes |= cascade_a_underline() }
        if style.dim { attributes |= cascade_a_dim() }
        var pair: Int32 = 0
        if colorDepth != .none {
            pair = pairs.pair(
                foreground: colorNumber(style.foreground, background: false),
                background: colorNumber(style.background, background: true))
        }
        _ = cascade_attr_set(attributes, pair)
    }

    private func write(_ text: String, x: Int, y: Int, columns: Int) {
        wideText.removeAll(keepingCapacity: true)
        for character in text.prefix(columns) {
            let shown = isASCII ? Glyphs.asciiFallback(for: character) : character
            for scalar in shown.unicodeScalars { wideText.append(wchar_t(scalar.value)) }
        }
        _ = cascade_put(Int32(y), Int32(x), wideText, Int32(wideText.count))
    }
}
