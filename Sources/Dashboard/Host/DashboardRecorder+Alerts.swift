import CascadeCore
import CascadeSim

extension DashboardRecorder {
    /// Sets an alert on `instrument` at `price`, unless the last trade already lies at or beyond it
    /// (it would fire at once); the reply says which.
    mutating func addAlert(_ instrument: InstrumentID, above: Bool, price: Price, place: Marketplace) {
        let spec = place.exchange.instrument(instrument)
        let alert = PriceAlert(id: nextAlertID, instrument: instrument, above: above, price: price)
        if let last = tapes[instrument].last?.price ?? place.exchange.mark(instrument)?.price, alert.isMet(by: last) {
            reply(
                "\(spec.symbol) is already at \(spec.format(last)), \(above ? "at or above" : "at or below") "
                    + "\(spec.format(price)): no alert set", isError: true)
            return
        }
        nextAlertID += 1
        alerts.append(alert)
        reply("Alert \(alert.text(spec)) set: it fires on the first trade there", isError: false)
    }

    /// Removes alert `id`, or every alert when nil; the reply says how many went.
    mutating func clearAlerts(_ id: Int?, place: Marketplace) {
        let before = alerts.count
        alerts.removeAll { id == nil || $0.id == id }
        let removed = before - alerts.count
        if let id, removed == 0 { return reply("No alert #\(id) (:alerts lists them)", isError: true) }
        reply(removed == 1 ? "Alert cleared" : "\(removed) alerts cleared", isError: false)
    }

    /// Fires, and removes, the alerts on `instrument` that a trade at `price` meets: a banner and a
    /// log line each.
    /// - Complexity: O(alerts), a handful; callers skip it when there are none.
    mutating func checkAlerts(_ instrument: InstrumentID, price: Price, place: Marketplace) {
        let spec = place.exchange.instrument(instrument)
        for alert in alerts where alert.instrument == instrument && alert.isMet(by: price) {
            notify(
                .priceAlert,
                "\(spec.symbol) traded at \(spec.format(price)), \(alert.above ? "at or above" : "at or below") "
                    + "\(spec.format(alert.price)) (alert #\(alert.id))", kind: .info, place.now)
        }
        alerts.removeAll { $0.instrument == instrument && $0.isMet(by: price) }
    }
}
