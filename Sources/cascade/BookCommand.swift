import ArgumentParser
import CascadeCore

/// `cascade book`: the matching engine on plain text.
struct BookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: "Run order-book commands from a file or standard input and print fills and the final book.",
        discussion: """
            One command a line; '#' starts a comment. Prices are integer ticks, sizes integer lots.
              L B|S <id> <price> <qty>   limit, good till cancelled
              M B|S <id> <qty>           market; the unfilled rest is discarded
              I B|S <id> <price> <qty>   immediate-or-cancel limit
              F B|S <id> <price> <qty>   fill-or-kill limit
              P B|S <id> <price> <qty>   post-only limit
              A <id> <price> <qty>       amend: new price and new open size
              C <id>                     cancel
            Output: T maker taker price qty | X id qty | U id price qty | R id | K id qty,
            then END_EVENTS, the book (BID/ASK price qty orders, best first; Q id qty with --queues), END.
            A malformed line stops the run with 'line N: problem' and exit status 65.
            """
    )

    @Flag(help: "After each level, list its orders in time priority.")
    var queues = false

    @Argument(help: "The command file; standard input when omitted.")
    var file: String?

    func run() throws {
        let input = try ChunkedInput(file)
        var session = BookScriptSession()
        let error = try session.run(
            queues: queues, read: { try input.read(into: $0) }, write: { try StandardStreams.writeOutput($0) })
        if let error {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode.dataError
        }
    }
}
