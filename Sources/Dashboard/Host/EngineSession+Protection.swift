import CascadeCore
import CascadeSim

/// The user's protections follow their positions: a ticket's take-profit and stop-loss are set
/// when its order fills (and resized by its later fills), and stops left without a position are
/// cancelled.
extension EngineSession {
    /// A user's order sent with a `Bracket`, waiting for its fills.
    struct PendingBracket: Sendable {
        /// The order's exchange id.
        var entry: OrderID
        /// Its client order id, as the status line names it.
        var client: ClientOrderID
        var instrument: InstrumentID
        var bracket: Bracket
        /// Lots of the order filled when its legs were last set.
        var protectedLots: Int64 = 0
    }

    /// After each command and each step of the clock: sets the legs of bracketed orders that
    /// filled since, then cancels stops whose position closed. What they did joins the replies
    /// after sequence `step` in the status line.
    mutating func followPositions(since step: Int) {
        protectBrackets(since: step)
        cancelOrphanedStops(since: step)
    }

    /// Starts waiting for the fills of the order the user's last `place` sent; nothing when the
    /// exchange refused it.
    mutating func watch(_ bracket: Bracket, for order: NewOrder) {
        guard let id = recorder.history.orders.last?.id else { return }
        brackets.append(
            PendingBracket(entry: id, client: order.clientOrderID, instrument: order.instrument, bracket: bracket))
    }

    /// After replaying a saved session: the legs it set are in its journal, so each pending bracket
    /// counts its order's fills so far as protected, and those no longer open are done.
    mutating func settleBrackets() {
        brackets = brackets.compactMap { pending in
            guard world.exchange.isOpen(pending.entry) else { return nil }
            var pending = pending
            pending.protectedLots = recorder.history.order(pending.entry)?.filled.lots ?? 0
            return pending
        }
    }

    /// Sets the legs of each bracketed order that filled since it was last looked at, and forgets
    /// those that left the book.
    /// - Complexity: O(pending brackets × the session's order history), a handful × ≤ 10,000.
    private mutating func protectBrackets(since step: Int) {
        guard !brackets.isEmpty else { return }
        var waiting: [PendingBracket] = []
        for var pending in brackets {
            let filled = recorder.history.order(pending.entry)?.filled.lots ?? 0
            if filled > pending.protectedLots {
                pending.protectedLots = filled
                if let said = protect(pending) {
                    recorder.tell(said, alone: "Your order \(pending.client) filled: \(said)", since: step)
                }
            }
            if world.exchange.isOpen(pending.entry) {
                waiting.append(pending)
            } else if filled == 0 {
                recorder.tell(
                    "its take-profit and stop-loss are dropped",
                    alone:
                        "Your order \(pending.client) left the book unfilled: its take-profit and stop-loss are dropped",
                    since: step)
            }
        }
        brackets = waiting
    }

    /// Sets `pending`'s legs on the user's position in its instrument, for the whole position,
    /// replacing the take-profit or stop-loss there unless it already is the leg; says what it did
    /// (nil when nothing changed). A stop-loss the mark has already passed is not set (it would
    /// close the position at once): the status line says so.
    private mutating func protect(_ pending: PendingBracket) -> String? {
        let exchange = world.exchange
        let user = World.userAccount
        guard let holder = exchange.account(user),
            let closing = OrderTerms.closing(positionOf: holder.positions[pending.instrument].size)
        else { return nil }
        let size = holder.positions[pending.instrument].size
        let instrument = exchange.instrument(pending.instrument)
        let mark = exchange.mark(pending.instrument)?.price
        let protections = holder.openOrders.compactMap { OrderSnapshot($0, on: exchange) }
            .filter { $0.instrument == pending.instrument }
        var set: [String] = []
        var problems: [String] = []
        for (kind, leg) in [
            (OrderSnapshot.Protection.takeProfit, pending.bracket.takeProfit), (.stopLoss, pending.bracket.stopLoss),
        ] {
            guard let leg else { continue }
            let named = "\(kind.name) \(instrument.format(leg.price))"
            let existing = protections.filter { $0.protection == kind }
            if existing.count == 1, existing[0].quantity == closing.quantity,
                (existing[0].trigger ?? existing[0].price) == leg.price
            {
                continue
            }
            if kind == .stopLoss, let mark, size > 0 ? mark <= leg.price : mark >= leg.price {
                problems.append("\(named) not set: the mark \(instrument.format(mark)) is already past it")
                continue
            }
            for old in existing { submit(.cancel(user, old.id), origin: .dashboard) }
            let terms: OrderTerms =
                kind == .takeProfit
                ? .limit(closing.side, closing.quantity, at: leg.price, reduceOnly: true)
                : .stop(
                    closing.side, closing.quantity, trigger: StopCondition(triggerPrice: leg.price, reference: .mark),
                    reduceOnly: true)
            let order = NewOrder(
                account: user, instrument: pending.instrument, clientOrderID: leg.clientOrderID, terms: terms)
            recorder.history.placed(order, of: instrument, at: world.now)
            submit(.place(order), origin: .dashboard)
            if case .rejected(let reason) = recorder.history.orders.last?.end {
                problems.append("\(named) refused: \(reason)")
            } else {
                set.append(named)
            }
        }
        let position =
            "\(size > 0 ? "long" : "short") \(instrument.format(Quantity(lots: abs(size)))) \(instrument.symbol)"
        // What went wrong first, so a narrow status line still shows it.
        let said = problems + (set.isEmpty ? [] : ["\(set.joined(separator: " and ")) set on the \(position)"])
        return said.isEmpty ? nil : said.joined(separator: "; ")
    }

    /// Cancels the user's pending reduce-only stops (stop-losses, trailing stops) in every perpetual where the
    /// user's position is now flat: the position they were attached to has closed. (The engine
    /// itself cancels resting reduce-only orders, take-profits, when nothing is left to reduce.)
    /// The status line says so after what closed the position, if this step told it (replies
    /// after sequence `step`).
    /// - Complexity: O(the user's open orders), a handful, after each step of the clock.
    private mutating func cancelOrphanedStops(since step: Int) {
        let exchange = world.exchange
        guard let holder = exchange.account(World.userAccount), !holder.openOrders.isEmpty else { return }
        let orphans = holder.openOrders.filter { id in
            guard exchange.isReduceOnly(id) == true, let instrument = exchange.instrument(ofOrder: id),
                instrument.index < exchange.perpetualCount
            else { return false }
            return holder.positions[instrument].isFlat
        }
        guard !orphans.isEmpty else { return }
        let symbols = orphans.compactMap { exchange.instrument(ofOrder: $0).map { exchange.instrument($0).symbol } }
        for id in orphans { submit(.cancel(World.userAccount, id), origin: .dashboard) }
        let what = orphans.map { id in
            let trailing = exchange.instrument(ofOrder: id).flatMap {
                exchange.book($0).pendingStop(id)?.terms.stop?.trailingCallback
            }
            return "\(trailing == nil ? "stop-loss" : "trailing stop") #\(id.rawValue)"
        }
        let cancelled = "\(what.joined(separator: ", ")) cancelled"
        recorder.tell(
            "its \(cancelled)", alone: "\(symbols.first ?? "") position closed: its \(cancelled)", since: step)
    }
}
