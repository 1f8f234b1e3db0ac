@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// A fixed, busy snapshot for view tests: BTC-PERP around 64,000 with a book, trades, candles,
/// series and heatmaps, 24 h volume and the last hour's liquidations, the funds' series, and a user
/// with a long position and an order.
enum SnapshotFixture {
    static let btc = Instrument.btcPerp

    static func snapshot() -> MarketSnapshot {
        var market = InstrumentSnapshot(id: InstrumentID(0), instrument: btc)
        market.last = Price(ticks: 640_005)
        market.mark = Price(ticks: 640_010)
        market.index = Price(ticks: 639_990)
        market.dayAgo = Price(ticks: 620_000)
        market.fundingRate = Rate(units: 10_000)
        market.nextFunding = 8 * .hour
        market.openInterest = 1_250_000
        var bids: [DepthLevel] = []
        var asks: [DepthLevel] = []
        var bidTotal = Quantity.zero
        var askTotal = Quantity.zero
        for level in 0..<30 {
            let size = Quantity(lots: Int64(500 + 150 * level))
            bidTotal += size
            askTotal += size
            bids.append(
                DepthLevel(
                    price: Price(ticks: 640_000 - Int64(level) * 5), quantity: size, orderCount: 3,
                    cumulativeQuantity: bidTotal, holdsAccountOrder: level == 4))
            asks.append(
                DepthLevel(
                    price: Price(ticks: 640_010 + Int64(level) * 5), quantity: size, orderCount: 2,
                    cumulativeQuantity: askTotal, holdsAccountOrder: false))
        }
        market.depth = BookDepth(bids: bids, asks: asks)
        market.trades = (0..<40).map(trade)
        var price: Int64 = 630_000
        market.candles = (0..<200).map { minute in
            let open = price
            price += Int64((minute * 7919) % 1_001) - 480
            return BarRecorder.Bar(
                time: Int64(minute) * 60, open: Price(ticks: open), high: Price(ticks: max(open, price) + 120),
                low: Price(ticks: min(open, price) - 120), close: Price(ticks: price),
                volume: 5_000 + Int64(minute) * 13)
        }
        market.markSeries = market.candles.map { Double($0.close.ticks) / 10 + 1 }
        market.indexSeries = market.candles.map { Double($0.close.ticks) / 10 - 1 }
        market.openInterestSeries = (0..<200).map { 1_200 + Double($0 % 50) }
        market.liquidatedLongs = (0..<200).map { $0 == 150 ? 2_500_000 : Double($0 % 9) * 1_000 }
        market.liquidatedShorts = (0..<200).map { Double($0 % 5) * 800 }
        market.heatmap = HeatmapSeries(columns: (0..<120).map(heatmapColumn))
        market.estimatedHeatmap = HeatmapSeries(columns: Array(market.heatmap.columns.suffix(60)))
        market.volume24h = Money(units: 1_234_000_000_000)
        market.liquidatedLongsLastHour = 2_500_000
        market.liquidatedShortsLastHour = 40_000
        var snapshot = MarketSnapshot(
            version: 1, time: 3 * .hour + 25 * .minute + 7 * .second, scenario: "calm", speed: 1, paused: false,
            instruments: [market, InstrumentSnapshot(id: InstrumentID(1), instrument: .ethPerp)],
            account: account(market), log: log(), insuranceFund: Money(units: 250_126_140_000),
            backstopEquity: Money(units: 2_000_000_000_000))
        snapshot.insuranceSeries = (0..<200).map { 250_000 + Double($0 % 40) * 10 }
        snapshot.backstopSeries = (0..<200).map { 2_000_000 - Double($0) * 5 }
        snapshot.systemLiquidatedLongs = market.liquidatedLongs
        snapshot.systemLiquidatedShorts = market.liquidatedShorts
        return snapshot
    }

    /// Trade `step` of the tape: prices cycle over seven ticks, every third a sell, one liquidation
    /// and one of the user's.
    static func trade(_ step: Int) -> TapeTrade {
        let price = Price(ticks: 640_000 + Int64(step % 7) * 5)
        let quantity = Quantity(lots: Int64(10 + step * 37 % 900))
        let side: Side = step % 3 == 0 ? .sell : .buy
        return TapeTrade(
            time: SimTime(step) * 1_500, price: price, quantity: quantity, side: side, isLiquidation: step == 30,
            isUser: step == 35)
    }

    /// Longs below the middle of 40 buckets, shorts above, varying with the column.
    static func heatmapColumn(_ column: Int) -> HeatmapSeries.Column {
        var longs: [Double] = []
        var shorts: [Double] = []
        for bucket in 0..<40 {
            longs.append(bucket < 20 ? Double((bucket * 31 + column) % 17) * 10_000 : 0)
            shorts.append(bucket >= 20 ? Double((bucket * 13 + column) % 11) * 12_000 : 0)
        }
        return HeatmapSeries.Column(
            time: SimTime(column) * .minute, lowest: Price(ticks: 576_000), width: 3_200, longs: longs, shorts: shorts)
    }

    /// Long 0.5 BTC at 62,000 (cost 31,000 USDC), 10x cross, marked at 64,001; wallet 10,000.
    static func account(_ market: InstrumentSnapshot) -> AccountSnapshot {
        var position = Position()
        position.size = 500
        position.costBasis = Money(units: 31_000_000_000)
        position.leverage = 10
        position.mode = .cross
        let input = PositionRiskInput(
            instrument: btc, size: 500, costBasis: position.costBasis, mark: market.mark!, mode: .cross,
            wallet: Money(units: 10_000_000_000), leverage: 10)
        let risk = PositionRisk(input)
        let snapshot = PositionSnapshot(
            instrument: InstrumentID(0), position: position, risk: risk, deleveragingLevel: 3,
            fundingPerInterval: Money(units: 3_200_050))
        var account = AccountSnapshot(
            wallet: Money(units: 10_000_000_000), equity: risk.marginBalance, unrealizedPnL: risk.unrealizedPnL,
            maintenanceMargin: risk.maintenanceMargin, initialMargin: risk.initialMargin,
            available: risk.availableBalance, marginRatio: risk.marginRatio, positions: [snapshot],
            orders: [
                OrderSnapshot(
                    id: OrderID(77), instrument: InstrumentID(0), side: .buy, price: Price(ticks: 639_980),
                    trigger: nil,
                    quantity: Quantity(lots: 100), reduceOnly: false)
            ])
        account.leverages = [10, 10]
        account.modes = [.cross, .cross]
        return account
    }

    static func log() -> [LogEntry] {
        [
            LogEntry(time: 60_000, kind: .fill, text: "Bought 0.500 BTC-PERP at 62000.0", isUser: true),
            LogEntry(
                time: 120_000, kind: .liquidation, text: "Account 812 liquidated (isolated BTC-PERP)", isUser: false),
            LogEntry(time: 180_000, kind: .rejection, text: "Order rejected: insufficient margin", isUser: true),
        ]
    }

    static func context(state: AppState = AppState(themeName: "default-dark")) -> ViewContext {
        ViewContext(snapshot: snapshot(), state: state, glyphs: .unicode)
    }
}

extension LiquidationStep {
    /// A payment of the shared fund of `asset` for `account` (1 unless said), a remainder unless said.
    static func insuranceFund(
        asset: AssetID, change: Money, balance: Money, account: AccountID = AccountID(1),
        reason: FundPayment.Reason = .remainder
    ) -> LiquidationStep {
        .insuranceFund(
            FundPayment(
                fund: InsuranceFundID(asset: asset), account: account, instrument: nil, reason: reason,
                change: change, balance: balance))
    }
}
