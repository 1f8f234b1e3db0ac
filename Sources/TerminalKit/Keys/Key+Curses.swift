import CNCursesW

extension Key {
    /// Decodes what `wget_wch` returned: `code` is a curses `KEY_*` value when `isFunctionKey`
    /// (the call returned `KEY_CODE_YES`), a character code otherwise. Returns nil for codes that
    /// mean nothing to us, which callers skip.
    init?(cursesCode code: UInt32, isFunctionKey: Bool) {
        if isFunctionKey {
            self.init(cursesKey: Int32(truncatingIfNeeded: code))
            return
        }
        switch code {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 27: self = .escape
        case 8, 127: self = .backspace
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            self = .character(Character(scalar))
        }
    }

    private init?(cursesKey key: Int32) {
        switch key {
        case KEY_UP: self = .up
        case KEY_DOWN: self = .down
        case KEY_LEFT: self = .left
        case KEY_RIGHT: self = .right
        case KEY_ENTER: self = .enter
        case KEY_BACKSPACE: self = .backspace
        case KEY_DC: self = .delete
        case KEY_BTAB: self = .backTab
        case KEY_HOME: self = .home
        case KEY_END: self = .end
        case KEY_PPAGE: self = .pageUp
        case KEY_NPAGE: self = .pageDown
        case KEY_RESIZE: self = .resize
        case (KEY_F0 + 1)...(KEY_F0 + 12): self = .function(Int(key - KEY_F0))
        default: return nil
        }
    }
}
