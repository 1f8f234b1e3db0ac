import Foundation
import TerminalKit

/// The folder saved sessions live in, one `NAME.json` each: `$XDG_DATA_HOME/cascade/sessions`
/// (or `~/.local/share/cascade/sessions`).
public struct SessionStore: Sendable {
    /// The sessions folder's path.
    public let directory: String

    /// A store in `directory` (created by the first save).
    public init(directory: String) { self.directory = directory }

    /// The standard folder for `environment`; nil when neither `XDG_DATA_HOME` nor `HOME` says where.
    public static func standard(environment: [String: String]) -> SessionStore? {
        XDGDirectories.data(environment).map { SessionStore(directory: $0 + "/sessions") }
    }

    /// Where the session called `name` is stored.
    public func path(of name: SessionName) -> String { directory + "/" + name.text + ".json" }

    /// Writes `session` under its name, replacing an older save of that name (the new file is written
    /// beside it first, so a failed save leaves the old one whole); says whether one was replaced.
    @discardableResult
    public func save(_ session: SessionFile) throws(SessionError) -> Bool {
        let path = path(of: try SessionName(session.name))
        let data = try session.encoded()
        let replacing = FileManager.default.fileExists(atPath: path)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw SessionError(file: path, message: "cannot write the session: \(error.localizedDescription)")
        }
        return replacing
    }

    /// The session called `name`, or why it cannot be resumed (no such session: the names saved).
    public func load(_ name: String) throws(SessionError) -> SessionFile {
        let path = path(of: try SessionName(name))
        guard let data = FileManager.default.contents(atPath: path) else {
            let saved = names()
            throw SessionError(
                file: path,
                message: "no session '\(name)'; "
                    + (saved.isEmpty
                        ? "none saved yet (:save NAME in the dashboard)"
                        : "saved: "
                            + saved.joined(separator: ", ")))
        }
        return try SessionFile.decode(data, file: path)
    }

    /// The names of the sessions saved, sorted.
    public func names() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
            .filter { (try? SessionName($0)) != nil }.sorted()
    }
}
