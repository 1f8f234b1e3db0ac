/// What the exchange knows about its own fragility in one instrument, in its settlement asset: the
/// predictive model's inputs, gathered at each review.
public struct MarginFragility: Sendable, Hashable {
    /// Notional (at mark) of positions whose liquidation price lies within the band around the mark:
    /// what a move of the band's size would hand to the liquidation engine.
    public var nearLiquidation: Money
    /// Open interest (one side) at mark.
    public var openInterest: Money
    /// Insurance fund (the instrument's pool) plus the backstop vault's wallet in the asset.
    public var capacity: Money
    /// Resting bids and asks within the band around the mark, at mark.
    public var depth: Money
    /// The band, as a share of the mark (`MarginModelParameters.band`).
    public var band: Rate

    /// The figures as given.
    public init(nearLiquidation: Money, openInterest: Money, capacity: Money, depth: Money, band: Rate) {
        self.nearLiquidation = nearLiquidation
        self.openInterest = openInterest
        self.capacity = capacity
        self.depth = depth
        self.band = band
    }

    /// No fragility: nothing near liquidation.
    public static let none = MarginFragility(
        nearLiquidation: .zero, openInterest: .zero, capacity: .zero, depth: .zero, band: .zero)

    /// Share of open interest within the band of liquidation, 0…1. A crowd of positions that one move
    /// liquidates together is how cascades start (the reference's liquidation-heatmap method; dYdX
    /// scales initial margin with open interest for the same reason).
    public var concentration: Double {
        guard nearLiquidation.units > 0 else { return 0 }
        return Swift.min(1, Double(nearLiquidation.units) / Double(Swift.max(1, openInterest.units)))
    }

    /// How far insurance fund plus backstop fall short of the loss near-liquidation positions could
    /// leave if closed a band's width beyond their price, 0…1 (0 when they cover it). CME SPAN 2 adds a
    /// concentration charge for positions the clearing house could not absorb.
    public var capacityShortfall: Double {
        let demand = Double(nearLiquidation.units) * Double(band.units) / Double(Rate.one)
        guard demand > 0 else { return 0 }
        return Swift.max(0, Swift.min(1, 1 - Double(Swift.max(0, capacity.units)) / demand))
    }

    /// Near-liquidation notional against the book's depth within the band, 0…1: 1 when liquidating it
    /// would sweep the book (the reference's liquidity term c·q·p / D₁%; SPAN 2's liquidity charge).
    public var thinness: Double {
        guard nearLiquidation.units > 0 else { return 0 }
        return Swift.min(1, Double(nearLiquidation.units) / Double(Swift.max(1, depth.units)))
    }

    /// The predictive add-on A = w_c·concentration + w_k·capacityShortfall + w_d·thinness; the
    /// requirement is the volatility rate × (1 + A). Each term is bounded by 1, so A by the weights' sum.
    public func addOn(_ parameters: MarginModelParameters) -> Double {
        parameters.concentrationWeight * concentration + parameters.capacityWeight * capacityShortfall
            + parameters.depthWeight * thinness
    }
}
