import CascadeCore
import CascadeSim
import DequeModule

/// The engine thread's view of the event stream: keeps what snapshots need and events cannot be
/// asked for later (the tape, candles, the log, the public-data heatmap estimate).
struct DashboardRecorder: WorldObserver {
    static let tapeLength = 120
    static let logLength = 400

    let user: AccountID
    var tapes: DenseArray<InstrumentID, Deque<TapeTrade>>
    var candles: DenseArray<InstrumentID, BarRecorder>
    var markSeries: DenseArray<InstrumentID, [Double]>
    var indexSeries: DenseArray<InstrumentID, [Double]>
    var marginSeries: DenseArray<InstrumentID, [MarginSample]>
    var estimates: DenseArray<InstrumentID, LiquidationEstimate>
    /// The estimate's heatmap column each minute, in the frame of the engine's own heatmap.
    var estimatedColumns: DenseArray<InstrumentID, Deque<HeatmapSeries.Column>>
    let frame: MarketStatistics
    /// The newest `logLength` lines of the market's, and apart from them the user's own newest
    /// `logLength`, so a cascade of other accounts' lines never pushes the user's out.
    private var marketLog = Deque<LogEntry>()
    private var ownLog = Deque<LogEntry>()
    /// Every liquidation, step by step; also tells which trades on the tape were liquidations.
    var replays: ReplayRecorder
    /// What the engine's liquidation machinery did to the user, all of it for the session.
    private(set) var notices: [LiquidationNotice] = []
    /// The user's orders that may still expire unfilled (market and IOC), to say so in the log.
    private var userOrders: Set<OrderID> = []
    /// The user's command being applied, gathering its events for the reply (and telling its
    /// rejection in that instrument's prices and money).
    private var draft: CommandReplyDraft?
    /// The user's orders that traded after the command that placed them, until they leave the book.
    private var outcomes = OrderOutcomes()
    /// The newest replies to the user, oldest first.
    private(set) var replies: [UserReply] = []
    static let replyLength = 16
    private var lastMinute: SimTime = -1
    /// Every live option, read again after a listing or an expiry changes them.
    private(set) var listedOptions: [ListedOption] = []
    private var optionsChanged = true
    private var logged = 0
    /// Every event of the world so far, digested: a saved session stores it, its replay must end with it.
    private(set) var digest = EventDigest()
    /// The user's fills, orders, totals and equity curve this session.
    var history = SessionHistory()
    /// The user's price alerts not yet fired, oldest first.
    var alerts: [PriceAlert] = []
    var nextAlertID = 1
    /// Keeper activity in the lending market.
    var lending: LendingRecorder

    /// `instrumentAssets`: each instrument's settlement asset, by instrument index.
    init(
        instruments: [Instrument], instrumentAssets: DenseArray<InstrumentID, AssetID>, user: AccountID,
        statistics: MarketStatistics
    ) {
        self.user = user
        lending = LendingRecorder(user: user)
        replays = ReplayRecorder(user: user, instrumentAssets: instrumentAssets)
        frame = statistics
        estimatedColumns = DenseArray(repeating: Deque(), count: instruments.count)
        tapes = DenseArray(repeating: Deque(), count: instruments.count)
        candles = DenseArray(instrumentAssets.indices.map { BarRecorder(length: .minute, instrument: $0) })
        markSeries = DenseArray(repeating: [], count: instruments.count)
        indexSeries = DenseArray(repeating: [], count: instruments.count)
        marginSeries = DenseArray(repeating: [], count: instruments.count)
        estimates = DenseArray(instruments.map { LiquidationEstimate(instrument: $0) })
    }

    mutating func observe(_ events: [Event], place: Marketplace) {
        let now = place.now
        digest.record(events, at: now)
        for event in events { record(event, place) }
        let finished = outcomes.finished(isOpen: place.exchange.isOpen) { draft?.concerns($0, $1) ?? false }
        for tally in finished { reply(tally.text(place.exchange.instrument(tally.instrument)), isError: false) }
        if optionsChanged {
            optionsChanged = false
            listedOptions = ListedOption.all(on: place.exchange)
        }
        let minute = now / .minute
        if minute != lastMinute {
            lastMinute = minute
            for market in place.markets {
                let id = market.id
                candles[id].roll(to: now)
                markSeries[id].append(
                    place.exchange.mark(market.id).map { market.usd($0.price) } ?? market.observer.price)
                indexSeries[id].append(place.index(market.id))
                let status = place.exchange.marginStatus(id)
                marginSeries[id].append(
                    MarginSample(
                        maintenance: status.maintenanceRate,
                        volatility: status.annualisedVolatility ?? MarginSample.realisedVolatility(markSeries[id])))
                let openInterest = Double(place.exchange.openInterest(market.id)) * market.lotSize
                estimates[id].close(minute: now, openInterest: openInterest, price: market.observer.price)
                let center = place.exchange.mark(market.id)?.price ?? Price(ticks: market.ticks(market.observer.price))
                let (lowest, width) = frame.heatmapFrame(around: center)
                estimatedColumns[id].append(
                    estimates[id].column(
                        time: now, lowest: lowest, width: width, count: frame.heatmapBuckets, tickSize: market.tickSize)
                )
                if estimatedColumns[id].count > frame.capacity { estimatedColumns[id].removeFirst() }
            }
        }
    }

    private mutating func record(_ event: Event, _ place: Marketplace) {
        let now = place.now
        draft?.note(event, user: user)
        switch event {
        case .book(let instrument, .trade(let trade), _) where place.markets.contains(instrument):
            // The perpetuals' tapes, candles and estimates; an option's trades reach the log as fills.
            let market = place.markets[instrument]
            let tape = TapeTrade(
                time: now, price: trade.price, quantity: trade.quantity, side: trade.aggressor,
                isLiquidation: replays.isLiquidationOrder(trade.takerID),
                isUser: trade.makerAccount == user || trade.takerAccount == user)
            tapes[instrument].append(tape)
            if tapes[instrument].count > Self.tapeLength { tapes[instrument].removeFirst() }
            candles[instrument].record(price: trade.price, lots: trade.quantity.lots, at: now)
            if !alerts.isEmpty { checkAlerts(instrument, price: trade.price, place: place) }
            estimates[instrument].trade(
                side: trade.aggressor, base: Double(trade.quantity.lots) * market.lotSize)
        case .book(_, .accepted(let order, let account), _) where account == user:
            history.accepted(order)
            userOrders.insert(order)
            if userOrders.count > 1_024 { userOrders.removeAll() }
        case .book(let instrument, .expired(let order, let quantity), _) where userOrders.contains(order):
            history.left(order, cancelled: false)
            outcomes.leftBook(order, unfilled: quantity, cancelled: false)
            let spec = place.exchange.instrument(instrument)
            let byLiquidation = replays.isLiquidationOrder(order)
            append(
                LogEntry(
                    time: now, kind: byLiquidation ? .liquidation : .rejection,
                    text: "\(byLiquidation ? "Liquidation order" : "Order") #\(order.rawValue): "
                        + "\(spec.format(quantity)) \(spec.symbol) unfilled and expired "
                        + "(no liquidity within the price band)", isUser: true))
        case .fill(let fill) where replays.isLiquidationOrder(fill.order):
            replays.record(fill, at: now)
            if fill.account == user {
                history.record(fill, of: place.exchange.instrument(fill.instrument), byLiquidation: true, at: now)
                logFill(fill, place, byLiquidation: true)
            }
        case .fill(let fill) where fill.account == user && fill.order == OrderID(0):
            // A backstop takeover or ADL transfer (no order): its liquidation step says it.
            history.record(fill, of: place.exchange.instrument(fill.instrument), byLiquidation: true, at: now)
        case .fill(let fill) where fill.account == user:
            history.record(fill, of: place.exchange.instrument(fill.instrument), byLiquidation: false, at: now)
            logFill(fill, place)
            outcomes.record(fill)
        case .book(_, .cancelled(let order, let quantity, _), _):
            if userOrders.contains(order) { history.left(order, cancelled: true) }
            outcomes.leftBook(order, unfilled: quantity, cancelled: true)
        case .isolatedMarginAdjusted(let account, let instrument, let amount) where account == user:
            let spec = place.exchange.instrument(instrument)
            append(
                LogEntry(
                    time: now, kind: .margin,
                    text: "Isolated margin \(amount.units >= 0 ? "added to" : "taken from") \(spec.symbol): "
                        + spec.format(amount.magnitude), isUser: true))
        case .orderRejected(_, let account, let reason, _) where account == user:
            let text = reason.userText(instrument: draft?.instrument, asset: draft?.asset ?? .usdc)
            history.rejected(text)
            append(LogEntry(time: now, kind: .rejection, text: "Order rejected: \(text)", isUser: true))
        case .rejected(let account, let reason) where account == user:
            let text = reason.userText(instrument: draft?.instrument, asset: draft?.asset ?? .usdc)
            append(LogEntry(time: now, kind: .rejection, text: "Rejected: \(text)", isUser: true))
        case .deposited(let account, let asset, let amount) where account == user && draft != nil && asset == .usdc:
            // Only the user's own `:deposit`: the starting balance is not a deposit of the session, and
            // ETH or BTC brought in for a vault is not USDC.
            history.deposited(amount)
        case .fundingPaid(let account, let instrument, let amount) where account == user:
            history.paidFunding(amount)
            let spec = place.exchange.instrument(instrument)
            let verb = amount.units >= 0 ? "paid" : "received"
            append(
                LogEntry(
                    time: now, kind: .funding,
                    text: "Funding \(verb) on \(spec.symbol): \(spec.format(amount.magnitude))",
                    isUser: true))
        case .liquidation(let step):
            record(step, place)
        case .optionListed:
            // Options list as the clock goes: replays must know each new one's settlement asset.
            replays.instrumentAssets = place.exchange.instrumentAssets
            optionsChanged = true
        case .optionExpired:
            optionsChanged = true
        case .optionSettled(let settlement) where settlement.account == user:
            logSettlement(settlement, place)
        case .lending(let event):
            lending.record(event, place)
        case .marginRequirement(let change):
            log(change, place)
        default:
            break
        }
    }

    /// Starts gathering the reply to the user's `command`, before the world applies it.
    mutating func willApply(_ command: Command, place: Marketplace) {
        if case .place(let order) = command, order.account == user {
            history.placed(order, of: place.exchange.instrument(order.instrument), at: place.now)
        }
        let id: InstrumentID? =
            switch command {
            case .place(let order): order.instrument
            case .cancelAll(_, let instrument): instrument
            case .setLeverage(_, let instrument, _), .setMarginMode(_, let instrument, _),
                .adjustIsolatedMargin(_, let instrument, _):
                instrument
            case .cancel(_, let order), .amend(_, let order, _, _): place.exchange.instrument(ofOrder: order)
            default: nil
            }
        let subject: OrderSnapshot? =
            switch command {
            case .cancel(_, let order), .amend(_, let order, _, _): OrderSnapshot(order, on: place.exchange)
            default: nil
            }
        let instrument = id.flatMap {
            place.exchange.instrumentAssets.contains($0) ? place.exchange.instrument($0) : nil
        }
        let asset: Asset =
            switch command {
            case .deposit(_, let asset, _), .withdraw(_, let asset, _): asset
            default: instrument?.settlementAsset ?? .usdc
            }
        draft = CommandReplyDraft(command, instrument: instrument, asset: asset, subject: subject)
        if case .lending(let command) = command { draft?.lending = LendingReply(command, on: place.exchange.lending) }
    }

    /// Turns what the user's command did into its reply, after the world applied it.
    mutating func didApply(place: Marketplace) {
        if var draft {
            draft.lending?.finish(on: place.exchange.lending)
            if let reply = draft.reply { self.reply(reply.text, isError: reply.isError) }
            // Told by that reply if it left the book; an order still open is told when it leaves.
            outcomes.forget(where: draft.concerns, isOpen: place.exchange.isOpen)
        }
        draft = nil
    }

    /// Adds `text` to the newest reply when it came after sequence `step` (so one line says what
    /// closed a position and what that cancelled), else says `alone` in a reply of its own.
    mutating func tell(_ text: String, alone: String, since step: Int) {
        guard let last = replies.last, last.sequence > step else { return reply(alone, isError: false) }
        replies[replies.count - 1].text += "; " + text
    }

    mutating func reply(_ text: String, isError: Bool) {
        replies.append(UserReply(sequence: (replies.last?.sequence ?? 0) + 1, text: text, isError: isError))
        if replies.count > Self.replyLength { replies.removeFirst() }
    }

    /// A fill of the user's: their own trade, or (`byLiquidation`) the engine closing their
    /// position, which must not read like one.
    private mutating func logFill(_ fill: Fill, _ place: Marketplace, byLiquidation: Bool = false) {
        let instrument = place.exchange.instrument(fill.instrument)
        let side = fill.side == .buy ? "bought" : "sold"
        let what =
            "\(instrument.format(fill.quantity)) \(instrument.symbol) at \(instrument.format(fill.price))"
            + (fill.realizedPnL == .zero ? "" : ", PnL \(instrument.format(fill.realizedPnL))")
        append(
            LogEntry(
                time: place.now, kind: byLiquidation ? .liquidation : .fill,
                text: byLiquidation ? "Liquidation engine \(side) YOUR \(what)" : "\(side.capitalized) \(what)",
                isUser: true))
    }

    /// One of the user's options settled at expiry: what it paid or cost, in USDC, in the log and as
    /// a reply the status line shows.
    private mutating func logSettlement(_ settlement: OptionSettlement, _ place: Marketplace) {
        let spec = place.exchange.instrument(settlement.instrument)
        let held = "\(settlement.size > 0 ? "long" : "short") \(spec.format(Quantity(lots: abs(settlement.size))))"
        let worth = settlement.price.ticks == 0 ? "expired worthless" : "settled at \(spec.format(settlement.price))"
        let text =
            "Expiry: YOUR \(held) \(spec.symbol) \(worth), PnL \(spec.format(settlement.realizedPnL)) USDC"
        append(LogEntry(time: place.now, kind: .settlement, text: text, isUser: true))
        reply(text, isError: false)
    }

    private mutating func record(_ step: LiquidationStep, _ place: Marketplace) {
        let now = place.now
        replays.record(step, at: now)
        switch step {
        case .triggered(let account, let scope, let mark, let equity, let maintenance):
            let who = account == user ? "Liquidation of YOUR account" : "Account \(account.rawValue) liquidated"
            let what =
                switch scope {
                case .isolated(let instrument): "isolated \(place.exchange.instrument(instrument).symbol)"
                case .cross(let asset) where place.exchange.isPortfolio(account, asset: asset):
                    "portfolio margin: reduced step by step"
                case .cross: "cross"
                }
            var at = ""
            if case .isolated(let instrument) = scope {
                at = " at mark \(place.exchange.instrument(instrument).format(mark))"
            }
            let money = place.markets[InstrumentID(0)].instrument
            append(
                LogEntry(
                    time: now, kind: .liquidation,
                    text: "\(who) (\(what))\(at): equity \(money.format(equity)) ≤ maintenance "
                        + money.format(maintenance),
                    isUser: account == user))
        case .autoDeleveraged(let account, let counterparty, let instrument, let quantity, let price):
            let spec = place.exchange.instrument(instrument)
            let closed = "\(spec.format(quantity)) \(spec.symbol) at \(spec.format(price))"
            guard counterparty == user else {
                // Another account's loss, even when it closes against the user's liquidation (whose
                // own line sums up what ADL took).
                let against = account == user ? "YOUR liquidation" : "account \(account.rawValue)"
                append(
                    LogEntry(
                        time: now, kind: .deleveraging,
                        text: "ADL: account \(counterparty.rawValue) closed \(closed) against \(against)",
                        isUser: false))
                return
            }
            notify(
                .autoDeleveraged, "YOUR position closed \(closed) against account \(account.rawValue)'s liquidation",
                kind: .deleveraging, now)
        case .reduction(let step) where step.account == user:
            let spec = place.exchange.instrument(step.instrument)
            let verb = step.side == .buy ? "bought" : "sold"
            let money = { (value: Money) in place.markets[InstrumentID(0)].instrument.format(value) }
            notify(
                .reduced,
                "the engine \(verb) \(spec.format(step.filled)) of \(spec.format(step.quantity)) \(spec.symbol) "
                    + "(IOC, limit \(spec.format(step.limit))); maintenance \(money(step.maintenanceBefore)) → "
                    + "\(money(step.maintenanceAfter)), equity \(money(step.equityAfter))", kind: .liquidation, now)
        case .backstopTakeover(let account, let instrument, let quantity, let price) where account == user:
            let spec = place.exchange.instrument(instrument)
            append(
                LogEntry(
                    time: now, kind: .liquidation,
                    text: "\(LiquidationNotice.Kind.takenOverByBackstop.rawValue): the backstop vault took YOUR "
                        + "\(spec.format(quantity)) \(spec.symbol) at the bankruptcy price \(spec.format(price))",
                    isUser: true))
        case .finished(let account, let scope, let closedAll) where account == user:
            guard let replay = replays.own.last(where: { $0.trigger?.scope == scope }),
                let notice = LiquidationNotice.finished(
                    replay, closedAll: closedAll,
                    instrument: replay.instrument.map { place.exchange.instrument($0) }, time: now,
                    sequence: logged + 1)
            else { return }
            notify(notice, kind: .liquidation)
        case .badDebt(let account, _, let amount):
            append(
                LogEntry(
                    time: now, kind: .liquidation,
                    text:
                        "Bad debt of account \(account.rawValue): \(place.markets[InstrumentID(0)].instrument.format(amount))",
                    isUser: account == user))
        default:
            break
        }
    }

    mutating func notify(
        _ noticeKind: LiquidationNotice.Kind, _ detail: String, kind: LogEntry.Kind, _ now: SimTime
    ) {
        notify(LiquidationNotice(kind: noticeKind, detail: detail, time: now, sequence: logged + 1), kind: kind)
    }

    /// Logs `notice` as the user's line and keeps it for the banner.
    private mutating func notify(_ notice: LiquidationNotice, kind: LogEntry.Kind) {
        append(LogEntry(time: notice.time, kind: kind, text: notice.text, isUser: true))
        notices.append(notice)
    }

    /// Adds a line to the log (the user's own lines apart), a liquidation of the user's also to the
    /// status line.
    mutating func append(_ entry: LogEntry) {
        var entry = entry
        if entry.isUser && (entry.kind == .liquidation || entry.kind == .deleveraging) {
            reply(entry.text, isError: true)
        }
        logged += 1
        entry.sequence = logged
        if entry.isUser {
            ownLog.append(entry)
            if ownLog.count > Self.logLength { ownLog.removeFirst() }
        } else {
            marketLog.append(entry)
            if marketLog.count > Self.logLength { marketLog.removeFirst() }
        }
    }

    /// The market's and the user's lines merged in order, oldest first.
    /// - Complexity: O(n).
    var log: [LogEntry] { mergedInOrder(marketLog, ownLog, by: \.sequence) }
}
