import CascadeCore
import TOMLKit

/// One table of a portfolio file: typed getters that refuse unknown keys, wrong types and values out
/// of range, naming the file and the line.
struct PortfolioFileTable {
    let table: TOMLTable
    let lines: PortfolioFileLines
    /// The 0-based line of the table's header; `nil` for the top level or a table written inline.
    let header: Int?

    /// Refuses the first key (in sorted order) not in `known`; `because` explains the refusal.
    func expectOnly(_ known: Set<String>, because reason: String? = nil) throws(FileLineError) {
        for key in table.keys.sorted() where !known.contains(key) {
            throw error("unknown key '\(key)'" + (reason.map { ": \($0)" } ?? ""), key: key)
        }
    }

    func string(_ key: String) throws(FileLineError) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else { throw error("'\(key)' must be a string", key: key) }
        return text
    }

    /// A whole or decimal number inside `bounds`, the lower bound refused unless `openBelow` is `false`;
    /// `range` says the bounds in the error.
    func number(
        _ key: String, in bounds: ClosedRange<Double>, range: String, openBelow: Bool = true
    ) throws(FileLineError) -> Double? {
        guard let value = table[key] else { return nil }
        return try check(value, key, in: bounds, range: range, openBelow: openBelow)
    }

    /// An array of one to 50 numbers, each inside `bounds` (the lower bound refused).
    func numbers(_ key: String, in bounds: ClosedRange<Double>, range: String) throws(FileLineError) -> [Double]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array, (1...50).contains(array.count) else {
            throw error("'\(key)' must be an array of 1 to 50 numbers", key: key)
        }
        var numbers: [Double] = []
        for element in array { numbers.append(try check(element, key, in: bounds, range: range, openBelow: true)) }
        return numbers
    }

    /// A position's signed `size` in coins: required, not 0, at most 10⁹ either way.
    func size() throws(FileLineError) -> Double {
        guard let size = try number("size", in: -1e9...1e9, range: "from -1e9 to 1e9", openBelow: false) else {
            throw error("a position needs a 'size' (signed coins: negative is short)")
        }
        guard size != 0 else { throw error("'size' must not be 0", key: "size") }
        return size
    }

    /// An error at the line of `key`, or at the table's header.
    func error(_ message: String, key: String? = nil) -> FileLineError {
        let line = key.flatMap { lines.line(of: $0, inTableAt: header) } ?? header.map { $0 + 1 }
        return FileLineError(file: lines.file, line: line, message: message)
    }

    private func check(
        _ value: any TOMLValueConvertible, _ key: String, in bounds: ClosedRange<Double>, range: String,
        openBelow: Bool
    ) throws(FileLineError) -> Double {
        guard let number = value.double ?? value.int.map(Double.init) else {
            throw error("'\(key)' must be a number", key: key)
        }
        guard bounds.contains(number), !openBelow || number > bounds.lowerBound else {
            throw error("'\(key)' must be \(range), got \(number)", key: key)
        }
        return number
    }
}
