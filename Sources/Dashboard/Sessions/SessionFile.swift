import CascadeCore
import Foundation

/// A saved dashboard session: the scenario as written, the seed, the clock settings and every
/// command sent into the world, so `cascade --resume NAME` rebuilds it exactly (`SessionJournal`).
///
/// Stored as JSON with a format version: a file written by a newer Cascade, in a newer format, is
/// refused with its version named instead of being half read.
public struct SessionFile: Sendable, Hashable, Codable {
    /// The format this Cascade writes and reads; older versions would be read, newer refused.
    public static let currentVersion = 1
    /// What the `format` field says, so another JSON file is not taken for a session.
    static let formatName = "cascade-session"

    /// Always `cascade-session`.
    public var format = SessionFile.formatName
    /// The file format's version.
    public var version = SessionFile.currentVersion
    /// The session's name (its file's name without `.json`).
    public var name: String
    /// The scenario the world was built from.
    public var scenario: ScenarioSource
    /// The world's seed.
    public var seed: UInt64
    /// Simulated time when the session was saved.
    public var time: SimTime
    /// Simulated seconds per wall second when the session was saved.
    public var speed: Double
    /// Whether the clock was paused when the session was saved.
    public var paused: Bool
    /// The digest of every event up to `time` (`EventDigest`): a replay that rebuilds the same world
    /// ends with the same one.
    public var eventHash: String
    /// Wall-clock time of the save.
    public var savedAt: Date
    /// Every command sent into the world, with when it was applied.
    public var journal: SessionJournal

    /// A session to write.
    public init(
        name: String, scenario: ScenarioSource, seed: UInt64, time: SimTime, speed: Double, paused: Bool,
        eventHash: String, savedAt: Date, journal: SessionJournal
    ) {
        self.name = name
        self.scenario = scenario
        self.seed = seed
        self.time = time
        self.speed = speed
        self.paused = paused
        self.eventHash = eventHash
        self.savedAt = savedAt
        self.journal = journal
    }

    /// The file's bytes: pretty-printed JSON with sorted keys, so two saves of one world compare equal.
    public func encoded() throws(SessionError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        do {
            return try encoder.encode(self)
        } catch {
            throw SessionError(file: name, message: "cannot encode the session: \(error)")
        }
    }

    /// Reads a session from `data`; `file` names it in errors. Refuses another kind of file, a newer
    /// format version and anything malformed, saying which.
    public static func decode(_ data: Data, file: String) throws(SessionError) -> SessionFile {
        struct Header: Decodable {
            var format: String?
            var version: Int?
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let header = try? decoder.decode(Header.self, from: data), header.format == formatName,
            let version = header.version
        else {
            throw SessionError(file: file, message: "not a Cascade session file (no \"format\": \"\(formatName)\")")
        }
        guard version <= currentVersion else {
            throw SessionError(
                file: file,
                message: "session format version \(version) is newer than this Cascade reads (up to "
                    + "\(currentVersion)); resume it with a newer Cascade")
        }
        do {
            return try decoder.decode(SessionFile.self, from: data)
        } catch let DecodingError.dataCorrupted(context), let DecodingError.keyNotFound(_, context),
            let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context)
        {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            throw SessionError(
                file: file,
                message: "malformed at \(path.isEmpty ? "the top" : path): "
                    + context.debugDescription)
        } catch {
            throw SessionError(file: file, message: "malformed: \(error)")
        }
    }
}
