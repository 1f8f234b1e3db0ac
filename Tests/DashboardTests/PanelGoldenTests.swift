import Foundation
import Testing

@testable import Dashboard
@testable import TerminalKit

/// The whole screen of `GoldenMarket` at 80×24 and 160×48, and each part of it (header, status
/// line, every panel the layout shows) cut out at the rectangle the layout gives it: text and roles
/// compared byte for byte with `Golden/WIDTHxHEIGHT/NAME.txt`.
///
/// After an intended change: `CASCADE_UPDATE_GOLDEN=1 swift test --filter Golden`, then review the diff.
@Suite struct PanelGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: [(width: 80, height: 24), (width: 160, height: 48)])
    func panelsMatchTheirGoldenFiles(width: Int, height: Int) throws {
        let layout = try #require(DashboardLayout(width: width, height: height))
        var screen = Canvas(width: width, height: height)
        DashboardScreen.draw(GoldenMarket.context(), layout: layout, canvas: &screen)
        let parts =
            [("screen", screen.bounds), ("header", layout.header), ("status", layout.status)]
            + layout.panels.map { ($0.panel.rawValue, $0.rect) }
        let sizeFolder = Self.folder.appendingPathComponent("\(width)x\(height)")
        for (name, rect) in parts {
            let file = sizeFolder.appendingPathComponent("\(name).txt")
            if let failure = GoldenFile.check(screen.cropped(to: rect).golden, against: file) {
                Issue.record(Comment(rawValue: failure))
            }
        }
    }
}
