import CascadeCore
import TerminalKit

/// The what-if overlay (`w`): a hypothetical mark, leverage and mode for the selected position.
struct WhatIfOverlay: OverlayUnit {
    static let name = "what-if"
    static var keys: OverlayKeys<WhatIfAction> { KeyMap.whatIf }

    var whatIf: WhatIf

    func perform(_ action: WhatIfAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        guard let snapshot else { return [] }
        var whatIf = whatIf
        let tick = app.market(in: snapshot).instrument
        let step = max(1, whatIf.mark.ticks / 200)
        switch action {
        case .close:
            app.overlay = nil
            return []
        case .markDown: whatIf.mark = Price(ticks: max(1, whatIf.mark.ticks - step))
        case .markUp: whatIf.mark = Price(ticks: whatIf.mark.ticks + step)
        case .markDownFar: whatIf.mark = Price(ticks: max(1, whatIf.mark.ticks - 10 * step))
        case .markUpFar: whatIf.mark = Price(ticks: whatIf.mark.ticks + 10 * step)
        case .leverageDown: whatIf.leverage = max(1, whatIf.leverage - 1)
        case .leverageUp: whatIf.leverage = min(tick.tiers.tiers[0].maxLeverage, whatIf.leverage + 1)
        case .toggleMode: whatIf.mode = whatIf.mode == .cross ? .isolated : .cross
        }
        app.overlay = .whatIf(whatIf)
        return []
    }

    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        WhatIfView.draw(whatIf, context, in: bounds, canvas: &canvas)
    }
}
