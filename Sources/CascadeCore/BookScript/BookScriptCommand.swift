/// One command of the `cascade book` text format. Prices are ticks, sizes lots, ids plain integers.
public enum BookScriptCommand: Sendable, Hashable {
    /// `L`, `M`, `I`, `F` or `P`: a new order (`price` is `nil` for a market order).
    case place(OrderRequest)
    /// `A <id> <price> <qty>`.
    case amend(OrderID, Price, Quantity)
    /// `C <id>`.
    case cancel(OrderID)
}

/// A line that is not a command, with what is wrong with it.
public struct BookScriptError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Line number in the script, from 1.
    public var line: Int
    /// What is wrong, naming the field or letter, e.g. `quantity 'x' is not an integer`.
    public var problem: String

    /// `line N: problem`, with any control character of the echoed line escaped.
    public var description: String { "line \(line): \(problem.escapingNonPrintable())" }
}

extension BookScriptCommand {
    /// Every order in a script belongs to this one account; scripts run with self-trade prevention off.
    public static let scriptAccount = AccountID(0)

    /// Parses one line; `nil` for a blank line or a comment. Text after `#` is a comment.
    ///
    /// Fields are separated by spaces or tabs. A field that is not an integer in Int64's range, a
    /// wrong field count, an unknown command letter or side is a `BookScriptError`.
    public init?(parsing line: Substring, lineNumber: Int) throws(BookScriptError) {
        let code = line.firstIndex(of: "#").map { line[..<$0] } ?? line
        let fields = code.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        guard let letter = fields.first else { return nil }
        func fail(_ problem: String) -> BookScriptError { BookScriptError(line: lineNumber, problem: problem) }
        func integer(_ index: Int, _ name: String) throws(BookScriptError) -> Int64 {
            guard let value = Int64(fields[index]) else {
                throw fail("\(name) '\(fields[index])' is not an integer")
            }
            return value
        }
        func expectFields(_ count: Int, _ shape: String) throws(BookScriptError) {
            guard fields.count == count else {
                throw fail("'\(letter)' takes \(count - 1) fields (\(shape)), found \(fields.count - 1)")
            }
        }
        switch letter {
        case "L", "I", "F", "P", "M":
            let isMarket = letter == "M"
            try expectFields(isMarket ? 4 : 5, isMarket ? "B|S id qty" : "B|S id price qty")
            let side: Side
            switch fields[1] {
            case "B": side = .buy
            case "S": side = .sell
            default: throw fail("side '\(fields[1])' must be B or S")
            }
            let id = OrderID(try integer(2, "id"))
            let quantity = Quantity(lots: try integer(isMarket ? 3 : 4, "quantity"))
            if isMarket {
                self = .place(OrderRequest(id: id, account: Self.scriptAccount, terms: .market(side, quantity)))
                return
            }
            let timeInForce: TimeInForce =
                switch letter {
                case "I": .immediateOrCancel
                case "F": .fillOrKill
                case "P": .postOnly
                default: .goodTillCancelled
                }
            let price = Price(ticks: try integer(3, "price"))
            self = .place(
                OrderRequest(
                    id: id, account: Self.scriptAccount, terms: .limit(side, quantity, at: price, timeInForce)))
        case "A":
            try expectFields(4, "id price qty")
            self = .amend(
                OrderID(try integer(1, "id")), Price(ticks: try integer(2, "price")),
                Quantity(lots: try integer(3, "quantity")))
        case "C":
            try expectFields(2, "id")
            self = .cancel(OrderID(try integer(1, "id")))
        default:
            throw fail("unknown command '\(letter)' (expected L, M, I, F, P, A or C)")
        }
    }
}

/// A whole script parsed up to its first bad line.
public struct ParsedBookScript: Sendable {
    /// The commands before the first bad line (all of them when there is none).
    public var commands: [BookScriptCommand]
    /// The first bad line, if any; a run stops there.
    public var error: BookScriptError?

    /// Parses `text` line by line; lines are numbered from 1.
    ///
    /// Only `\n` ends a line (a `\r` before it is blank space), as for editors and `wc -l`: a
    /// vertical tab, form feed, NEL or U+2028 inside a line is part of it, and an error. The text is
    /// read as `BookScriptReader` reads a stream, so both give the same commands and errors.
    public init(parsing text: String) {
        var commands: [BookScriptCommand] = []
        var text = text
        let outcome = text.withUTF8 { bytes -> BookScriptError? in
            var reader = BookScriptReader()
            do throws(BookScriptError) {
                _ = try reader.read(UnsafeRawBufferPointer(bytes), isFinal: true) { commands.append($0) }
                return nil
            } catch {
                return error
            }
        }
        self.commands = commands
        error = outcome
    }
}
