import CascadeCore
import CascadeSim

/// What `cascade bench liquidation` measured.
public struct LiquidationResult: Sendable {
    /// Open positions the market was built with.
    public var positions: Int
    /// (a) A mark update that crosses nobody, through the liquidation index.
    public var nanosecondsPerTick: Double
    /// (a) The same question answered by checking every position's margin.
    public var scanNanosecondsPerTick: Double
    /// (b) A 10% gap: how many positions it liquidated and how fast.
    public var gapLiquidations: Int
    /// Wall-clock seconds of the single oracle update that makes the gap.
    public var gapSeconds: Double

    /// Two JSON lines, `liquidation-tick` (with the scan ratio) and `liquidation-gap`.
    public var jsonLines: [String] {
        let ratio = scanNanosecondsPerTick / Swift.max(1, nanosecondsPerTick)
        return [
            "{\"name\":\"liquidation-tick\",\"positions\":\(positions),\"ns_per_tick\":\(Int(nanosecondsPerTick.rounded())),"
                + "\"scan_ns_per_tick\":\(Int(scanNanosecondsPerTick.rounded())),\"scan_ratio\":\(Int(ratio.rounded()))}",
            "{\"name\":\"liquidation-gap\",\"positions\":\(positions),\"liquidations\":\(gapLiquidations),"
                + "\"seconds\":\(Double(Int(gapSeconds * 1_000)) / 1_000),"
                + "\"liquidations_per_sec\":\(Int((Double(gapLiquidations) / Swift.max(1e-9, gapSeconds)).rounded()))}",
        ]
    }
}

/// Builds a BTC-PERP market with `positions` open positions (alternately short and long, leverage
/// spread evenly from 2x to 100x), then times mark updates that cross nobody, a naive scan of every
/// position, and a 10% gap, which the backstop vault absorbs.
public enum LiquidationBenchmark {
    /// Builds the market (untimed, one account per position), then times the three measurements.
    public static func run(positions: Int, seed: UInt64) -> LiquidationResult {
        var random = Xoshiro256(seed: seed)
        var configuration = ExchangeConfiguration()
        configuration.instruments = [.btcPerp]
        configuration.maximumAccounts = positions + 1
        configuration.liquidation.backstopCapitalWholeUnits = 100_000_000_000
        var exchange = Exchange(configuration: configuration)
        let btc = InstrumentID(0)
        var events: [Event] = []
        func run(_ command: Command) {
            events.removeAll(keepingCapacity: true)
            exchange.apply(command, events: &events)
        }
        run(.oracle(btc, [OracleQuote(source: 0, price: Price(ticks: 600_000), time: 0)]))
        // Accounts open in pairs: the odd one quotes, the even one takes, so every long has its
        // short and no single counterparty outgrows the instrument's position limit.
        let entry = Price(ticks: 600_000)
        for pair in stride(from: 1, through: positions, by: 2) {
            let lots = Int64.random(in: 10...500, using: &random)
            for (offset, side) in [(1, Side.sell), (0, Side.buy)] where pair + offset <= positions {
                let account = AccountID(UInt32(pair + offset))
                let leverage = 2 + (pair + offset) % 99
                let notional = Instrument.btcPerp.notional(of: lots, at: entry)
                run(.deposit(account, .usdc, Money(units: notional.units / Int64(leverage) + notional.units / 500)))
                run(.setLeverage(account, btc, leverage))
                run(
                    .place(
                        NewOrder(
                            account: account, instrument: btc, clientOrderID: ClientOrderID(1),
                            terms: .limit(side, Quantity(lots: lots), at: entry))))
            }
        }

        let ticks = 2_000
        let start = MatchingBenchmark.now()
        for tick in 0..<ticks {
            run(.oracle(btc, [OracleQuote(source: 0, price: Price(ticks: 600_000 + Int64(tick % 2)), time: 0)]))
        }
        let perTick = Double(MatchingBenchmark.now() - start) / Double(ticks)

        let scans = 3
        let scanStart = MatchingBenchmark.now()
        var crossed = 0
        for _ in 0..<scans { crossed += naiveScan(exchange, positions: positions, instrument: btc) }
        let perScan = Double(MatchingBenchmark.now() - scanStart) / Double(scans)
        precondition(crossed == 0, "a tick that crosses nobody crossed \(crossed) positions")

        let gapStart = MatchingBenchmark.now()
        run(.oracle(btc, [OracleQuote(source: 0, price: Price(ticks: 540_000), time: 0)]))
        let gapSeconds = Double(MatchingBenchmark.now() - gapStart) / 1e9
        let liquidated = events.filter { if case .liquidation(.finished) = $0 { true } else { false } }.count
        return LiquidationResult(
            positions: positions, nanosecondsPerTick: perTick, scanNanosecondsPerTick: perScan,
            gapLiquidations: liquidated, gapSeconds: gapSeconds)
    }

    /// The question the index answers, asked of every position: is its margin at or below
    /// maintenance? Returns how many are.
    @inline(never)
    static func naiveScan(_ exchange: Exchange, positions: Int, instrument: InstrumentID) -> Int {
        var count = 0
        for index in 1...positions {
            guard let risk = exchange.risk(of: AccountID(UInt32(index)), in: instrument) else { continue }
            if risk.marginBalance <= risk.maintenanceMargin { count += 1 }
        }
        return count
    }
}
