import CascadeCore
import CascadeSim

extension AppState {
    /// Runs a `:` command: `buy 0.5`, `sell 0.25 limit 64000` and the other order forms
    /// (`orderCommand`), `close`, `tp 66000`, `sl 62000`, `tp off` (`protectionCommand`), `trail 1% at 66000` (`trailCommand`), `lev 25`,
    /// `mode cross`, `margin +200`, `cancel all`, `alert BTC-PERP > 66000`, `alerts`, `bell on` (`alertCommand`),
    /// `history`, `export DIR`, `deposit 10000`, the lending commands (`LendingCommandLine`), `reset`, `speed 10`, `pause`, `theme NAME`, `scenario NAME`,
    /// `save NAME`, `lesson NAME`, `lesson off`, `help`, `quit`. A mistake leaves everything as it was and says why in the status line.
    mutating func runCommand(_ text: String, snapshot: MarketSnapshot?) -> [AppEffect] {
        let words = text.split(separator: " ").map(String.init)
        guard let verb = words.first?.lowercased() else { return [] }
        let user = World.userAccount
        func fail(_ message: String) -> [AppEffect] { refuse(message) }
        guard let snapshot else { return fail("the market is still starting") }
        let market = market(in: snapshot)
        let instrumentID = market.id
        if LendingCommandLine.handles(words) { return lendingCommand(words, snapshot: snapshot) }
        switch verb {
        case "buy", "sell":
            return orderCommand(words, snapshot: snapshot)
        case "close":
            return closePosition(snapshot)
        case "tp", "sl":
            return protectionCommand(words, snapshot: snapshot)
        case "trail":
            return trailCommand(words, snapshot: snapshot)
        case "alert": return alertCommand(words, snapshot: snapshot)
        case "alerts": return listAlerts(snapshot)
        case "bell": return bellCommand(words)
        case "history":
            overlay = .history(0)
            return []
        case "export":
            // The folder as typed, spaces included.
            let folder = text.drop { $0 == " " }.dropFirst(verb.count).trimmingPrefix(" ")
            guard !folder.isEmpty else { return fail("usage: :export DIR (writes fills.csv, orders.csv, equity.csv)") }
            return [.export(String(folder))]
        case "deposit":
            guard words.count == 2 || (words.count == 3 && words[2].uppercased() == "USDC"),
                let amount = Self.signedMoney(words[1], .usdc), amount.units > 0,
                amount.units <= 1_000_000_000 * 1_000_000
            else {
                return fail(
                    "usage: :deposit 10000 (simulated USDC top-up, up to 1,000,000,000) or :deposit 2 ETH (vault collateral)"
                )
            }
            return [.engine(.command(.deposit(user, .usdc, amount)))]
        case "reset":
            return confirmingOpenPosition(.reset, snapshot: snapshot)
        case "lev", "leverage":
            guard words.count == 2, let leverage = Int(words[1]), leverage > 0 else { return fail("usage: :lev N") }
            status = ("Leverage → \(leverage)x", false)
            return [.engine(.command(.setLeverage(user, instrumentID, leverage)))]
        case "mode":
            guard words.count == 2,
                let mode = ["cross": MarginMode.cross, "isolated": .isolated][words[1].lowercased()]
            else { return fail("usage: :mode cross|isolated") }
            return [.engine(.command(.setMarginMode(user, instrumentID, mode)))]
        case "margin" where words.count == 2 && CrossMarginModel(named: words[1]) != nil:
            let model = CrossMarginModel(named: words[1])!
            return [.engine(.command(.setCrossMarginModel(user, market.instrument.settlementAsset, model)))]
        case "margin":
            guard words.count == 2, let amount = Self.signedMoney(words[1], market.instrument.settlementAsset) else {
                return fail("usage: :margin +200 or :margin -100 (isolated positions), :margin portfolio|standard")
            }
            return [.engine(.command(.adjustIsolatedMargin(user, instrumentID, amount)))]
        case "cancel":
            guard words.count == 1 || (words.count == 2 && words[1] == "all") else { return fail("usage: :cancel all") }
            return [.engine(.command(.cancelAll(user, words.count == 2 ? nil : instrumentID)))]
        case "speed":
            guard words.count == 2, let speed = Double(words[1]) else { return fail("usage: :speed 10") }
            guard SimulationSpeed.range.contains(speed) else { return fail(SimulationSpeed.outOfRange) }
            status = ("Speed \(SimulationSpeed.text(speed))", false)
            return [.engine(.setSpeed(speed))]
        case "pause", "resume", "play": return setPaused(verb == "pause")
        case "theme":
            guard words.count == 2 else { return fail("usage: :theme NAME") }
            return [.theme(words[1])]
        case "scenario":
            guard words.count == 2 else { return fail("usage: :scenario NAME") }
            return confirmingOpenPosition(.scenario(words[1]), snapshot: snapshot)
        case "save":
            guard words.count == 2 else { return fail("usage: :save NAME (one word; cascade --resume NAME goes on)") }
            return [.save(words[1])]
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
            return fail("unknown command ':\(verb)' (try :buy 0.1, :close, :tp 66000, :lev 20, :help)")
        }
    }

    /// The perpetual or live option named `name` (case-insensitive: `btc-7dec26-65000-c`).
    static func instrument(named name: String, in snapshot: MarketSnapshot) -> OrderTicket.Target? {
        let symbol = name.uppercased()
        if let market = snapshot.instruments.first(where: { $0.instrument.symbol == symbol }) {
            return (market.id, market.instrument)
        }
        return snapshot.listedOptions.first { $0.instrument.symbol == symbol }.map { ($0.id, $0.instrument) }
    }

    /// Says in the status line why a command was refused; changes nothing else.
    mutating func refuse(_ message: String) -> [AppEffect] {
        status = (message.escapingNonPrintable(), true)
        return []
    }

    /// `+200`, `-100`, `50.5` as money of `asset`.
    static func signedMoney(_ text: String, _ asset: Asset) -> Money? {
        let negative = text.hasPrefix("-")
        let digits = text.hasPrefix("+") || negative ? String(text.dropFirst()) : text
        guard let amount = try? asset.money(parsing: digits), amount.units > 0 else { return nil }
        return negative ? -amount : amount
    }
}
