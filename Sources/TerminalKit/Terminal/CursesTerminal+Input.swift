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
            guard let key = Key(cursesCode: code, isFunctionKey: kind == 1) else {
                timeout = 0
                continue
            }
            if key == .resize { needsClear = true }
            return key
        }
    }

    /// Standard input reports a hang-up or error: the terminal behind it is gone.
    public var isConnected: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) == 0
    }
}
