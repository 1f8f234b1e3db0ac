/// One theme file as written, before inheritance and colour names are resolved.
///
/// Kept unresolved so a child theme that redefines a palette colour changes every slot of its parent
/// that names that colour, and so errors point at the file where a name was written.
struct ThemeDocument: Sendable {
    /// A colour as written in a slot: a palette name or literal, or a 0–255 palette index.
    struct ColorReference: Sendable {
        enum Value: Sendable {
            case name(String)
            case index(Int)
        }
        var value: Value
        var location: SourceLocation
        /// `market.bid`, for messages.
        var path: String
    }

    /// One slot: foreground (several stops for a gradient), background and attributes.
    struct Slot: Sendable {
        var foreground: [ColorReference] = []
        var background: ColorReference?
        var bold = false
        var dim = false
        var reverse = false
        var underline = false
    }

    /// The slots of one depth tier: the main groups, or an `[ansi16]` / `[ansi8]` override table.
    struct Layer: Sendable {
        var slots: [Role: Slot] = [:]
        var background: ColorReference?
    }

    struct Inheritance: Sendable {
        var name: String
        var location: SourceLocation
    }

    var file: String
    var summary = ""
    var inherits: Inheritance?
    /// Palette names to literal colours.
    var palette: [String: TerminalColor] = [:]
    var main = Layer()
    var ansi16 = Layer()
    var ansi8 = Layer()

    init(file: String) { self.file = file }
}
