import Testing

@testable import CascadeCore

/// `Position.apply(fill:at:on:)`: cost basis, realised PnL and average entry, hand-computed on
/// BTC-PERP (tick 0.1 USD, lot 0.001 BTC: one tick-lot is 100 micro-USDC) and on BTC-USD-INV
/// (1 USD contracts, tick 0.5 USD, BTC in 10⁻¹² units). Conventions follow
/// shared/reference/exchange-mechanics.md (uPnL = side × q × (MP − EP); inverse value = contracts ÷
/// price); the inverse example is BitMEX's, restated in §2.2.
@Suite("Position accounting")
struct PositionAccountingTests {
    private let btc = Instrument.btcPerp
    private let inverse = Instrument.btcUsdInverse

    /// USD with one decimal, as BTC-PERP ticks.
    private func usd(_ dollars: Int64, tenths: Int64 = 0) -> Price { Price(ticks: dollars * 10 + tenths) }

    /// Unrealised PnL at `price`, the way the exchange values it.
    private func unrealized(_ position: Position, at price: Price, on instrument: Instrument) -> Money {
        Money(
            units: instrument.pnlDirection * (instrument.value(of: position.size, at: price) - position.costBasis).units
        )
    }

    @Test func openingAndAddingAccumulateTheCostBasis() {
        var position = Position()
        // Buy 0.010 BTC at 60,000: cost 600 USDC.
        let open = position.apply(fill: 10, at: usd(60_000), on: btc)
        #expect(open == FillEffect(realizedPnL: .zero, closedLots: 0, openedLots: 10))
        #expect(position.size == 10 && position.costBasis == Money(units: 600_000_000))
        #expect(position.averageEntryPrice(on: btc) == usd(60_000))
        // Add 0.010 BTC at 61,000: cost 1,210 USDC for 0.020 BTC, average 60,500.
        let add = position.apply(fill: 10, at: usd(61_000), on: btc)
        #expect(add == FillEffect(realizedPnL: .zero, closedLots: 0, openedLots: 10))
        #expect(position.size == 20 && position.costBasis == Money(units: 1_210_000_000))
        #expect(position.averageEntryPrice(on: btc) == usd(60_500))
        #expect(position.realizedPnL == .zero)
    }

    @Test func partialAndFullCloseRealiseAgainstTheAverageEntry() {
        var position = Position()
        _ = position.apply(fill: 10, at: usd(60_000), on: btc)
        _ = position.apply(fill: 10, at: usd(61_000), on: btc)
        // Sell 0.005 BTC at 62,000: 0.005 × (62,000 − 60,500) = +7.5 USDC; 15/20 of the cost stays.
        let partial = position.apply(fill: -5, at: usd(62_000), on: btc)
        #expect(partial == FillEffect(realizedPnL: Money(units: 7_500_000), closedLots: 5, openedLots: 0))
        #expect(position.size == 15 && position.costBasis == Money(units: 907_500_000))
        #expect(position.averageEntryPrice(on: btc) == usd(60_500))
        // Sell the remaining 0.015 BTC at 60,000: 0.015 × (60,000 − 60,500) = −7.5 USDC.
        let full = position.apply(fill: -15, at: usd(60_000), on: btc)
        #expect(full == FillEffect(realizedPnL: Money(units: -7_500_000), closedLots: 15, openedLots: 0))
        #expect(position.isFlat && position.costBasis == .zero)
        #expect(position.averageEntryPrice(on: btc) == nil)
        #expect(position.realizedPnL == .zero)
    }

    @Test func aShortGainsWhenThePriceFalls() {
        var position = Position()
        _ = position.apply(fill: -20, at: usd(60_000), on: btc)
        #expect(position.costBasis == Money(units: -1_200_000_000))
        #expect(position.averageEntryPrice(on: btc) == usd(60_000))
        // Buy back 0.008 BTC at 59,000: 0.008 × 1,000 = +8 USDC.
        let effect = position.apply(fill: 8, at: usd(59_000), on: btc)
        #expect(effect == FillEffect(realizedPnL: Money(units: 8_000_000), closedLots: 8, openedLots: 0))
        #expect(position.size == -12 && position.costBasis == Money(units: -720_000_000))
    }

    /// A fill through zero closes the whole position (realising its PnL) and opens the rest at the
    /// fill price.
    @Test func aFlipRealisesTheClosedPartAndRestartsTheCostAtTheFillPrice() {
        var position = Position()
        _ = position.apply(fill: 10, at: usd(60_000), on: btc)
        // Sell 0.025 BTC at 61,000: +0.010 × 1,000 = +10 USDC, then short 0.015 at 61,000.
        let flip = position.apply(fill: -25, at: usd(61_000), on: btc)
        #expect(flip == FillEffect(realizedPnL: Money(units: 10_000_000), closedLots: 10, openedLots: 15))
        #expect(position.size == -15 && position.costBasis == Money(units: -915_000_000))
        #expect(position.averageEntryPrice(on: btc) == usd(61_000))
        // And back again: buy 0.020 at 60,000 → +0.015 × 1,000 = +15 USDC, long 0.005 at 60,000.
        let back = position.apply(fill: 20, at: usd(60_000), on: btc)
        #expect(back == FillEffect(realizedPnL: Money(units: 15_000_000), closedLots: 15, openedLots: 5))
        #expect(position.size == 5 && position.costBasis == Money(units: 300_000_000))
        #expect(position.realizedPnL == Money(units: 25_000_000))
    }

    /// The average entry is derived from the exact cost basis and truncated to a tick; the rounding of
    /// a partial close stays in the cost basis of what remains.
    @Test func averageEntryIsDerivedAndRoundingStaysInTheCostBasis() {
        var position = Position()
        _ = position.apply(fill: 1, at: usd(60_000), on: btc)
        _ = position.apply(fill: 2, at: usd(60_000, tenths: 1), on: btc)
        // 180,000,200 units for 3 lots: 60,000.0667 → 60,000.0.
        #expect(position.costBasis == Money(units: 180_000_200))
        #expect(position.averageEntryPrice(on: btc) == usd(60_000))
        // Sell 1 lot at 60,000.1: kept cost ⌊180,000,200 × 2/3⌋ = 120,000,133; realised 33 units.
        let effect = position.apply(fill: -1, at: usd(60_000, tenths: 1), on: btc)
        #expect(effect.realizedPnL == Money(units: 33))
        #expect(position.costBasis == Money(units: 120_000_133))
        #expect(position.averageEntryPrice(on: btc) == usd(60_000))
        // Closing the rest at the same price realises the other 67 units: 100 in all, = 1 lot × 1 tick.
        let rest = position.apply(fill: -2, at: usd(60_000, tenths: 1), on: btc)
        #expect(rest.realizedPnL == Money(units: 67))
        #expect(position.realizedPnL == Money(units: 100))
    }

    /// BitMEX (§2.2 "BitMEX (no premium)"): long 15,000 XBTUSD at 750, closed at 800:
    /// 15,000 × (1/750 − 1/800) = 1.25 BTC. Each contract's value is rounded down to 10⁻¹² BTC once,
    /// so the result lies within one satoshi (10,000 units) of 1.25 BTC.
    @Test func inverseLongClosedHigherGainsBitcoin() {
        var position = Position()
        let entry = Price(ticks: 1_500)  // 750 USD in 0.5 USD ticks
        _ = position.apply(fill: 15_000, at: entry, on: inverse)
        // 15,000 / 750 = 20 BTC of contracts (BitMEX: "→ 20 XBT"), less the per-contract rounding.
        #expect(position.costBasis == Money(units: 15_000 * 1_333_333_333))
        #expect(position.averageEntryPrice(on: inverse) == entry)
        let effect = position.apply(fill: -15_000, at: Price(ticks: 1_600), on: inverse)
        let exact: Int64 = 1_250_000_000_000
        #expect(abs(effect.realizedPnL.units - exact) <= 10_000)
        #expect(effect.realizedPnL == Money(units: 1_249_999_995_000))
        #expect(position.isFlat && position.costBasis == .zero)
    }

    @Test func inverseShortGainsAsThePriceFalls() {
        var position = Position()
        _ = position.apply(fill: -8_000, at: Price(ticks: 1_600), on: inverse)  // short 8,000 USD at 800
        // Buy back at 640: 8,000 × (1/640 − 1/800) = 12.5 − 10 = 2.5 BTC, exactly (both values exact).
        let effect = position.apply(fill: 8_000, at: Price(ticks: 1_280), on: inverse)
        #expect(effect.realizedPnL == Money(units: 2_500_000_000_000))
    }

    /// Equity (realised plus unrealised at mark) is unchanged, to the unit, by a fill at the mark: the
    /// closed share's rounding stays in the remaining cost basis. Seeded random fills, linear and inverse.
    @Test(arguments: [0, 2], 0..<UInt64(4))
    func equityIsConservedAcrossAFillAtTheMark(instrumentIndex: Int, seed: UInt64) {
        let instrument = Instrument.catalog[instrumentIndex]
        var random = SplitMix64(seed: seed)
        var position = Position()
        var price: Int64 = instrument.kind == .linear ? 600_000 : 40_000
        for step in 0..<400 {
            price = max(1, price + Int64.random(in: -(price / 100)...(price / 100), using: &random))
            let mark = Price(ticks: price)
            let before = unrealized(position, at: mark, on: instrument)
            let lots = Int64.random(in: 1...5_000, using: &random) * (Bool.random(using: &random) ? 1 : -1)
            let effect = position.apply(fill: lots, at: mark, on: instrument)
            let after = unrealized(position, at: mark, on: instrument)
            #expect(effect.realizedPnL + after == before, "step \(step): \(lots) lots at \(price)")
            #expect(effect.closedLots + effect.openedLots == abs(lots))
        }
    }

    /// Through the exchange's own valuation: wallet + uPnL at the mark changes by exactly −fee.
    @Test func walletPlusUnrealisedMovesOnlyByTheFee() {
        var position = Position()
        _ = position.apply(fill: 7, at: usd(60_123, tenths: 4), on: btc)
        var wallet = Money(units: 1_000_000_000)
        let mark = usd(60_321, tenths: 7)
        let before = wallet + unrealized(position, at: mark, on: btc)
        let effect = position.apply(fill: -3, at: mark, on: btc)
        let fee = btc.takerFee.of(btc.notional(of: 3, at: mark), rounding: .up)
        wallet += effect.realizedPnL - fee
        #expect(wallet + unrealized(position, at: mark, on: btc) == before - fee)
    }
}
