import Foundation
import Testing

/// `cascade lesson leverage` played with keys in tmux, from its first card to "Lesson complete".
@Suite("first lesson in tmux, end to end", .serialized)
struct LessonTmuxTests {
    @Test func theFirstLessonPlaysToItsEndWithKeys() throws {
        let command =
            "cd '\(CascadeBinary.packageRoot.path)' && '\(CascadeBinary.executable.path)' lesson leverage; "
            + "echo CASCADE-EXITED $?; sleep 30"
        let session = try TmuxSession(command, width: 140, height: 44)
        func step(_ number: Int) -> (String) -> Bool { { $0.contains("step \(number) of 7") } }
        // A debug build warming the market up while the other suites run in parallel can be slow.
        let first = try session.waitFor(seconds: 120) { step(1)($0) && $0.contains("PAUSED") }
        #expect(first.contains("PAUSED"), "the clock stops while the learner reads")
        try session.send("Enter")
        try session.waitFor(step(2))
        try session.send("m")
        try session.waitFor(step(3))
        try session.send("b")
        try session.waitFor { $0.contains("Buy BTC-PERP") }
        try session.send("0.5", literal: true)
        try session.send("Tab", "Right", "Right")
        try session.waitFor { $0.contains("‹ 20x ›") }
        try session.send("Enter")
        let reading = try session.waitFor(step(4))
        #expect(reading.contains("LONG") && reading.contains("0.500"))
        try session.send("Enter")
        try session.waitFor(step(5))
        try session.send("e")
        try session.waitFor { $0.contains("step 6 of 7") && $0.contains("Explain") }
        // A key right behind Esc (within the escape delay) would read as Alt plus that key, which does
        // nothing: wait for the overlay to close first, as a person's hands do.
        try session.send("Escape")
        try session.waitFor { !$0.contains("margin arithmetic, live") }
        try session.send("w")
        try session.waitFor { $0.contains("What if") }
        try session.send("NPage")
        let liquidated = try session.waitFor(step(7))
        #expect(liquidated.contains("LIQUIDATED"))
        try session.send("Escape")
        try session.waitFor { !$0.contains("←→ mark 0.5%") }
        try session.send("x")
        let done = try session.waitFor { $0.contains("Lesson complete") }
        #expect(done.contains("No position"))
        try session.send("Enter")
        try session.waitFor { !$0.contains("Lesson complete") }
        try session.send("q")
        let after = try session.waitFor { $0.contains("CASCADE-EXITED") }
        #expect(after.contains("CASCADE-EXITED 0"))
    }
}
