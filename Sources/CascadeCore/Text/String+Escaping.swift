extension StringProtocol {
    /// The text with every character that a terminal would act on or hide written as an escape, so
    /// input echoed in an error message (a file name, a script line, a flag's value) cannot move the
    /// cursor, retitle the window or reorder what follows it.
    ///
    /// Escaped: the C0 and C1 control characters and DEL (`\t`, `\n`, `\r` by name, the rest as
    /// `\u{1B}`), Unicode format characters (bidirectional overrides, zero-width joiners), line and
    /// paragraph separators, and unassigned or private-use scalars. Everything else is kept,
    /// including non-ASCII letters. `keepingNewlines` leaves `\n` as it is, for a message of several
    /// lines whose own line breaks must stay.
    /// - Complexity: O(n) in the unicode scalars of the text.
    public func escapingNonPrintable(keepingNewlines: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.value >= 0x20 && scalar.value < 0x7F {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n" where keepingNewlines: result.unicodeScalars.append(scalar)
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.needsEscape:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// Whether a terminal could act on this scalar or show nothing for it.
    fileprivate var needsEscape: Bool {
        switch properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse, .surrogate: true
        default: false
        }
    }
}
