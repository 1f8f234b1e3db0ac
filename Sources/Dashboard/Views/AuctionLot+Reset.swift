import CascadeCore
import Foundation

extension AuctionLot {
    /// Seconds after the round's start at which it first needs a reset: past `tail`, or once the
    /// curve falls below `cusp × top`, whichever comes first (in doubles: for display only).
    static func resetAfter(_ rules: AuctionRules) -> Int64 {
        let cusp = Double(rules.cusp.units) / Double(Rate.one)
        let cuspSeconds: Int64? =
            switch rules.curve {
            case .stairstep(let cut, let step):
                steps(below: cusp, cut: cut).map { $0 * max(1, step) }
            case .exponential(let cut):
                steps(below: cusp, cut: cut)
            case .linear(let tau):
                Int64(Double(tau) * (1 - cusp)) + 1
            }
        return min(rules.tail + 1, cuspSeconds ?? rules.tail + 1)
    }

    /// The fewest whole steps after which `cut^steps < cusp`; nil when the curve never gets there.
    private static func steps(below cusp: Double, cut: Rate) -> Int64? {
        let factor = Double(cut.units) / Double(Rate.one)
        guard factor < 1, factor > 0, cusp > 0 else { return nil }
        return Int64((log(cusp) / log(factor)).rounded(.down)) + 1
    }

    /// Milliseconds until the round needs a reset at `now` (zero once it does).
    func timeToReset(at now: SimTime, rules: AuctionRules) -> SimTime {
        needsReset(at: now, rules: rules) ? 0 : max(0, start + Self.resetAfter(rules) * .second - now)
    }
}
