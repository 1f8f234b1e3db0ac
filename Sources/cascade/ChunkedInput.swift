import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A file (or standard input) read in chunks through the file descriptor, for input too large to hold.
struct ChunkedInput: ~Copyable {
    private let descriptor: Int32
    private let path: String?

    /// Opens `path`, or standard input when `path` is `nil`.
    /// - Throws: an `InputFileError` naming the file: no such file, a directory, or unreadable.
    init(_ path: String?) throws {
        self.path = path
        guard let path else {
            descriptor = STDIN_FILENO
            return
        }
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else {
            throw InputFileError(path: path, problem: errno == ENOENT ? "no such file" : "cannot be read")
        }
        var status = stat()
        if fstat(opened, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR {
            close(opened)
            throw InputFileError(path: path, problem: "is a directory")
        }
        descriptor = opened
    }

    deinit {
        if path != nil { close(descriptor) }
    }

    /// Fills as much of `buffer` as one read gives; 0 at the end of the input.
    /// - Throws: an `InputFileError` when the read fails.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw InputFileError(path: path ?? "standard input", problem: "cannot be read") }
        }
    }
}

extension StandardStreams {
    /// Writes `bytes` to standard output in full, in as few system calls as the pipe allows.
    /// - Throws: an `InputFileError` for standard output when a write fails (a closed pipe, a full disk).
    static func writeOutput(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw InputFileError(path: "standard output", problem: "cannot be written")
            }
            offset += written
        }
    }
}
