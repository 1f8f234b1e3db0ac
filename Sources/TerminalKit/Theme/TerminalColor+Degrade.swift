extension TerminalColor {
    /// The colour a terminal of `depth` can show that looks closest to this one.
    ///
    /// 256 colours: the nearest cube or grey entry. 16: the nearest ANSI colour. 8: the same with the
    /// bright half folded onto the normal half, except that a grey foreground becomes white (dimmed by
    /// the caller, see `needsDimAt8`) rather than black, which would vanish on dark backgrounds.
    /// `none` keeps only the terminal's default.
    func degraded(to depth: ColorDepth, background: Bool) -> TerminalColor {
        guard self != .default else { return .default }
        switch depth {
        case .trueColor:
            return self
        case .palette256:
            if case .rgb(let color) = self { return .indexed(XtermPalette.nearest256(color)) }
            return self
        case .ansi16:
            return .indexed(ansiIndex)
        case .ansi8:
            let index = ansiIndex
            return .indexed(index == 8 && !background ? 7 : index & 7)
        case .none:
            return .default
        }
    }

    /// Whether, as a foreground at 8 colours, this grey should be drawn dim to stay distinct from text.
    var needsDimAt8: Bool { self != .default && ansiIndex == 8 }

    /// The colour's RGB value (palette entries by xterm's defaults); nil for the terminal default.
    var approximateRGB: RGB? {
        switch self {
        case .default: nil
        case .rgb(let color): color
        case .indexed(let index): XtermPalette.rgb(index)
        }
    }

    private var ansiIndex: Int {
        if case .indexed(let index) = self, index < 16 { return max(0, index) }
        return approximateRGB.map(XtermPalette.nearest16) ?? 7
    }
}
