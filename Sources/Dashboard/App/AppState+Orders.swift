import CascadeCore
import CascadeSim

extension AppState {
    /// The user's order with `terms` in `instrument`, stamped with the next client order id: the
    /// engine's reply to it, and every event about it, carry that id.
    mutating func userOrder(_ terms: OrderTerms, in instrument: InstrumentID) -> NewOrder {
        lastClientOrderID += 1
        return NewOrder(
            account: World.userAccount, instrument: instrument, clientOrderID: ClientOrderID(lastClientOrderID),
            terms: terms)
    }
}
