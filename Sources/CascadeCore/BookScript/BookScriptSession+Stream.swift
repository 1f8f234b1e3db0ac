extension BookScriptSession {
    /// Input bytes asked of `read` at a time.
    public static let streamChunkSize = 1 << 20

    /// Runs a whole `cascade book` script from a byte stream and writes its whole output.
    ///
    /// `read` fills the buffer it is given (up to `streamChunkSize` bytes) and returns the count, 0 at
    /// the end of the input. Lines are parsed in place (`BookScriptReader`) and applied as they come;
    /// the output lines collect in one buffer, handed to `write` after each chunk. Without a bad line
    /// the output ends with `END_EVENTS`, the book (with its queues when `queues`) and `END`.
    ///
    /// Memory is the book plus about 3 MiB of buffers, whatever the length of the input.
    /// - Returns: the first malformed line, after the output of the lines before it; `nil` when there is
    ///   none.
    /// - Throws: what `read` or `write` throws.
    public mutating func run(
        queues: Bool,
        read: (UnsafeMutableRawBufferPointer) throws -> Int,
        write: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> BookScriptError? {
        let capacity = BookScriptReader.maximumLineLength + Self.streamChunkSize
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 64)
        defer { buffer.deallocate() }
        var output = BookScriptOutput(reservingCapacity: 2 * Self.streamChunkSize)
        func flush() throws {
            try output.bytes.withUnsafeBytes { try write($0) }
            output.removeAll()
        }
        var reader = BookScriptReader()
        var filled = 0
        while true {
            let space = UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<(filled + Self.streamChunkSize)])
            let received = try read(space)
            filled += received
            let consumed: Int
            do {
                consumed = try reader.read(UnsafeRawBufferPointer(rebasing: buffer[..<filled]), isFinal: received == 0)
                {
                    apply($0, writingTo: &output)
                }
            } catch {
                try flush()
                return error
            }
            if received == 0 { break }
            let rest = filled - consumed
            if rest > 0 && consumed > 0 {
                let base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
                (base).moveInitialize(from: base + consumed, count: rest)
            }
            filled = rest
            if output.count >= Self.streamChunkSize { try flush() }
        }
        output.append("END_EVENTS\n")
        writeBook(queues: queues, to: &output)
        output.append("END\n")
        try flush()
        return nil
    }

    /// Applies `command` and appends its output lines.
    ///
    /// One mutating call, so that a closure holding the session in place does not copy it (with
    /// every buffer it owns retained) to call a non-mutating method.
    @inline(__always)
    mutating func apply(_ command: BookScriptCommand, writingTo output: inout BookScriptOutput) {
        apply(command)
        for event in events { output.append(event) }
    }
}
