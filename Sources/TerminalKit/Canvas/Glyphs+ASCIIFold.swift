extension Glyphs {
    /// The closest ASCII character to `character`, for terminals that must receive pure ASCII
    /// (`--ascii`, or a locale that is not UTF-8) even when a view wrote a Unicode literal.
    static func asciiFallback(for character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, scalar.value >= 0x80 else { return character }
        switch scalar.value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550: return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551: return "|"
        case 0x2500...0x257F: return "+"
        case 0x2581...0x2583: return "_"
        case 0x2584...0x2586: return "="
        case 0x2587...0x2588, 0x2589...0x258F, 0x2593: return "#"
        case 0x2591: return "."
        case 0x2592: return ":"
        case 0x2800: return " "
        case 0x2801...0x28FF: return "*"
        case 0x25B2, 0x25B4, 0x2191: return "+"
        case 0x25BC, 0x25BE, 0x2193: return "-"
        case 0x00B7, 0x2022, 0x2026: return "."
        case 0x00D7: return "x"
        default: return "?"
        }
    }
}
