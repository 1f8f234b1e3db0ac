import Testing

@testable import CascadeBench

@Suite("Portfolio margin benchmark")
struct PortfolioBenchmarkTests {
    @Test func jsonNamesEveryFigureAndTheFiguresArePositive() {
        let result = PortfolioBenchmark.run(evaluations: 200)
        #expect(result.positions == 20)
        #expect(result.scenarios == 24)
        #expect(result.meanNanoseconds > 0 && result.p50 > 0 && result.p99 >= result.p50 && result.max >= result.p99)
        #expect(result.initialMargin > 0)
        let line = result.jsonLine
        let keys = [
            "name", "positions", "scenarios", "evaluations", "ns_per_evaluation", "p50_ns", "p99_ns", "max_ns",
            "initial_margin",
        ]
        var rest = Substring(line)
        for key in keys {
            let range = rest.range(of: "\"\(key)\":")
            #expect(range != nil, "\(key) missing or out of order in \(line)")
            if let range { rest = rest[range.upperBound...] }
        }
        #expect(line.hasPrefix("{\"name\":\"portfolio-margin\","))
        #expect(line.hasSuffix("}"))
    }

    @Test func portfolioMixesExpiriesRightsSidesAndPerps() {
        let positions = PortfolioBenchmark.portfolio()
        var days: Set<Double> = []
        var perps = 0
        var (longs, shorts, calls, puts) = (0, 0, 0, 0)
        for position in positions {
            if position.size > 0 { longs += 1 } else { shorts += 1 }
            switch position.contract {
            case .perpetual: perps += 1
            case .option(let right, _, let expiry, _):
                days.insert(expiry)
                if right == .call { calls += 1 } else { puts += 1 }
            }
        }
        #expect(positions.count == 20 && perps == 2 && days == [1, 7, 30, 60])
        #expect(longs > 0 && shorts > 0 && calls > 0 && puts > 0)
    }
}
