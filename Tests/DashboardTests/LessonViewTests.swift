import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// The lesson card, the lesson picker and the replay list, drawn from a fixed snapshot.
@Suite struct LessonViewTests {
    private let snapshot = SnapshotFixture.snapshot()

    private func draw(_ state: AppState, width: Int = 80, height: Int = 24) throws -> Canvas {
        let layout = try #require(DashboardLayout(width: width, height: height, lesson: state.lesson != nil))
        var canvas = Canvas(width: width, height: height)
        DashboardScreen.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), layout: layout, canvas: &canvas)
        return canvas
    }

    @Test func theCardSaysTheStepAndHowToGoOnAboveTheStatusLine() throws {
        var state = AppState(themeName: "default-dark")
        state.lesson = LessonProgress(lesson: LessonLibrary.named("cascade")!, generation: 0)
        let canvas = try draw(state)
        let card = try #require(canvas.find("step 1 of 5"))
        #expect(card.y == 24 - 1 - DashboardLayout.lessonRows)
        #expect(canvas.text.contains("Enter: go on"))
        #expect(canvas.text.contains("The heatmap plots where"))
        #expect(canvas.text.contains("needs a larger terminal"), "80×24 has no heatmap panel")
        let large = try draw(state, width: 160, height: 48)
        #expect(!large.text.contains("needs a larger terminal"))
        #expect(
            large.style(x: 0, y: 48 - 1 - DashboardLayout.lessonRows).role == .border, "the card is not a focused panel"
        )
    }

    @Test func thePickerListsEveryLessonWithItsCommand() throws {
        var state = AppState(themeName: "default-dark")
        state.overlay = .lessons(2)
        let canvas = try draw(state, width: 120, height: 36)
        for (index, lesson) in LessonLibrary.all.enumerated() {
            let row = try #require(canvas.find("\(index + 1). \(lesson.title)"), "\(lesson.name)")
            #expect(canvas.row(row.y).contains(":lesson \(lesson.name)"))
            let far = canvas.style(x: row.x + 80, y: row.y).role
            #expect((far == .selection) == (index == 2), "only the picked lesson is highlighted")
        }
    }

    @Test func theReplayListShowsYoursAndOnlyUpToTheNewestWhenOpened() throws {
        var recorder = ReplayRecorder(user: World.userAccount, instrumentAssets: [AssetID(0), AssetID(0)])
        for account in [AccountID(7), World.userAccount, AccountID(9)] {
            recorder.record(
                .triggered(
                    account: account, scope: .isolated(InstrumentID(0)), mark: Price(ticks: 600_000),
                    equity: Money(units: 1), maintenance: Money(units: 2)), at: 60_000)
        }
        var state = AppState(themeName: "default-dark")
        var snapshot = self.snapshot
        snapshot.replays = recorder.replays
        var browser = ReplayBrowser(newest: 2)
        browser.selected = 1
        state.overlay = .replays(browser)
        let layout = try #require(DashboardLayout(width: 160, height: 48))
        var canvas = Canvas(width: 160, height: 48)
        DashboardScreen.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), layout: layout, canvas: &canvas)
        #expect(canvas.text.contains("Liquidations up to #2"))
        let yours = try #require(canvas.find("YOU"))
        #expect(canvas.row(yours.y).contains("isolated BTC-PERP") && canvas.row(yours.y).contains("60000.0"))
        #expect(canvas.style(x: yours.x, y: yours.y).role == .marginDanger)
        let rows = canvas.text.split(separator: "\n").filter { $0.contains("isolated BTC-PERP") }
        #expect(rows.count == 2, "replay #3 came after the list opened")
        #expect(rows.first?.contains("YOU") == true && rows.last?.contains(" 7 ") == true, "newest first")
    }
}
