import CascadeCore
import CascadeSim
import TerminalKit

extension AppState {
    /// Keys while an overlay is open: it takes them all; Esc closes it.
    mutating func handle(_ key: Key, in overlay: Overlay, snapshot: MarketSnapshot?) -> [AppEffect] {
        if scroll(key, in: overlay, snapshot: snapshot) { return [] }
        switch overlay {
        case .help, .explain:
            if key == .escape || key == .character("q") || key == .character("?") || key == .character("e") {
                self.overlay = nil
            }
        case .explainTicket(let ticket):
            if key == .escape || key == .function(2) || key == .character("e") { self.overlay = .ticket(ticket) }
        case .confirm(let confirmation):
            // `y` goes ahead (and `q` again, for quit); any other key keeps things as they were.
            self.overlay = nil
            if key == .character("y") || (confirmation == .quit && key == .character("q")) {
                return confirmed(confirmation)
            }
        case .commandLine(var input):
            switch input.handle(key) {
            case .submitted(let text):
                self.overlay = nil
                return runCommand(text, snapshot: snapshot)
            case .cancelled: self.overlay = nil
            case .edited, .ignored: self.overlay = .commandLine(input)
            }
        case .ticket(var ticket):
            return handle(key, ticket: &ticket, snapshot: snapshot)
        case .replays(var browser):
            handle(key, browser: &browser, snapshot: snapshot)
        case .glossary:
            if key == .escape || key == .character("q") || key == .character("G") { self.overlay = nil }
        case .lessons(let selected):
            return handle(key, lessonPicker: selected)
        case .whatIf(var whatIf):
            guard let snapshot else { return [] }
            let tick = market(in: snapshot).instrument
            let step = max(1, whatIf.mark.ticks / 200)
            switch KeyMap.whatIf.action(for: key) {
            case .close:
                self.overlay = nil
                return []
            case .markDown: whatIf.mark = Price(ticks: max(1, whatIf.mark.ticks - step))
            case .markUp: whatIf.mark = Price(ticks: whatIf.mark.ticks + step)
            case .markDownFar: whatIf.mark = Price(ticks: max(1, whatIf.mark.ticks - 10 * step))
            case .markUpFar: whatIf.mark = Price(ticks: whatIf.mark.ticks + 10 * step)
            case .leverageDown: whatIf.leverage = max(1, whatIf.leverage - 1)
            case .leverageUp: whatIf.leverage = min(tick.tiers.tiers[0].maxLeverage, whatIf.leverage + 1)
            case .toggleMode: whatIf.mode = whatIf.mode == .cross ? .isolated : .cross
            case nil: break
            }
            self.overlay = .whatIf(whatIf)
        }
        return []
    }

    /// The replays overlay (scroll keys are handled before): Enter opens, `u` only yours, `r` takes
    /// in newer ones, Esc goes back to the list, then closes.
    private mutating func handle(_ key: Key, browser: inout ReplayBrowser, snapshot: MarketSnapshot?) {
        switch key {
        case .escape, .character("q"):
            if browser.opened == nil {
                overlay = nil
                return
            }
            browser.opened = nil
            browser.offset = 0
        case .character("r") where browser.opened == nil:
            browser.newest = snapshot?.replays.last?.id ?? 0
            browser.selected = 0
        case .enter where browser.opened == nil:
            let listed = browser.listed(snapshot?.replays ?? [])
            if listed.indices.contains(browser.selected) { browser.opened = listed[browser.selected].id }
        case .character("u") where browser.opened == nil:
            browser.yoursOnly.toggle()
            browser.selected = 0
        default: break
        }
        overlay = .replays(browser)
    }

    private mutating func handle(_ key: Key, ticket: inout OrderTicket, snapshot: MarketSnapshot?) -> [AppEffect] {
        guard let snapshot else { return [] }
        let market = market(in: snapshot)
        switch key {
        case .escape:
            overlay = nil
            status = ("Order cancelled", false)
            return []
        case .enter:
            return place(ticket, market: market, snapshot: snapshot)
        case .function(2):
            overlay = .explainTicket(ticket)
            overlayScroll = 0
            return []
        case .tab, .down: ticket.moveField(by: 1)
        case .backTab, .up: ticket.moveField(by: -1)
        case .left, .right:
            if ticket.field == .size || ticket.field == .price {
                _ = ticket.field == .size ? ticket.size.handle(key) : ticket.price.handle(key)
            } else {
                ticket.cycle(by: key == .left ? -1 : 1, maximumLeverage: market.instrument.tiers.tiers[0].maxLeverage)
            }
        default:
            if ticket.field == .size {
                _ = ticket.size.handle(key)
            } else if ticket.field == .price {
                _ = ticket.price.handle(key)
            } else if key == .character(" ") {
                ticket.cycle(by: 1, maximumLeverage: market.instrument.tiers.tiers[0].maxLeverage)
            }
        }
        overlay = .ticket(ticket)
        return []
    }

    /// The commands that carry out a ticket: mode and leverage first (when changed), then the order.
    private mutating func place(_ ticket: OrderTicket, market: InstrumentSnapshot, snapshot: MarketSnapshot)
        -> [AppEffect]
    {
        let user = World.userAccount
        switch ticket.terms(on: market.instrument) {
        case .failure(let error):
            status = ("Ticket: \(error)", true)
            overlay = .ticket(ticket)
            return []
        case .success(let terms):
            let order = userOrder(terms, in: market.id)
            overlay = nil
            var commands: [Command] = []
            let index = market.id.rawValue
            if snapshot.account.modes.indices.contains(index), snapshot.account.modes[index] != ticket.mode {
                commands.append(.setMarginMode(user, market.id, ticket.mode))
            }
            if snapshot.account.leverages.indices.contains(index), snapshot.account.leverages[index] != ticket.leverage
            {
                commands.append(.setLeverage(user, market.id, ticket.leverage))
            }
            commands.append(.place(order))
            status = (
                "Sent \(ticket.side == .buy ? "buy" : "sell") \(market.instrument.format(order.terms.quantity)) "
                    + "\(market.instrument.symbol) \(ticket.kind.rawValue)", false
            )
            return commands.map { .engine(.command($0)) }
        }
    }
}
