import Foundation

/// Compares text with a golden file kept in the repository, or rewrites the file when asked: the
/// one place the test targets (rendered panels, `--help` pages) share for it.
///
/// Golden files are meant to change only on purpose; run `GoldenFile.updateCommand` and review the
/// diff before committing it.
enum GoldenFile {
    /// Set (to anything) in the environment, `check` writes the files instead of comparing.
    static let updateVariable = "CASCADE_UPDATE_GOLDEN"
    /// The one line that rewrites every golden file.
    static let updateCommand = "CASCADE_UPDATE_GOLDEN=1 swift test --filter Golden"

    /// Whether this process was asked to rewrite golden files.
    static var updating: Bool { ProcessInfo.processInfo.environment[updateVariable] != nil }

    /// `nil` when `actual` equals the file byte for byte (or was just written to it); otherwise what
    /// differs (the first differing line) and how to update.
    static func check(_ actual: String, against file: URL, update: Bool = updating) -> String? {
        if update {
            do {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file)
                return nil
            } catch {
                return "cannot write \(file.path): \(error)"
            }
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return "\(file.path) is missing; to create it run: \(updateCommand)"
        }
        guard data != Data(actual.utf8) else { return nil }
        return "\(file.path) differs. "
            + firstDifference(expected: String(decoding: data, as: UTF8.self), actual: actual)
            + "\nIf the change is intended, run: \(updateCommand)"
    }

    /// The first line (1-based) where the two texts differ, both versions shown.
    static func firstDifference(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line =
            zip(expectedLines, actualLines).enumerated().first { !$1.0.utf8.elementsEqual($1.1.utf8) }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let shown = { (lines: [Substring]) in line < lines.count ? "\"\(lines[line])\"" : "(no line: the text ends)" }
        return
            "First difference at line \(line + 1):\n  expected: \(shown(expectedLines))\n  actual:   \(shown(actualLines))"
    }
}
