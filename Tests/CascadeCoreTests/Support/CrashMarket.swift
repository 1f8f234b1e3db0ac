@testable import CascadeCore

/// Seeded crash markets on BTC-PERP: accounts 1–2 quote a ladder around the oracle (clamped to 3%
/// of the mark, inside the 5% band), 3–24 take positions at 5–50x, cross or isolated, with 1,000–
/// 20,000 USDC; the oracle walks ±0.5% and now and then gaps down 6–20% (the makers pull their
/// quotes first, so the book is thin) or up 6–12%. The clock moves 1–40 s a step.
struct CrashMarket {
    private var random: SplitMix64
    private var oracle: Int64 = 600_000
    private var time: SimTime = 0
    private let btc = InstrumentID(0)

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func setup() -> [Command] {
        var commands: [Command] = [quote()]
        for maker in [1, 2] as [UInt32] {
            commands.append(.deposit(AccountID(maker), .usdc, Money(units: 50_000_000 * 1_000_000)))
        }
        for trader in UInt32(3)...24 {
            let id = AccountID(trader)
            commands.append(
                .deposit(id, .usdc, Money(units: Int64.random(in: 1_000...20_000, using: &random) * 1_000_000)))
            commands.append(.setMarginMode(id, btc, Bool.random(using: &random) ? .cross : .isolated))
            commands.append(.setLeverage(id, btc, [5, 10, 20, 25, 50].randomElement(using: &random)!))
        }
        return commands
    }

    mutating func next(_ exchange: Exchange) -> [Command] {
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<40:
            let trader = AccountID(UInt32.random(in: 3...24, using: &random))
            let size = exchange.account(trader)?.positions[InstrumentID(0)].size ?? 0
            let closing = size != 0 && Int.random(in: 0..<4, using: &random) == 0
            let side: Side = closing ? (size > 0 ? .sell : .buy) : (Bool.random(using: &random) ? .buy : .sell)
            let lots = closing ? abs(size) : Int64.random(in: 20...800, using: &random)
            return [
                .place(
                    NewOrder(
                        account: trader, instrument: btc, side: side, quantity: Quantity(lots: lots),
                        limit: nil, reduceOnly: closing))
            ]
        case 40..<65:
            return ladder(exchange, maker: UInt32.random(in: 1...2, using: &random))
        case 65..<85:
            oracle += Int64.random(in: -oracle / 100...oracle / 100, using: &random)
            return [tick(), quote()]
        case 85..<92:
            oracle -= oracle * Int64.random(in: 2...20, using: &random) / 100
            return [.cancelAll(AccountID(1), nil), .cancelAll(AccountID(2), nil), quote()]
        case 92..<95:
            oracle += oracle * Int64.random(in: 6...12, using: &random) / 100
            return [.cancelAll(AccountID(1), nil), .cancelAll(AccountID(2), nil), quote()]
        default:
            return [tick(maximum: 40 * .second), quote()]
        }
    }

    /// Four levels a side, 0.1%–1.2% from a center that follows the oracle within 3% of the mark.
    private mutating func ladder(_ exchange: Exchange, maker: UInt32) -> [Command] {
        let mark = exchange.mark(btc)?.price.ticks ?? oracle
        let center = min(max(oracle, mark * 97 / 100), mark * 103 / 100)
        var commands: [Command] = [.cancelAll(AccountID(maker), btc)]
        for level in 1...4 {
            let offset = center * Int64(level * 3) / 1_000
            for side in [Side.buy, .sell] {
                let ticks = side == .buy ? center - offset : center + offset
                commands.append(
                    .place(
                        NewOrder(
                            account: AccountID(maker), instrument: btc, side: side,
                            quantity: Quantity(lots: Int64.random(in: 50...600, using: &random)),
                            limit: Price(ticks: ticks))))
            }
        }
        return commands
    }

    private mutating func tick(maximum: SimTime = 5 * .second) -> Command {
        time += SimTime.random(in: 1 * .second...maximum, using: &random)
        return .advanceTime(to: time)
    }

    private func quote() -> Command { .oracle(btc, [OracleQuote(source: 0, price: Price(ticks: oracle), time: time)]) }
}
