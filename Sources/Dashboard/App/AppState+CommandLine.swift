import CascadeCore
import CascadeSim

extension AppState {
    /// Runs a `:` command: `buy 0.5`, `sell 0.25 limit 64000` (`… post` or `… ioc` for post-only or
    /// immediate-or-cancel), `buy 1 stop 65000`,
    /// `buy 1 BTC-7DEC26-65000-C limit 1200` (any listed instrument by name), `close`, `lev 25`,
    /// `mode cross`, `margin +200`, `cancel all`, `speed 10`, `pause`, `theme NAME`, `scenario NAME`,
    /// `lesson NAME`, `lesson off`, `help`, `quit`. A mistake leaves everything as it was and says why in the status line.
    mutating func runCommand(_ text: String, snapshot: MarketSnapshot?) -> [AppEffect] {
        let words = text.split(separator: " ").map(String.init)
        guard let verb = words.first?.lowercased() else { return [] }
        let user = World.userAccount
        func fail(_ message: String) -> [AppEffect] {
            status = (message.escapingNonPrintable(), true)
            return []
        }
        guard let snapshot else { return fail("the market is still starting") }
        let market = market(in: snapshot)
        let instrumentID = market.id
        switch verb {
        case "buy", "sell":
            var words = words
            // A limit order's time in force, last: `post` (post-only), `ioc` or `gtc` (the default).
            let timeInForce = words.last.flatMap { Self.timesInForce[$0.lowercased()] }
            if timeInForce != nil { words.removeLast() }
            var target: OrderTicket.Target = (instrumentID, market.instrument)
            if words.count == 3 || words.count == 5, !["limit", "stop"].contains(words[2].lowercased()) {
                guard let named = Self.instrument(named: words[2], in: snapshot) else {
                    return fail("no listed instrument '\(words[2])' (options are named like BTC-7DEC26-65000-C)")
                }
                target = named
                words.remove(at: 2)
            }
            guard words.count == 2 || words.count == 4 else {
                return fail("usage: :\(verb) SIZE [INSTRUMENT] [limit PRICE [post|ioc] | stop PRICE]")
            }
            let instrument = target.instrument
            guard let quantity = try? instrument.quantity(parsing: words[1]) else {
                return fail("size '\(words[1])' must be a positive multiple of \(instrument.lotSize)")
            }
            let side: Side = verb == "buy" ? .buy : .sell
            var terms = OrderTerms.market(side, quantity)
            if words.count == 4 {
                guard let price = try? instrument.price(parsing: words[3]) else {
                    return fail("price '\(words[3])' must be a positive multiple of \(instrument.tickSize)")
                }
                switch words[2].lowercased() {
                case "limit": terms = .limit(side, quantity, at: price, timeInForce ?? .goodTillCancelled)
                case "stop" where instrument.option != nil: return fail("options take market and limit orders, no stop")
                case "stop":
                    terms = .stop(side, quantity, trigger: StopCondition(triggerPrice: price, reference: .mark))
                default: return fail("after the size: 'limit PRICE' or 'stop PRICE', not '\(words[2])'")
                }
            }
            if timeInForce != nil && terms.limit == nil {
                return fail("post, ioc and gtc go with a limit order: :\(verb) SIZE limit PRICE post")
            }
            status = ("Sent \(verb) \(instrument.format(quantity)) \(instrument.symbol)", false)
            return [.engine(.command(.place(userOrder(terms, in: target.id))))]
        case "close":
            return closePosition(snapshot)
        case "lev", "leverage":
            guard words.count == 2, let leverage = Int(words[1]), leverage > 0 else { return fail("usage: :lev N") }
            status = ("Leverage → \(leverage)x", false)
            return [.engine(.command(.setLeverage(user, instrumentID, leverage)))]
        case "mode":
            guard words.count == 2,
                let mode = ["cross": MarginMode.cross, "isolated": .isolated][words[1].lowercased()]
            else { return fail("usage: :mode cross|isolated") }
            return [.engine(.command(.setMarginMode(user, instrumentID, mode)))]
        case "margin":
            guard words.count == 2, let amount = Self.signedMoney(words[1], market.instrument.settlementAsset) else {
                return fail("usage: :margin +200 or :margin -100 (isolated positions)")
            }
            return [.engine(.command(.adjustIsolatedMargin(user, instrumentID, amount)))]
        case "cancel":
            guard words.count == 1 || (words.count == 2 && words[1] == "all") else { return fail("usage: :cancel all") }
            return [.engine(.command(.cancelAll(user, words.count == 2 ? nil : instrumentID)))]
        case "speed":
            guard words.count == 2, let speed = Double(words[1]) else { return fail("usage: :speed 10") }
            guard SimulationSpeed.range.contains(speed) else { return fail(SimulationSpeed.outOfRange) }
            return [.engine(.setSpeed(speed))]
        case "pause": return [.engine(.setPaused(true))]
        case "resume", "play": return [.engine(.setPaused(false))]
        case "theme":
            guard words.count == 2 else { return fail("usage: :theme NAME") }
            return [.theme(words[1])]
        case "scenario":
            guard words.count == 2 else { return fail("usage: :scenario NAME") }
            return confirmingOpenPosition(.scenario(words[1]), snapshot: snapshot)
        case "lesson":
            guard words.count == 2 else { return fail("usage: :lesson NAME or :lesson off") }
            if words[1] == "off" { return leaveLesson() }
            guard let lesson = LessonLibrary.named(words[1]) else {
                return fail("no lesson '\(words[1])'; lessons: \(LessonLibrary.names.joined(separator: ", "))")
            }
            return [.startLesson(lesson)]
        case "help":
            overlay = .help
            return []
        case "quit", "q":
            return confirmingOpenPosition(.quit, snapshot: snapshot)
        default:
            return fail("unknown command ':\(verb)' (try :buy 0.1, :close, :lev 20, :help)")
        }
    }

    /// The command line's words for a limit order's time in force.
    static let timesInForce: [String: TimeInForce] = [
        "post": .postOnly, "post-only": .postOnly, "ioc": .immediateOrCancel, "gtc": .goodTillCancelled,
    ]

    /// The perpetual or live option named `name` (case-insensitive: `btc-7dec26-65000-c`).
    static func instrument(named name: String, in snapshot: MarketSnapshot) -> OrderTicket.Target? {
        let symbol = name.uppercased()
        if let market = snapshot.instruments.first(where: { $0.instrument.symbol == symbol }) {
            return (market.id, market.instrument)
        }
        return snapshot.listedOptions.first { $0.instrument.symbol == symbol }.map { ($0.id, $0.instrument) }
    }

    /// `+200`, `-100`, `50.5` as money of `asset`.
    static func signedMoney(_ text: String, _ asset: Asset) -> Money? {
        let negative = text.hasPrefix("-")
        let digits = text.hasPrefix("+") || negative ? String(text.dropFirst()) : text
        guard let amount = try? asset.money(parsing: digits), amount.units > 0 else { return nil }
        return negative ? -amount : amount
    }
}
