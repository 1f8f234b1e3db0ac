import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

/// Every overlay handles only keys its key map lists, and help lists every overlay's keys.
@Suite struct OverlayKeyTests {
    /// One of each overlay, in a state that gives its keys something to do.
    static var overlays: [AppState.Overlay] {
        let snapshot = SnapshotFixture.snapshot()
        let position = snapshot.account.positions[0]
        let ticket = OrderTicket(side: .buy, leverage: 10, mode: .cross, price: "64000.0")
        var limit = ticket
        limit.kind = .limit
        limit.field = .kind
        return [
            .help, .explain, .ticket(ticket), .ticket(limit), .explainTicket(ticket),
            .commandLine(TextInput(text: "buy 1")),
            .whatIf(WhatIf(mark: position.risk.input.mark, leverage: 10, mode: .cross)),
            .replays(ReplayBrowser(newest: 30)), .glossary(3), .lessons(1), .confirm(.quit),
            .confirm(.scenario("calm")),
        ]
    }

    /// Printable ASCII, the named keys and F1–F12.
    static let keys: [Key] =
        (0x20...0x7E).map { .character(Character(UnicodeScalar(UInt8($0)))) } + [.character("\u{15}")]
        + [
            .up, .down, .left, .right, .enter, .escape, .backspace, .delete, .tab, .backTab, .home, .end, .pageUp,
            .pageDown, .resize,
        ] + (1...12).map { .function($0) }

    @Test func everyKeyThatDoesSomethingInAnOverlayIsInItsKeyMap() {
        for overlay in Self.overlays {
            let unit = overlay.unit
            for key in Self.keys {
                var state = AppState(themeName: "default-dark")
                state.overlay = overlay
                state.overlayScroll = 1
                let before = String(describing: state)
                let effects = state.handle(key, snapshot: SnapshotFixture.snapshot(), visible: [])
                guard String(describing: state) != before || !effects.isEmpty else { continue }
                #expect(unit.binds(key), "\(overlay): \(key) acts but is not in its key map")
            }
        }
    }

    @Test func helpListsEveryRegisteredOverlaysKeys() {
        let help = KeyMap.standard.helpSections.flatMap(\.1)
        for unit in AppState.Overlay.units {
            for entry in unit.helpEntries {
                #expect(help.contains { $0.key == entry.key && $0.text == entry.text }, "\(entry)")
            }
        }
        for overlay in Self.overlays {
            #expect(
                AppState.Overlay.units.contains { ObjectIdentifier($0) == ObjectIdentifier(type(of: overlay.unit)) },
                "\(overlay) is registered")
        }
        #expect(help.contains { $0.key == "u" && $0.text == "replays: only yours / all" })
        #expect(help.contains { $0.key == "x" && $0.text == "lessons: leave the lesson being played" })
    }
}
