import Testing

@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

extension AppState {
    /// Runs `command` as the command line does, sending its engine requests to `session`.
    @discardableResult
    mutating func run(_ command: String, on session: inout EngineSession) -> [AppEffect] {
        let effects = runCommand(command, snapshot: session.snapshot())
        for case .engine(let request) in effects { session.handle(request) }
        return effects
    }

    /// The whole screen as this state draws `snapshot` at `width` × `height`.
    func screen(_ snapshot: MarketSnapshot, width: Int, height: Int) throws -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let layout = try #require(DashboardLayout(width: width, height: height))
        DashboardScreen.draw(
            ViewContext(snapshot: snapshot, state: self, glyphs: .unicode), layout: layout, canvas: &canvas)
        return canvas
    }
}
