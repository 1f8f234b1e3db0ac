import ArgumentParser
import CascadeCore
import Foundation

/// Unbuffered writes to the standard streams, in large chunks.
enum StandardStreams {
    static func writeOutput(_ text: String) { write(text, to: FileHandle.standardOutput) }

    /// Writes a message to standard error with every control character escaped (line breaks kept):
    /// messages echo file names, flag values and lines of input, which must not drive the terminal.
    static func writeError(_ text: String) {
        write(text.escapingNonPrintable(keepingNewlines: true), to: FileHandle.standardError)
    }

    /// Writes terminal control sequences of our own (the progress bar) to standard error as they are.
    static func writeErrorControl(_ text: String) { write(text, to: FileHandle.standardError) }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }

    /// Writes `text` to the file at `path`, replacing it.
    /// - Throws: an `InputFileError` naming the file when it cannot be written.
    static func writeText(_ text: String, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw InputFileError(path: path, problem: "cannot be written")
        }
    }

    /// The whole text of `path`, or of standard input when `path` is `nil`.
    /// - Throws: an `InputFileError` naming the file and what went wrong.
    static func readText(_ path: String?) throws -> String {
        guard let path else {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let why = !exists ? "no such file" : isDirectory.boolValue ? "is a directory" : "cannot be read"
            throw InputFileError(path: path, problem: why)
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A file named on the command line that could not be read or written.
struct InputFileError: Error, CustomStringConvertible {
    var path: String
    var problem: String
    var description: String { "\(path): \(problem)" }
}

extension ExitCode {
    /// EX_DATAERR from sysexits.h: the input was malformed.
    static let dataError = ExitCode(65)
}
