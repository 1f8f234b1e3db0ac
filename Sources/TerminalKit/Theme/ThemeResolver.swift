/// Turns a merged `ThemeDocument` into a theme's per-depth style tables.
///
/// Colour names are looked up in the palette (then read as literals), gradients expanded to eight
/// steps, and each tier chosen: `[ansi8]` overrides, then `[ansi16]`, then the main slots.
struct ThemeResolver {
    /// A slot with its colours resolved: one foreground per gradient level.
    struct Slot {
        var levels: [TerminalColor]
        var background: TerminalColor?
        var attributes: ResolvedStyle

        static let plain = Slot(
            levels: Array(repeating: .default, count: Role.levels), background: nil, attributes: ResolvedStyle())
    }

    /// One tier's slots and background.
    struct Layer {
        var slots: [Role: Slot] = [:]
        var background: TerminalColor?
    }

    let document: ThemeDocument

    func tables() throws(ThemeError) -> [[ResolvedStyle]] {
        let main = try layer(document.main)
        let ansi16 = try layer(document.ansi16)
        let ansi8 = try layer(document.ansi8)
        return ColorDepth.allCases.map { depth in
            switch depth {
            case .ansi16: table(depth, [ansi16, main])
            case .ansi8: table(depth, [ansi8, ansi16, main])
            default: table(depth, [main])
            }
        }
    }

    /// The table for `depth`, each slot taken from the first tier that defines it.
    private func table(_ depth: ColorDepth, _ tiers: [Layer]) -> [ResolvedStyle] {
        let themeBackground = tiers.lazy.compactMap(\.background).first ?? .default
        var table: [ResolvedStyle] = []
        table.reserveCapacity(Role.allCases.count * Role.levels)
        for role in Role.allCases {
            let slot = tiers.lazy.compactMap { $0.slots[role] }.first ?? .plain
            let background = (slot.background ?? themeBackground).degraded(to: depth, background: true)
            for level in 0..<Role.levels {
                var style = slot.attributes
                style.foreground = slot.levels[level].degraded(to: depth, background: false)
                style.background = background
                if depth == .ansi8, slot.levels[level].needsDimAt8 { style.dim = true }
                if depth == .none { style.add(role.monochromeEmphasis(level: level)) }
                table.append(style)
            }
        }
        Self.keepSelectionVisible(&table)
        return table
    }

    /// A selection that resolves to the same colours as text would be invisible: reverse it instead.
    private static func keepSelectionVisible(_ table: inout [ResolvedStyle]) {
        let text = table[Int(Role.text.rawValue) * Role.levels]
        let start = Int(Role.selection.rawValue) * Role.levels
        let selection = table[start]
        guard selection.foreground == text.foreground, selection.background == text.background else { return }
        for index in start..<(start + Role.levels) { table[index].reverse = true }
    }

    private func layer(_ layer: ThemeDocument.Layer) throws(ThemeError) -> Layer {
        var resolved = Layer()
        if let background = layer.background { resolved.background = try color(background) }
        for (role, slot) in layer.slots.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            resolved.slots[role] = try self.slot(slot, role: role)
        }
        return resolved
    }

    private func slot(_ slot: ThemeDocument.Slot, role: Role) throws(ThemeError) -> Slot {
        var colors: [TerminalColor] = []
        for reference in slot.foreground { colors.append(try color(reference)) }
        let levels: [TerminalColor]
        if colors.count > 1 {
            var stops: [RGB] = []
            for (reference, color) in zip(slot.foreground, colors) {
                guard let rgb = color.approximateRGB else {
                    throw ThemeError(reference.location, "gradient \(reference.path) cannot use \"default\"")
                }
                stops.append(rgb)
            }
            levels = RGB.gradient(stops, steps: Role.levels).map(TerminalColor.rgb)
        } else {
            levels = Array(repeating: colors.first ?? .default, count: Role.levels)
        }
        return Slot(
            levels: levels, background: try slot.background.map(color),
            attributes: ResolvedStyle(bold: slot.bold, reverse: slot.reverse, underline: slot.underline, dim: slot.dim))
    }

    private func color(_ reference: ThemeDocument.ColorReference) throws(ThemeError) -> TerminalColor {
        switch reference.value {
        case .index(let index):
            return .indexed(index)
        case .name(let name):
            if let color = document.palette[name] ?? TerminalColor(themeLiteral: name) { return color }
            throw ThemeError(reference.location, "unknown colour '\(name)' for \(reference.path)")
        }
    }
}

extension ResolvedStyle {
    /// Adds `other`'s attributes to these.
    mutating func add(_ other: ResolvedStyle) {
        bold = bold || other.bold
        reverse = reverse || other.reverse
        underline = underline || other.underline
        dim = dim || other.dim
    }
}
