import CascadeCore
import CascadeSim

extension DashboardRecorder {
    /// Logs a margin model's change of an instrument's requirement: a rise announced with the time it
    /// takes effect, or a rate now in force. When the user holds a position there the line is the
    /// user's and starts with what the change does to it (maintenance and liquidation price, by the
    /// engine's own arithmetic), so the status line, where a rise also goes, shows that first.
    mutating func log(_ change: MarginRequirementChange, _ place: Marketplace) {
        let exchange = place.exchange
        let instrument = exchange.instrument(change.instrument)
        let symbol = instrument.symbol
        let old = DisplayFormat.marginRate(change.oldRate)
        let new = DisplayFormat.marginRate(change.newRate)
        let at = MarginModelText.effectiveTime(change)
        let model = exchange.marginModel(change.instrument).rawValue
        let now = exchange.risk(of: user, in: change.instrument)
        let holds = !exchange.position(of: user, in: change.instrument).isFlat && now != nil
        let asset = instrument.settlementAsset
        let money = { (risk: PositionRisk) in "\(DisplayFormat.money(risk.maintenanceMargin, asset)) \(asset.symbol)" }
        let price = { (risk: PositionRisk) in risk.liquidationPrice.map(instrument.format) ?? "none" }
        let text: String
        switch (change.phase, holds ? now : nil, exchange.riskAtAnnouncedRate(of: user, in: change.instrument)) {
        case (.announced, let now?, let after?):
            text =
                "YOUR \(symbol) position: maintenance \(money(now)) → \(money(after)) at \(at), liquidation price "
                + "\(price(now)) → \(price(after)) at today's mark (MMR \(MarginModelText.rates(change)), announced "
                + "by the \(model) model)"
        case (.announced, _, _):
            text = "\(symbol) maintenance \(MarginModelText.rise(change)) (announced by the \(model) model)"
        case (.effective, let now?, _):
            text =
                "YOUR \(symbol) position now needs \(money(now)) maintenance, liquidation price \(price(now)) "
                + "(MMR \(change.isRise ? "now" : "down to") \(new), was \(old))"
        case (.effective, nil, _):
            text =
                change.isRise
                ? "\(symbol) maintenance now \(new) (was \(old))" : "\(symbol) maintenance down to \(new) (was \(old))"
        }
        append(LogEntry(time: place.now, kind: .margin, text: text, isUser: holds))
        if holds && change.isRise { reply(text, isError: false) }
    }
}
