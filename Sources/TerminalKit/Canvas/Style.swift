/// A cell's look as views ask for it: a role, a gradient step and emphasis.
///
/// Five bytes, so a canvas of styles stays small and cheap to compare. The theme resolves it to
/// colours for the terminal's depth; the emphasis flags are added to whatever the theme gives.
public struct Style: Hashable, Sendable {
    /// What the cell means (`.bid`, `.border`, `.heatLong`…); the theme turns it into colours.
    public var role: Role
    /// Index `0..<8` into the role's gradient; ignored (treated as 0) by plain roles.
    public var level: UInt8
    /// Bold, on top of whatever the theme gives the role.
    public var bold: Bool
    /// Reverse video, on top of the theme's attributes (the text input's cursor cell).
    public var reverse: Bool
    var underline: Bool

    /// A style for `role` (plain text by default) at gradient step 0, without emphasis unless told.
    public init(
        _ role: Role = .text, level: UInt8 = 0, bold: Bool = false, reverse: Bool = false, underline: Bool = false
    ) {
        self.role = role
        self.level = level
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    /// Plain text: what blank cells and unstyled writes carry.
    public static let text = Style()

    /// The gradient step for `fraction` in `0...1`, rounded to the nearest of the eight steps.
    public static func level(for fraction: Double) -> UInt8 {
        guard fraction.isFinite else { return 0 }
        let clamped = min(1, max(0, fraction))
        return UInt8((clamped * Double(Role.levels - 1)).rounded())
    }
}
