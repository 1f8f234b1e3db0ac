/// The xterm 256-colour palette, and nearest-colour search within it.
///
/// Indices 0–15 use xterm's default ANSI colours (a user's terminal may differ; that is the point
/// of the ANSI tiers). 16–231 are the 6×6×6 cube, 232–255 the grey ramp.
enum XtermPalette {
    static let ansi: [RGB] = [
        RGB(r: 0, g: 0, b: 0), RGB(r: 205, g: 0, b: 0), RGB(r: 0, g: 205, b: 0), RGB(r: 205, g: 205, b: 0),
        RGB(r: 0, g: 0, b: 238), RGB(r: 205, g: 0, b: 205), RGB(r: 0, g: 205, b: 205), RGB(r: 229, g: 229, b: 229),
        RGB(r: 127, g: 127, b: 127), RGB(r: 255, g: 0, b: 0), RGB(r: 0, g: 255, b: 0), RGB(r: 255, g: 255, b: 0),
        RGB(r: 92, g: 92, b: 255), RGB(r: 255, g: 0, b: 255), RGB(r: 0, g: 255, b: 255), RGB(r: 255, g: 255, b: 255),
    ]

    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of palette entry `index` (clamped to 0...255).
    static func rgb(_ index: Int) -> RGB {
        let index = min(255, max(0, index))
        switch index {
        case 0..<16:
            return ansi[index]
        case 16..<232:
            let cube = index - 16
            return RGB(r: cubeLevels[cube / 36], g: cubeLevels[cube / 6 % 6], b: cubeLevels[cube % 6])
        default:
            let grey = UInt8(8 + 10 * (index - 232))
            return RGB(r: grey, g: grey, b: grey)
        }
    }

    /// The nearest of entries 16–255; the ANSI entries are skipped because terminals retune them.
    static func nearest256(_ color: RGB) -> Int {
        (16..<256).min { color.distance(to: rgb($0)) < color.distance(to: rgb($1)) } ?? 16
    }

    /// The closest ANSI colour, 0–15, by hue rather than by distance.
    ///
    /// Plain RGB distance sends muted theme colours (a soft green, a dusty blue) to grey, losing
    /// the hue that made them mean something. So: colours with little saturation pick the nearest
    /// of black, grey, white and bright white; the others pick the ANSI hue sector (red, yellow,
    /// green, cyan, blue, magenta), bright when their strongest channel is above xterm's normal
    /// intensity.
    static func nearest16(_ color: RGB) -> Int {
        let high = Int(max(color.r, color.g, color.b))
        let low = Int(min(color.r, color.g, color.b))
        let chroma = high - low
        guard chroma >= 40, chroma * 4 >= high else {
            return [0, 8, 7, 15].min { color.distance(to: ansi[$0]) < color.distance(to: ansi[$1]) } ?? 7
        }
        let (r, g, b) = (Double(color.r), Double(color.g), Double(color.b))
        let span = Double(chroma)
        var hue: Double
        if high == Int(color.r) {
            hue = (g - b) / span
        } else if high == Int(color.g) {
            hue = (b - r) / span + 2
        } else {
            hue = (r - g) / span + 4
        }
        hue = (hue * 60 + 360).truncatingRemainder(dividingBy: 360)
        let sector = Int((hue + 30) / 60) % 6
        let sectorColors = [1, 3, 2, 6, 4, 5]
        return sectorColors[sector] + (high > 230 ? 8 : 0)
    }
}
