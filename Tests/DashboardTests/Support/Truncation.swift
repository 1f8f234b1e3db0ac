@testable import TerminalKit

/// Finds numbers shown with digits missing: a start of `value` (most of it) on the canvas that
/// stops where `value` goes on, as `6500` where `65000.0` was meant. Returns each such place.
func truncations(of values: [String], in canvas: Canvas) -> [String] {
    var found: [String] = []
    let rows = (0..<canvas.height).map { Array(canvas.row($0)) }
    for value in values {
        let characters = Array(value)
        let shortest = max(3, characters.count - 4)
        guard characters.count > shortest else { continue }
        for (y, row) in rows.enumerated() {
            for x in row.indices where x == 0 || !"0123456789.,".contains(row[x - 1]) {
                var length = 0
                while length < characters.count, x + length < row.count, row[x + length] == characters[length] {
                    length += 1
                }
                if length >= shortest && length < characters.count {
                    found.append("row \(y): \(String(row[x..<min(row.count, x + length + 2)])) for \(value)")
                }
            }
        }
    }
    return found
}
