import Testing

@testable import CascadeCore

/// The waterfall styles on one hand-computed position (Support/LiquidationDesks.swift `isolatedLong`:
/// account 1 long 0.1 BTC at 60,000, 10x isolated, margin 597, wallet 9,400, LP 54,246.9, BK 54,030.0;
/// account 2 is the 0.1 BTC short on the other side, account 3 bids).
///
/// A gap to a mark of 53,500 leaves equity 597 − 650 = −53: bankrupt, past ⅔ MM, so every style closes
/// the whole position at once. Account 3's bid at 53,300.0 lies 1.35% beyond bankruptcy: outside
/// Hyperliquid's 1% bound, inside the price band and dYdX's fillable price (53,500 × (1 − 1.5 × 0.4%) =
/// 53,179). A lot filled there loses 0.001 × (54,030 − 53,300) = 0.73 against bankruptcy plus a taker
/// fee of 0.05% × 53.3 = 0.02665: 0.75665 a lot, 75.665 for the position.
@Suite("Liquidation styles")
struct LiquidationStyleTests {
    typealias D = ExchangeDesk
    static let btc = D.btcPerp
    static let fundStyles: [LiquidationStyle] = [.binance, .bybit, .bitmex, .dydx]

    /// The desk under `style`, with a fund of `fund` and the bid at `bid` ticks for 0.1 BTC.
    static func desk(
        _ style: LiquidationStyle, fund: Int64 = 1_000, bid: Int64? = 533_000,
        _ configure: (inout LiquidationRules) -> Void = { _ in }
    ) -> ExchangeDesk {
        var desk = D.isolatedLong {
            $0.style = style
            $0.insuranceFundWholeUnits = fund
            configure(&$0)
        }
        if let bid { _ = desk.limit(3, .buy, lots: 100, ticks: bid) }
        return desk
    }

    /// The oracle (and with it the mark) moves to `ticks`.
    static func gap(_ ticks: Int64, _ desk: inout ExchangeDesk) -> [Event] {
        apply(.oracle(btc, [OracleQuote(source: 0, price: Price(ticks: ticks), time: desk.exchange.now)]), &desk)
    }

    static func steps(_ events: [Event]) -> [LiquidationStep] { LiquidationStepTests.steps(events) }

    static func payments(_ events: [Event]) -> [FundPayment] {
        steps(events).compactMap { if case .insuranceFund(let payment) = $0 { payment } else { nil } }
    }

    static func deleveraged(_ events: [Event]) -> Int64 {
        steps(events).reduce(0) { total, step in
            if case .autoDeleveraged(_, _, _, let quantity, _) = step { total + quantity.lots } else { total }
        }
    }

    /// Applies `command`, checking the ledger after it; returns its events.
    static func apply(_ command: Command, _ desk: inout ExchangeDesk) -> [Event] {
        let events = desk.run(command)
        #expect(desk.exchange.ledgerDiscrepancy(asset: D.usdc) == .zero, "after \(command)")
        #expect(desk.balances)
        return events
    }

    /// The fill 1.35% beyond bankruptcy is the fund's: it pays 75.665 to the unit, the trader ends
    /// with exactly the 9,400 outside the position, and nobody is deleveraged. (BitMEX: the engine
    /// takes the position over at bankruptcy, then sells it at 53,300; the payment names the engine.)
    @Test(arguments: fundStyles)
    func aFillWorseThanBankruptcyIsPaidByTheFundToTheUnit(style: LiquidationStyle) {
        var desk = Self.desk(style)
        let events = Self.gap(535_000, &desk)
        let payments = Self.payments(events)
        #expect(payments.reduce(Money.zero) { $0 + $1.change } == D.usdc("-75.665"))
        #expect(payments.last?.balance == D.usdc("924.335"))
        #expect(payments.allSatisfy { $0.reason == .fills && $0.instrument == Self.btc })
        #expect(desk.exchange.fundBalance(desk.exchange.fundID(for: Self.btc)) == D.usdc("924.335"))
        #expect(Self.deleveraged(events) == 0)
        #expect(desk.position(1).isFlat && desk.wallet(1) == D.usdc("9400"))
        #expect(desk.position(3).size == 100)
        #expect(desk.exchange.ledgers[D.usdc].badDebt == .zero)
        let takeovers = Self.steps(events).filter { if case .fundTakeover = $0 { true } else { false } }
        #expect(takeovers.count == (style == .bitmex ? 1 : 0))
    }

    /// The same gap under Hyperliquid's style: the bid is beyond the 1% bound, the vault has no
    /// capital, so the position is deleveraged though the fund holds 1,000 (the style that says so).
    @Test func hyperliquidDeleveragesWhatItsBoundAndVaultCannotTake() {
        var desk = Self.desk(.hyperliquid)
        let events = Self.gap(535_000, &desk)
        #expect(Self.deleveraged(events) == 100)
        #expect(Self.payments(events).allSatisfy { $0.change.units >= 0 })
        #expect(desk.position(3).isFlat)
    }

    /// A fund of 50 pays for ⌊50 ÷ 0.75665⌋ = 66 lots (49.9389); it cannot carry the other 34, which
    /// are deleveraged against account 2's short at bankruptcy (BitMEX: too small to take the whole
    /// position over, the engine closes what the fund can pay for). dYdX: a fund of 1,000 with a loss
    /// limit of 50 per liquidation stops at the same place. Bybit: a floor of 960 leaves 40, ⌊40 ÷
    /// 0.75665⌋ = 52 lots.
    @Test(arguments: [
        (LiquidationStyle.binance, Int64(50), Int64(66)), (.bitmex, 50, 66), (.dydx, 1_000, 66), (.bybit, 1_000, 52),
    ])
    func whatTheFundCannotCoverIsDeleveraged(style: LiquidationStyle, fund: Int64, filled: Int64) {
        var desk = Self.desk(style, fund: fund) {
            $0.fundLossLimitWholeUnits = 50
            $0.fundFloorWholeUnits = style == .bybit ? 960 : 0
        }
        let events = Self.gap(535_000, &desk)
        #expect(desk.position(3).size == filled)
        #expect(Self.deleveraged(events) == 100 - filled)
        #expect(desk.position(2).size == -filled)
        let paid = Self.payments(events).filter { $0.reason == .fills }.reduce(Money.zero) { $0 + $1.change }
        #expect(paid == Money(units: -756_650 * filled))
        #expect(desk.exchange.ledgers[D.usdc].badDebt == .zero)
        #expect(desk.position(1).isFlat && desk.wallet(1) == D.usdc("9400"))
    }

    /// A fill better than bankruptcy: mark 54,200 (below LP, equity 17 above ⅔ MM), account 3 bids
    /// 54,150 (inside dYdX's fillable price, 54,200 × (1 − 1.5 × 0.4% × 4.68 ÷ 21.68) = 54,129.8).
    /// Every style closes there and the fund keeps 0.1 × (54,150 − 54,030) − 2.7075 fee = 9.2925
    /// (dYdX: at most 1.5% of the notional, far above it); the trader keeps 9,400.
    @Test(arguments: LiquidationStyle.allCases)
    func theFundKeepsTheSurplusOfABetterFill(style: LiquidationStyle) {
        var desk = Self.desk(style, bid: 541_500)
        let events = Self.gap(542_000, &desk)
        #expect(Self.payments(events).reduce(Money.zero) { $0 + $1.change } == D.usdc("9.2925"))
        #expect(desk.exchange.ledgers[D.usdc].insuranceFund == D.usdc("1009.2925"))
        #expect(Self.deleveraged(events) == 0)
        #expect(desk.position(1).isFlat && desk.wallet(1) == D.usdc("9400"))
    }

    /// With no bid at all the fund's engine takes the position over at bankruptcy instead of ADL, holds
    /// it (its loss at the mark, 53, plus maintenance 21.4 is within 1,000), and sells when a bid comes:
    /// 0.1 × (54,030 − 53,400) + 2.67 fee = 65.67 paid by the fund.
    @Test(arguments: [LiquidationStyle.binance, .bybit, .bitmex])
    func theFundsEngineHoldsWhatTheBookCannotTakeAndWorksItLater(style: LiquidationStyle) {
        var desk = Self.desk(style, bid: nil)
        let engine = desk.exchange.configuration.liquidation.backstopAccount
        var events = Self.gap(535_000, &desk)
        #expect(Self.deleveraged(events) == 0)
        #expect(desk.position(engine.rawValue).size == 100 && desk.position(1).isFlat)
        #expect(desk.wallet(1) == D.usdc("9400"))
        events = Self.apply(.advanceTime(to: 2 * .second), &desk)
        #expect(events.isEmpty)
        events = desk.limit(3, .buy, lots: 100, ticks: 534_000)
        events += Self.apply(.advanceTime(to: 4 * .second), &desk)
        #expect(desk.position(engine.rawValue).isFlat && desk.position(3).size == 100)
        #expect(Self.payments(events).reduce(Money.zero) { $0 + $1.change } == D.usdc("-65.67"))
        #expect(desk.exchange.ledgers[D.usdc].insuranceFund == D.usdc("934.33"))
        #expect(desk.wallet(engine.rawValue) == .zero)
    }

    /// The engine holds 0.1 BTC taken at 54,030 with a fund of 100; the mark falls to 50,000: the fund
    /// can no longer carry the loss of 403, so the engine's position is deleveraged at the mark against
    /// account 2; the fund pays its 100 and the other 303 is bad debt, recorded against the engine.
    @Test func anEngineTheFundCannotCarryIsDeleveraged() {
        var desk = Self.desk(.binance, fund: 100, bid: nil)
        let engine = desk.exchange.configuration.liquidation.backstopAccount
        _ = Self.gap(535_000, &desk)
        #expect(desk.position(engine.rawValue).size == 100)
        var events = Self.gap(500_000, &desk)
        events += Self.apply(.advanceTime(to: 2 * .second), &desk)
        #expect(Self.deleveraged(events) == 100)
        #expect(desk.position(engine.rawValue).isFlat && desk.position(2).isFlat)
        #expect(desk.exchange.ledgers[D.usdc].insuranceFund == .zero)
        #expect(desk.exchange.ledgers[D.usdc].badDebt == D.usdc("303"))
    }

    /// Bybit's per-contract pools: each USDC contract starts with its own 1,000, and BTC-PERP's
    /// liquidation is paid from its pool alone; the ledger's fund is their sum.
    @Test func aContractPoolPaysForItsOwnContractOnly() {
        var desk = Self.desk(.bybit) { $0.perContractFunds = true }
        let exchange = desk.exchange
        let pools = exchange.markets.indices.filter { exchange.assetID(of: $0) == D.usdc }
        let eth = D.ethPerp
        #expect(exchange.fundID(for: Self.btc) == InsuranceFundID(asset: D.usdc, contract: Self.btc))
        #expect(exchange.ledgers[D.usdc].insuranceFund == Money(units: 1_000_000_000 * Int64(pools.count)))
        _ = Self.gap(535_000, &desk)
        #expect(desk.exchange.fundBalance(desk.exchange.fundID(for: Self.btc)) == D.usdc("924.335"))
        #expect(desk.exchange.fundBalance(desk.exchange.fundID(for: eth)) == D.usdc("1000"))
        #expect(desk.exchange.fundBalance(InsuranceFundID(asset: D.usdc)) == .zero)
        #expect(
            desk.exchange.ledgers[D.usdc].insuranceFund
                == Money(units: 1_000_000_000 * Int64(pools.count)) - D.usdc("75.665"))
    }

    /// A per-symbol style beats the exchange's: ETH-PERP under BitMEX's while BTC-PERP keeps Hyperliquid's.
    @Test func aSymbolCanHaveItsOwnStyle() {
        var configuration = ExchangeConfiguration()
        configuration.liquidation.styleBySymbol = ["ETH-PERP": .bitmex]
        let exchange = Exchange(configuration: configuration)
        #expect(exchange.liquidationStyles[D.btcPerp] == .hyperliquid)
        #expect(exchange.liquidationStyles[D.ethPerp] == .bitmex)
    }
}
