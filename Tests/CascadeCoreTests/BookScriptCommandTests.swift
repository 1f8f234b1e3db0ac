import Testing

@testable import CascadeCore

@Suite("Book script lines")
struct BookScriptCommandTests {
    private func parse(_ line: String) throws -> BookScriptCommand? {
        try BookScriptCommand(parsing: Substring(line), lineNumber: 1)
    }

    @Test(
        "Every command form parses and prints back as the same line",
        arguments: [
            "L B 1 100 5", "L S 2 101 7", "M B 3 4", "I S 4 99 2", "F B 5 102 9", "P S 6 103 1", "A 1 98 3", "C 2",
            "L B -1 -5 0",
        ])
    func roundTrip(line: String) throws {
        let command = try #require(try parse(line))
        #expect(command.scriptLine == line)
    }

    @Test func fieldsMaySpreadOverTabsAndCarryComments() throws {
        let command = try parse("L\tB  7   100 5   # trailing comment")
        #expect(command?.scriptLine == "L B 7 100 5")
        #expect(try parse("   ") == nil)
        #expect(try parse("# only a comment") == nil)
        #expect(try parse("C 4\r")?.scriptLine == "C 4")
    }

    @Test func aScriptStopsAtItsFirstBadLine() {
        let script = ParsedBookScript(parsing: "L B 1 100 5\n\nC x\nC 1\n")
        #expect(script.commands.count == 1)
        #expect(script.error == BookScriptError(line: 3, problem: "id 'x' is not an integer"))
    }

    @Test func linesTheFormatCannotSayHaveNone() {
        let stop = BookScriptCommand.place(
            OrderRequest(
                id: OrderID(1), account: AccountID(1), side: .buy, quantity: Quantity(lots: 1), limit: nil,
                stop: StopCondition(triggerPrice: Price(ticks: 5), reference: .mark)))
        #expect(stop.scriptLine == nil)
        let reduceOnly = BookScriptCommand.place(
            .market(OrderID(2), account: AccountID(1), side: .sell, quantity: Quantity(lots: 1), reduceOnly: true))
        #expect(reduceOnly.scriptLine == nil)
    }
}
