import Foundation

@testable import TerminalKit

/// Shared fixtures for TerminalKit tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The folder of the themes compiled into the binary.
    static let themesFolder = root + "/Sources/TerminalKit/Resources/Themes"

    /// The text of a shipped theme file.
    static func themeText(_ name: String) throws -> String {
        try String(contentsOfFile: themesFolder + "/\(name).toml", encoding: .utf8)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "terminalkit-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
