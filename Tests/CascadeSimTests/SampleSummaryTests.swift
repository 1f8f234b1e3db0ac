import Testing

@testable import CascadeSim

/// The mean and 95% interval `cascade sweep` prints, against values worked by hand.
@Suite struct SampleSummaryTests {
    /// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, s = √(32/7) = 2.13809, n 8, t(7) 2.365 →
    /// 2.365 × 2.13809 ÷ √8 = 1.78777.
    @Test func theIntervalUsesStudentsTForASmallSample() throws {
        let summary = SampleSummary([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(summary.count == 8 && summary.mean == 5 && summary.range == 2...9)
        let half = try #require(summary.halfWidth)
        #expect(abs(half - 1.78777) < 0.00001, "\(half)")
    }

    @Test func oneValueHasNoIntervalAndNoneHasNoRange() {
        #expect(SampleSummary([3]).halfWidth == nil && SampleSummary([3]).mean == 3)
        #expect(SampleSummary([]).range == nil && SampleSummary([]).mean == 0)
    }

    @Test func largeSamplesTendToTheNormalQuantile() {
        #expect(SampleSummary.tQuantile(degreesOfFreedom: 1) == 12.706)
        #expect(SampleSummary.tQuantile(degreesOfFreedom: 199) == 1.980)
        #expect(SampleSummary.tQuantile(degreesOfFreedom: 5_000) == 1.960)
    }
}
