import PropertyBased
import Testing

@testable import TerminalKit

/// `wrapped` breaks a log entry at spaces so that no number is cut: every line fits unless one word
/// alone is wider, continuation lines are indented, and the words come back in order.
@Suite("Wrapping text at spaces")
struct StringWrapTests {
    @Test func aLineThatFitsIsKeptWhole() {
        #expect("Filled 0.5 BTC".wrapped(20) == ["Filled 0.5 BTC"])
        #expect("".wrapped(5) == [""])
    }

    @Test func wordsMoveToIndentedLinesAndALongWordStaysWhole() {
        #expect(
            "Order rejected: margin 1,234.56 USDC short".wrapped(16, indent: 1)
                == ["Order rejected:", " margin 1,234.56", " USDC short"])
        #expect("sold 123456789012345678 lots".wrapped(10, indent: 2) == ["sold", "  123456789012345678", "  lots"])
    }

    /// `putWrapped` writes the lines inside its rect, stops at the rect's bottom and says where it
    /// stopped, so a panel can go on below a sentence.
    @Test func putWrappedFillsTheRectDownwardAndStopsAtItsBottom() {
        var canvas = Canvas(width: 14, height: 4)
        let rect = Rect(x: 1, y: 1, width: 12, height: 2)
        let next = canvas.putWrapped("keepers earned 1,234.56 USDC today", in: rect, y: 1)
        #expect(next == 3)
        #expect(canvas.row(1).hasPrefix(" keepers "))
        #expect(canvas.row(2).hasPrefix("   earned "))
        #expect(canvas.row(3).allSatisfy { $0 == " " }, "the third line is below the rect")
    }

    @Test func spacesAtTheStartOfALineAreDropped() {
        #expect(" a  b".wrapped(3, indent: 0) == ["a ", "b"])
    }

    @Test func randomTextWrapsWithoutLosingWords() async {
        let words = Gen.element(of: ["", "a", "BTC", "1,234.56", "USDC", "liquidated", "▲", "é", "0.00012345"])
            .array(of: 0...30).map { $0.compactMap { $0 } }
        let inputs = zip(words, Gen<Int>.int(in: 1...30), Gen<Int>.int(in: 0...6))
        await propertyCheck(count: 500, input: inputs) { words, width, indent in
            let text = words.joined(separator: " ")
            let lines = text.wrapped(width, indent: indent)
            let prefix = String(repeating: " ", count: max(0, min(indent, width - 1)))
            for (index, line) in lines.enumerated() {
                let body = index == 0 ? Substring(line) : line.dropFirst(prefix.count)
                #expect(line.count <= width || !body.contains(" "), "\(line) is wider than \(width)")
                if index > 0 { #expect(line.hasPrefix(prefix)) }
            }
            let rejoined = lines.enumerated().map { $0 == 0 ? Substring($1) : $1.dropFirst(prefix.count) }
            let kept = rejoined.joined(separator: " ").split(separator: " ").map(String.init)
            let expected: [String] = words.filter { !$0.isEmpty }
            #expect(text.count <= width ? lines == [text] : kept == expected)
        }
    }
}
