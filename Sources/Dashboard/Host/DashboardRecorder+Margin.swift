import CascadeCore
import CascadeSim

extension DashboardRecorder {
    /// Logs a margin model's change of an instrument's requirement: a rise announced with the time it
    /// takes effect, or a rate now in force. When the user holds a position there the line is the
    /// user's and says what it does to it (maintenance and liquidation price, by the engine's own
    /// arithmetic), and a rise also reaches the status line.
    mutating func log(_ change: MarginRequirementChange, _ place: Marketplace) {
        let exchange = place.exchange
        let instrument = exchange.instrument(change.instrument)
        let old = DisplayFormat.marginRate(change.oldRate)
        let new = DisplayFormat.marginRate(change.newRate)
        let model = exchange.marginModel(change.instrument).rawValue
        var text: String
        let after: PositionRisk?
        switch change.phase {
        case .announced:
            text =
                "\(instrument.symbol) maintenance \(old) → \(new) at "
                + "\(DisplayFormat.clock(change.effective % (24 * .hour))) (announced by the \(model) model)"
            after = exchange.riskAtAnnouncedRate(of: user, in: change.instrument)
        case .effective:
            text =
                change.isRise
                ? "\(instrument.symbol) maintenance now \(new) (was \(old))"
                : "\(instrument.symbol) maintenance down to \(new) (was \(old))"
            after = exchange.risk(of: user, in: change.instrument)
        }
        let holds = !(exchange.account(user)?.positions[change.instrument].isFlat ?? true)
        if holds, let after {
            let asset = instrument.settlementAsset
            let money = { (risk: PositionRisk) in DisplayFormat.money(risk.maintenanceMargin, asset) }
            let price = { (risk: PositionRisk) in risk.liquidationPrice.map(instrument.format) ?? "none" }
            if change.phase == .announced, let now = exchange.risk(of: user, in: change.instrument) {
                text +=
                    "; your position's maintenance \(money(now)) → \(money(after)) \(asset.symbol), liquidation "
                    + "price \(price(now)) → \(price(after)) at today's mark"
            } else {
                text += "; your position now needs \(money(after)) \(asset.symbol), liquidation price \(price(after))"
            }
        }
        append(LogEntry(time: place.now, kind: .margin, text: text, isUser: holds))
        if holds && change.isRise { reply(text, isError: false) }
    }
}
