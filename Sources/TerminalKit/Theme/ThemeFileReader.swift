import TOMLKit

/// Reads the tables of one theme file into a `ThemeDocument`, refusing unknown keys, wrong types and
/// malformed colours with the file, line and column, so a typo never silently becomes a default.
struct ThemeFileReader {
    let locator: SourceLocator

    func error(_ table: [String], _ key: String, value: String? = nil, _ message: String) -> ThemeError {
        ThemeError(locator.locate(table: table, key: key, value: value), message)
    }

    func string(_ value: any TOMLValueConvertible, _ table: [String], _ key: String) throws(ThemeError) -> String {
        guard let text = value.string else { throw error(table, key, "'\(key)' must be a string") }
        return text
    }

    func subtable(_ value: any TOMLValueConvertible, _ table: [String], _ key: String) throws(ThemeError) -> TOMLTable {
        guard let subtable = value.table else { throw error(table, key, "'\(key)' must be a table") }
        return subtable
    }

    /// `[palette]`: names for literal colours.
    func palette(_ table: TOMLTable) throws(ThemeError) -> [String: TerminalColor] {
        var palette: [String: TerminalColor] = [:]
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            let written = value.string ?? value.int.map(String.init) ?? ""
            guard let color = literal(value) else {
                throw error(
                    ["palette"], key, value: written,
                    "palette colour '\(key)' must be \"#rrggbb\", \"#rgb\", an ANSI name, 0–255 or \"default\"")
            }
            palette[key] = color
        }
        return palette
    }

    /// The groups (`[ui]`, `[market]`, …) found in `table`, whose path in the file is `prefix`,
    /// read into one layer.
    func layer(_ table: TOMLTable, prefix: [String]) throws(ThemeError) -> ThemeDocument.Layer {
        var layer = ThemeDocument.Layer()
        for group in table.keys.sorted() {
            guard let value = table[group] else { continue }
            guard Role.themeGroups.contains(group) else {
                throw error(
                    prefix, group, "unknown group '\(group)' (groups are \(Role.themeGroups.joined(separator: ", ")))")
            }
            try read(group: group, try subtable(value, prefix, group), path: prefix + [group], into: &layer)
        }
        return layer
    }

    /// One group's slots (and `background` in `[ui]`) into `layer`.
    func read(
        group: String, _ table: TOMLTable, path: [String], into layer: inout ThemeDocument.Layer
    ) throws(ThemeError) {
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            if group == "ui", key == "background" {
                layer.background = try reference(value, path, key, slotPath: "ui.background")
                continue
            }
            guard let role = Role.forThemeSlot(group: group, key: key) else {
                let known = Role.themeKeys(in: group).joined(separator: ", ")
                throw error(path, key, "unknown slot '\(key)' in [\(group)] (known: \(known))")
            }
            layer.slots[role] = try slot(value, role: role, path, key)
        }
    }

    /// A slot: a colour, a gradient array, or `{ fg, bg, bold, dim, reverse, underline }`.
    private func slot(
        _ value: any TOMLValueConvertible, role: Role, _ table: [String], _ key: String
    ) throws(ThemeError) -> ThemeDocument.Slot {
        var slot = ThemeDocument.Slot()
        guard let style = value.table else {
            slot.foreground = try foreground(value, role: role, table, key)
            return slot
        }
        for name in style.keys.sorted() {
            guard let field = style[name] else { continue }
            switch name {
            case "fg": slot.foreground = try foreground(field, role: role, table, key)
            case "bg": slot.background = try reference(field, table, key, slotPath: role.themePath)
            case "bold", "dim", "reverse", "underline":
                guard let flag = field.bool else {
                    throw error(table, key, "'\(name)' in \(role.themePath) must be true or false")
                }
                switch name {
                case "bold": slot.bold = flag
                case "dim": slot.dim = flag
                case "reverse": slot.reverse = flag
                default: slot.underline = flag
                }
            default:
                throw error(
                    table, key,
                    "unknown style key '\(name)' in \(role.themePath) (use fg, bg, bold, dim, reverse, underline)")
            }
        }
        return slot
    }

    private func foreground(
        _ value: any TOMLValueConvertible, role: Role, _ table: [String], _ key: String
    ) throws(ThemeError) -> [ThemeDocument.ColorReference] {
        guard let stops = value.array else { return [try reference(value, table, key, slotPath: role.themePath)] }
        guard role.isGradient else {
            throw error(table, key, "\(role.themePath) takes one colour, not a list (only gradients take 2–5)")
        }
        guard (2...5).contains(stops.count) else {
            throw error(table, key, "gradient \(role.themePath) needs 2–5 colours, found \(stops.count)")
        }
        var references: [ThemeDocument.ColorReference] = []
        for stop in stops { references.append(try reference(stop, table, key, slotPath: role.themePath)) }
        return references
    }

    private func reference(
        _ value: any TOMLValueConvertible, _ table: [String], _ key: String, slotPath: String
    ) throws(ThemeError) -> ThemeDocument.ColorReference {
        if let name = value.string {
            return .init(
                value: .name(name), location: locator.locate(table: table, key: key, value: name), path: slotPath)
        }
        if let index = value.int {
            guard (0...255).contains(index) else {
                throw error(table, key, "colour index \(index) for \(slotPath) is outside 0–255")
            }
            return .init(value: .index(index), location: locator.locate(table: table, key: key), path: slotPath)
        }
        throw error(table, key, "\(slotPath) must be a colour (a name, \"#rrggbb\" or 0–255), found \(value.type)")
    }

    private func literal(_ value: any TOMLValueConvertible) -> TerminalColor? {
        if let index = value.int { return (0...255).contains(index) ? .indexed(index) : nil }
        return value.string.flatMap(TerminalColor.init(themeLiteral:))
    }
}
