import CascadeCore
import CascadeSim
import TerminalKit

extension AppState {
    /// Keys while an overlay is open: it takes them all, and its unit does what its key map says.
    mutating func handle(_ key: Key, in overlay: Overlay, snapshot: MarketSnapshot?) -> [AppEffect] {
        overlay.unit.handle(key, app: &self, snapshot: snapshot)
    }

    /// The commands that carry out a ticket: mode and leverage first (when changed), then the order.
    mutating func place(_ ticket: OrderTicket, in market: OrderTicket.Target, snapshot: MarketSnapshot)
        -> [AppEffect]
    {
        let user = World.userAccount
        switch ticket.terms(app: self, snapshot: snapshot) ?? .failure(TicketError("the option is no longer listed")) {
        case .failure(let error):
            status = ("Ticket: \(error)", true)
            overlay = .ticket(ticket)
            return []
        case .success(let terms):
            if let id = ticket.amending, let price = terms.limit {
                overlay = nil
                status = ("Amending order #\(id.rawValue)", false)
                return [.engine(.command(.amend(user, id, price, terms.quantity)))]
            }
            let order = userOrder(terms, in: market.id)
            overlay = nil
            var commands: [Command] = []
            if let mode = snapshot.account.mode(of: market.id), mode != ticket.mode {
                commands.append(.setMarginMode(user, market.id, ticket.mode))
            }
            if let leverage = snapshot.account.leverage(of: market.id), leverage != ticket.leverage {
                commands.append(.setLeverage(user, market.id, ticket.leverage))
            }
            let entry = terms.limit ?? terms.stop?.triggerPrice ?? self.market(in: snapshot).takingPrice(ticket.side)
            let bracket = ticket.bracket(on: market.instrument, entry: entry) {
                lastClientOrderID += 1
                return ClientOrderID(lastClientOrderID)
            }
            let legs = [
                bracket?.takeProfit.map { "TP \(market.instrument.format($0.price))" },
                bracket?.stopLoss.map { "SL \(market.instrument.format($0.price))" },
            ].compactMap { $0 }
            status = (
                "Sent \(ticket.side == .buy ? "buy" : "sell") \(market.instrument.format(order.terms.quantity)) "
                    + "\(market.instrument.symbol) \(ticket.kind.rawValue)"
                    + (legs.isEmpty ? "" : " with \(legs.joined(separator: ", ")) once it fills"), false
            )
            let placing: EngineRequest = bracket.map { .bracketed(order, $0) } ?? .command(.place(order))
            return commands.map { .engine(.command($0)) } + [.engine(placing)]
        }
    }
}
