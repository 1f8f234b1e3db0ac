import CascadeCore
import CascadeSim

extension AppState {
    /// The open order selected in the positions panel, when that panel has focus and its selected
    /// row (kept within the rows, as the panel draws it) is an order.
    func selectedOrder(in snapshot: MarketSnapshot?) -> OrderSnapshot? {
        guard focus == .positions, let account = snapshot?.account, account.rowCount > 0 else { return nil }
        return account.order(atRow: min(selectedRow, account.rowCount - 1))
    }

    /// Cancels the selected order (`Del`, or `x` on an order row); says how to select one when none is.
    mutating func cancelSelectedOrder(_ snapshot: MarketSnapshot?) -> [AppEffect] {
        guard let order = selectedOrder(in: snapshot) else { return needsSelectedOrder(snapshot) }
        status = ("Cancelling order #\(order.id.rawValue)", false)
        return [.engine(.command(.cancel(World.userAccount, order.id)))]
    }

    /// Opens the ticket on the selected order (`a`), to change its price and size.
    mutating func amendSelectedOrder(_ snapshot: MarketSnapshot?) -> [AppEffect] {
        guard let snapshot, let order = selectedOrder(in: snapshot) else { return needsSelectedOrder(snapshot) }
        guard let price = order.price, order.trigger == nil else {
            status = ("A pending stop cannot be amended: cancel it (Del) and place it again", true)
            return []
        }
        let instrument = snapshot[order.instrument].instrument
        overlay = .ticket(
            OrderTicket(
                amending: order.id, side: order.side, size: instrument.format(order.quantity),
                price: instrument.format(price), option: instrument.option == nil ? nil : order.instrument,
                leverage: snapshot.account.leverage(of: order.instrument) ?? 10,
                mode: snapshot.account.mode(of: order.instrument) ?? .cross))
        return []
    }

    /// `c`: asks before cancelling every order of the shown instrument; says so when there is none.
    mutating func cancelAllOrders(_ snapshot: MarketSnapshot?) -> [AppEffect] {
        let count = snapshot?.account.orders.count { $0.instrument == instrument } ?? 0
        guard count > 0 else {
            status = ("No open \(symbol(snapshot)) orders to cancel", false)
            return []
        }
        overlay = .confirm(.cancelAll(instrument, symbol: symbol(snapshot), count: count))
        return []
    }

    private mutating func needsSelectedOrder(_ snapshot: MarketSnapshot?) -> [AppEffect] {
        let hasOrders = !(snapshot?.account.orders.isEmpty ?? true)
        status = (
            hasOrders
                ? "Select an order first: Tab to Positions, then ↑↓ to its row"
                : "You have no open orders", true
        )
        return []
    }
}
