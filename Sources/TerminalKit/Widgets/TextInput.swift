/// What a key did to a `TextInput`.
public enum TextInputOutcome: Hashable, Sendable {
    /// The text or the cursor changed: redraw.
    case edited
    /// Enter: the text as submitted.
    case submitted(String)
    /// Escape: the caller closes the input.
    case cancelled
    /// The key means nothing here (or changed nothing); the caller may use it.
    case ignored
}

/// A one-line editable text with a cursor: the command line and order-size prompts.
public struct TextInput: Hashable, Sendable {
    /// The text typed so far; only `handle(_:)` changes it.
    public private(set) var text: String
    /// Characters before the cursor, `0...text.count`.
    private(set) var cursor: Int
    /// The whole text is selected, as a pre-filled value is: the next character typed replaces it,
    /// Backspace or Delete clears it, and a cursor move keeps it and ends the selection.
    public private(set) var isSelected: Bool

    /// An input holding `text` with the cursor at its end; `selected` selects all of it.
    public init(text: String = "", selected: Bool = false) {
        self.text = text
        cursor = text.count
        isSelected = selected && !text.isEmpty
    }

    /// Edits for printable characters, Backspace, Delete, Ctrl-U (delete to the start), and moves
    /// for Left, Right, Home and End; Enter submits, Escape cancels. On a selected text an edit
    /// first removes the whole text.
    public mutating func handle(_ key: Key) -> TextInputOutcome {
        if isSelected {
            isSelected = false
            switch key {
            case .character, .backspace, .delete:
                text = ""
                cursor = 0
                if key == .backspace || key == .delete || key == .character("\u{15}") { return .edited }
            case .left, .right, .home, .end: return .edited
            default: isSelected = true
            }
        }
        switch key {
        case .character("\u{15}"):
            guard cursor > 0 else { return .ignored }
            text.removeSubrange(text.startIndex..<index(cursor))
            cursor = 0
        case .character(let character):
            guard let scalar = character.unicodeScalars.first, scalar.value >= 0x20, scalar.value != 0x7F else {
                return .ignored
            }
            text.insert(character, at: index(cursor))
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return .ignored }
            cursor -= 1
            text.remove(at: index(cursor))
        case .delete:
            guard cursor < text.count else { return .ignored }
            text.remove(at: index(cursor))
        case .left:
            guard cursor > 0 else { return .ignored }
            cursor -= 1
        case .right:
            guard cursor < text.count else { return .ignored }
            cursor += 1
        case .home:
            guard cursor > 0 else { return .ignored }
            cursor = 0
        case .end:
            guard cursor < text.count else { return .ignored }
            cursor = text.count
        case .enter:
            return .submitted(text)
        case .escape:
            return .cancelled
        default:
            return .ignored
        }
        return .edited
    }

    /// Draws `prompt` then the text on `rect`'s first row, the cursor cell in reverse video (a
    /// selected text all in the selection role), scrolled sideways so the cursor stays visible.
    public func draw(prompt: String, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        let promptWidth = canvas.put(prompt, x: rect.x, y: rect.y, style: Style(.accent), maxWidth: rect.width)
        let room = rect.width - promptWidth
        guard room > 0 else { return }
        let first = max(0, cursor - room + 1)
        let x = rect.x + promptWidth
        canvas.put(String(text.dropFirst(first)), x: x, y: rect.y, maxWidth: room)
        if isSelected {
            canvas.put(String(text.dropFirst(first)), x: x, y: rect.y, style: Style(.selection), maxWidth: room)
            return
        }
        let cursorX = x + cursor - first
        let under = canvas[cursorX, rect.y].character
        canvas[cursorX, rect.y] = Cell(character: under, style: Style(.text, reverse: true))
    }

    private func index(_ offset: Int) -> String.Index { text.index(text.startIndex, offsetBy: offset) }
}
