import CascadeCore

extension AppState {
    /// The command line's words for a limit order's time in force.
    static let timesInForce: [String: TimeInForce] = [
        "post": .postOnly, "post-only": .postOnly, "ioc": .immediateOrCancel, "gtc": .goodTillCancelled,
    ]

    /// `:buy SIZE [INSTRUMENT] [limit PRICE [post|ioc|gtc] | stop PRICE]` (and `:sell`): `buy 0.5`,
    /// `buy $5000`, `sell 25% limit 64000 post`, `buy 1 stop 65000`, `buy 1 BTC-7DEC26-65000-C limit
    /// 1200` (any listed instrument by name). The size is read as the ticket reads it (`SizeEntry`):
    /// a `$` or `%` size converts at the limit or trigger, else at the touch a market order takes.
    mutating func orderCommand(_ words: [String], snapshot: MarketSnapshot) -> [AppEffect] {
        var words = words
        let verb = words[0].lowercased()
        let timeInForce = words.last.flatMap { Self.timesInForce[$0.lowercased()] }
        if timeInForce != nil { words.removeLast() }
        let market = market(in: snapshot)
        var target: OrderTicket.Target = (market.id, market.instrument)
        if words.count == 3 || words.count == 5, !["limit", "stop"].contains(words[2].lowercased()) {
            guard let named = Self.instrument(named: words[2], in: snapshot) else {
                return refuse("no listed instrument '\(words[2])' (options are named like BTC-7DEC26-65000-C)")
            }
            target = named
            words.remove(at: 2)
        }
        guard words.count == 2 || words.count == 4 else {
            return refuse("usage: :\(verb) SIZE|$AMOUNT|N% [INSTRUMENT] [limit PRICE [post|ioc] | stop PRICE]")
        }
        let instrument = target.instrument
        let side: Side = verb == "buy" ? .buy : .sell
        var price: Price?
        if words.count == 4 {
            guard let parsed = try? instrument.price(parsing: words[3]) else {
                return refuse("price '\(words[3])' must be a positive multiple of \(instrument.tickSize)")
            }
            price = parsed
        }
        let quantity: Quantity
        do throws(TicketError) {
            let entry = try SizeEntry(parsing: words[1], on: instrument)
            quantity = try entry.quantity(
                on: instrument, at: price ?? Self.touch(side, of: target.id, in: snapshot),
                available: snapshot.account.available,
                leverage: instrument.option == nil ? snapshot.account.leverage(of: target.id) ?? 10 : 1,
                text: words[1]
            ).get()
        } catch {
            return refuse(error.description)
        }
        var terms = OrderTerms.market(side, quantity)
        if let price {
            switch words[2].lowercased() {
            case "limit": terms = .limit(side, quantity, at: price, timeInForce ?? .goodTillCancelled)
            case "stop" where instrument.option != nil: return refuse("options take market and limit orders, no stop")
            case "stop":
                terms = .stop(side, quantity, trigger: StopCondition(triggerPrice: price, reference: .mark))
            default: return refuse("after the size: 'limit PRICE' or 'stop PRICE', not '\(words[2])'")
            }
        }
        if timeInForce != nil && terms.limit == nil {
            return refuse("post, ioc and gtc go with a limit order: :\(verb) SIZE limit PRICE post")
        }
        status = ("Sent \(verb) \(instrument.format(quantity)) \(instrument.symbol)", false)
        return [.engine(.command(.place(userOrder(terms, in: target.id))))]
    }

    /// The price a market order on `side` of `id` would take (`takingPrice`); nil for an option
    /// whose chain the snapshot does not carry.
    private static func touch(_ side: Side, of id: InstrumentID, in snapshot: MarketSnapshot) -> Price? {
        if let quote = snapshot.options?.quote(id) { return quote.takingPrice(side) }
        return snapshot.instruments.indices.contains(id.index) ? snapshot[id].takingPrice(side) : nil
    }
}
