import Testing

@testable import TerminalKit

@Suite("Rect")
struct RectTests {
    @Test func edgesInsetAndIntersection() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 4)
        #expect(rect.maxX == 12 && rect.maxY == 7)
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 2))
        #expect(rect.inset(by: 3).isEmpty)
        #expect(rect.intersection(Rect(x: 10, y: 0, width: 5, height: 5)) == Rect(x: 10, y: 3, width: 2, height: 2))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).width == 0)
    }

    @Test func fixedColumnsKeepTheirWidthAndZeroSharesTheRestEqually() {
        let columns = Rect(x: 0, y: 1, width: 20, height: 5).splitColumns([4, 0, 3, 0])
        #expect(columns.map(\.width) == [4, 7, 3, 6])
        #expect(columns.map(\.x) == [0, 4, 11, 14])
        #expect(columns.allSatisfy { $0.y == 1 && $0.height == 5 })
    }

    @Test func rowsFollowTheSameRuleAndClipWhenSpaceRunsOut() {
        let rows = Rect(x: 0, y: 0, width: 8, height: 6).splitRows([1, 4, 3, 0])
        #expect(rows.map(\.height) == [1, 4, 1, 0])
        #expect(rows.map(\.y) == [0, 1, 5, 6])
    }
}
