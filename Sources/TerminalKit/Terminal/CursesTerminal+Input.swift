import CNCursesW

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CursesTerminal {
    /// The next key within `timeoutMilliseconds` (negative waits forever), nil on timeout. Codes
    /// that decode to nothing are skipped. A `.resize` also schedules a clear and full repaint.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard !isRestored else { return nil }
        var timeout = Int32(clamping: timeoutMilliseconds)
        while true {
            var code: UInt32 = 0
            let kind = cascade_read_key(timeout, &code)
            guard kind >= 0 else { return nil }
            if kind == 1, Int32(truncatingIfNeeded: code) == KEY_MOUSE {
                if let key = readMouse() { return key }
                timeout = 0
                continue
            }
            let decoded =
                kind == 0 && code == 27 ? readEscapeSequence() : Key(cursesCode: code, isFunctionKey: kind == 1)
            guard let key = decoded else {
                timeout = 0
                continue
            }
            if key == .resize { needsClear = true }
            return key
        }
    }

    /// After an ESC: whatever follows within the escape delay is one sequence (`EscapeSequence`),
    /// so its bytes never act as keys of their own.
    private func readEscapeSequence() -> Key? {
        let delay = get_escdelay()
        return EscapeSequence.decode {
            var code: UInt32 = 0
            switch cascade_read_key(delay, &code) {
            case 0: return .character(code)
            case 1: return .functionKey
            default: return nil
            }
        }
    }

    /// The mouse event curses has queued after `KEY_MOUSE`, if it is one we use.
    private func readMouse() -> Key? {
        var x: Int32 = 0
        var y: Int32 = 0
        let action: MouseAction
        switch cascade_read_mouse(&x, &y) {
        case 1: action = .click
        case 2: action = .wheelUp
        case 3: action = .wheelDown
        default: return nil
        }
        return .mouse(x: Int(x), y: Int(y), action: action)
    }

    /// Standard input reports a hang-up or error: the terminal behind it is gone.
    public var isConnected: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) == 0
    }
}
