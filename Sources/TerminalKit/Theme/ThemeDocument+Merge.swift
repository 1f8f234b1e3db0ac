extension ThemeDocument {
    /// This document with `child` laid over it: the child's palette colours, slots and overrides win,
    /// slot by slot (a slot the child names replaces the parent's whole slot).
    ///
    /// A parent's `[ansi16]`/`[ansi8]` override of a slot is dropped when the child restyles that slot
    /// without overriding it again, so a child's change shows at every depth.
    func applying(_ child: ThemeDocument) -> ThemeDocument {
        var merged = self
        merged.file = child.file
        merged.summary = child.summary
        merged.inherits = child.inherits
        merged.palette.merge(child.palette) { _, new in new }
        for role in child.main.slots.keys {
            if child.ansi16.slots[role] == nil { merged.ansi16.slots[role] = nil }
            if child.ansi8.slots[role] == nil { merged.ansi8.slots[role] = nil }
        }
        merged.main = main.applying(child.main)
        merged.ansi16 = merged.ansi16.applying(child.ansi16)
        merged.ansi8 = merged.ansi8.applying(child.ansi8)
        return merged
    }
}

extension ThemeDocument.Layer {
    func applying(_ child: Self) -> Self {
        var merged = self
        merged.slots.merge(child.slots) { _, new in new }
        merged.background = child.background ?? background
        return merged
    }
}
