extension Canvas {
    /// One letter per cell for the cell's role (`Role.goldenLetter`), rows joined by newlines: what a
    /// golden file keeps beside the text, so a change of colour cue shows in a diff.
    ///
    /// Gradient steps, bold, reverse and underline are left out; the shade glyphs of gradients
    /// already show in the text.
    var roleMap: String {
        (0..<height).map { y in
            String(cells[(y * width)..<((y + 1) * width)].map(\.style.role.goldenLetter))
        }.joined(separator: "\n")
    }

    /// The canvas as a golden file holds it: the text (`text`), a separator line, the role map
    /// (`roleMap`), and a final newline.
    var golden: String { text + "\n" + Self.goldenSeparator + "\n" + roleMap + "\n" }

    /// The part of the canvas under `rect` (clipped to the canvas) as a canvas of its own: one
    /// panel of a whole screen.
    func cropped(to rect: Rect) -> Canvas {
        let area = rect.intersection(bounds)
        var part = Canvas(width: area.width, height: area.height)
        for y in 0..<area.height {
            let start = (area.y + y) * width + area.x
            part.cells.replaceSubrange(
                (y * area.width)..<((y + 1) * area.width), with: cells[start..<(start + area.width)])
        }
        return part
    }

    /// The line between a golden file's text and its role map.
    static let goldenSeparator = "--- roles (Role.goldenLetter) ---"
}

extension Role {
    /// A letter standing for the role in a role map. Stable: golden files depend on it, so a new
    /// role gets a new letter and no letter changes meaning.
    var goldenLetter: Character {
        switch self {
        case .text: "."
        case .muted: "m"
        case .border: "|"
        case .borderFocused: "#"
        case .title: "T"
        case .header: "H"
        case .status: "S"
        case .statusError: "E"
        case .selection: "*"
        case .accent: "A"
        case .overlay: "O"
        case .key: "K"
        case .bid: "b"
        case .ask: "a"
        case .buy: "y"
        case .sell: "s"
        case .up: "u"
        case .down: "d"
        case .flash: "f"
        case .ownOrder: "o"
        case .liquidation: "L"
        case .largeTrade: "G"
        case .chartLine: "c"
        case .candleUp: "U"
        case .candleDown: "D"
        case .chartMark: "M"
        case .chartIndex: "I"
        case .chartEntry: "N"
        case .chartLiquidation: "Q"
        case .chartOrder: "R"
        case .axis: "x"
        case .volume: "v"
        case .heatLong: "l"
        case .heatShort: "h"
        case .heatCurrent: "C"
        case .marginSafe: "g"
        case .marginWarning: "w"
        case .marginDanger: "W"
        case .marginGauge: "z"
        case .adlOn: "P"
        case .adlOff: "p"
        }
    }
}
