import CascadeCore
import CascadeSim
import TerminalKit

extension AppState {
    /// The reducer: applies `key` to the screen state and returns what it asks of the engine.
    /// `visible` are the panels the layout shows, in focus order.
    public mutating func handle(
        _ key: Key, snapshot: MarketSnapshot?, visible: [Panel]
    ) -> [AppEffect] {
        if notice != nil {
            // The banner takes every key until it is dismissed, so it cannot pass unread.
            if keyMap.binds(key, to: .dismissNotice) { notice = nil }
            return []
        }
        if let overlay {
            return handle(key, in: overlay, snapshot: snapshot)
        }
        // A lesson card waiting for Enter takes it before the workspace (Markets opens a row with Enter).
        if let progress = lesson, progress.isComplete || progress.current?.goal == .read,
            keyMap.binds(key, to: .continueLesson)
        {
            status = nil
            return continueLesson()
        }
        if let effects = workspace.screen.handle(key, state: &self, snapshot: snapshot) {
            status = nil
            return effects
        }
        guard let action = keyMap.action(for: key) ?? KeyMap.workspaces.action(for: key) else { return [] }
        status = nil
        return perform(action, snapshot: snapshot, visible: visible)
    }

    private mutating func perform(_ action: Action, snapshot: MarketSnapshot?, visible: [Panel]) -> [AppEffect] {
        let user = World.userAccount
        switch action {
        case .help:
            overlay = .help
            overlayScroll = 0
        case .commandLine: overlay = .commandLine(TextInput())
        case .focusNext, .focusPrevious:
            // A maximised panel shows one at a time, so Tab can reach every panel, shown or not.
            let order = maximised == nil ? visible : Panel.allCases
            guard !order.isEmpty else { return [] }
            let position = order.firstIndex(of: focus) ?? 0
            let step = action == .focusNext ? 1 : order.count - 1
            focus = order[(position + step) % order.count]
            if maximised != nil { maximised = focus }
        case .maximise: toggleMaximised()
        case .moveUp, .moveDown:
            let step = action == .moveUp ? -1 : 1
            if focus == .log {
                scrollLog(by: step, snapshot: snapshot)
            } else {
                selectedRow = snapshot?.account.row(selectedRow, movedBy: step) ?? 0
            }
        case .buy, .sell:
            guard let snapshot else { return [] }
            let leverage = snapshot.account.leverage(of: instrument) ?? 10
            let mode = snapshot.account.mode(of: instrument) ?? .cross
            var ticket = OrderTicket(side: action == .buy ? .buy : .sell, leverage: leverage, mode: mode, price: "")
            ticket.prefillPrice(app: self, snapshot: snapshot)
            overlay = .ticket(ticket)
        case .closePosition:
            return selectedOrder(in: snapshot) == nil ? closePosition(snapshot) : cancelSelectedOrder(snapshot)
        case .cancelSelectedOrder: return cancelSelectedOrder(snapshot)
        case .amendSelectedOrder: return amendSelectedOrder(snapshot)
        case .cancelOrders: return cancelAllOrders(snapshot)
        case .toggleMarginMode:
            let current = snapshot?.account.mode(of: instrument) ?? .cross
            let next: MarginMode = current == .cross ? .isolated : .cross
            status = ("Margin mode → \(next == .cross ? "cross" : "isolated")", false)
            return [.engine(.command(.setMarginMode(user, instrument, next)))]
        case .leverageDown, .leverageUp:
            let current = snapshot?.account.leverage(of: instrument) ?? 10
            let maximum = snapshot.map { market(in: $0).instrument.tiers.tiers[0].maxLeverage } ?? 125
            let next = OrderTicket.leverage(after: current, up: action == .leverageUp, maximum: maximum)
            status = ("Leverage → \(next)x", false)
            return [.engine(.command(.setLeverage(user, instrument, next)))]
        case .explain:
            overlay = .explain
            overlayScroll = 0
        case .replays:
            overlay = .replays(
                ReplayBrowser(
                    newest: snapshot?.replays.last?.id ?? 0,
                    newestAuction: snapshot?.lending?.replays.last.map { Int($0.auction.rawValue) } ?? 0))
        case .glossary: overlay = .glossary(0)
        case .history: overlay = .history(0)
        case .lessons:
            let current = lesson.flatMap { progress in LessonLibrary.all.firstIndex { $0.name == progress.lesson.name }
            }
            overlay = .lessons(current ?? 0)
        case .continueLesson: return continueLesson()
        case .whatIf:
            guard let snapshot,
                let position = AccountView.selectedPosition(
                    ViewContext(snapshot: snapshot, state: self, glyphs: .ascii))
            else {
                status = ("What-if needs a position: open one with b or s", true)
                return []
            }
            overlay = .whatIf(
                WhatIf(
                    mark: position.risk.input.mark, leverage: position.position.leverage, mode: position.position.mode))
        case .nextInstrument:
            instrument = InstrumentID(index: (instrument.index + 1) % max(1, snapshot?.instruments.count ?? 1))
            selectedRow = 0
            options = OptionsSelection()
        case .togglePause:
            return setPaused(!(snapshot?.paused ?? false))
        case .slower, .faster:
            let current = snapshot?.speed ?? 1
            let steps = SimulationSpeed.steps
            let index = steps.lastIndex { $0 <= current } ?? 0
            let next = steps[max(0, min(steps.count - 1, index + (action == .faster ? 1 : -1)))]
            status = ("Speed \(SimulationSpeed.text(next))", false)
            return [.engine(.setSpeed(next))]
        case .nextTheme: return [.nextTheme]
        case .bookDepth:
            bookGrouping =
                Self.groupings[((Self.groupings.firstIndex(of: bookGrouping) ?? 0) + 1) % Self.groupings.count]
            if let snapshot {
                let instrument = market(in: snapshot).instrument
                let step = BookView.groupText(Int64(bookGrouping), instrument)
                status = ("Book levels grouped by \(step) (\(bookGrouping) tick\(bookGrouping == 1 ? "" : "s"))", false)
            }
        case .depthChart: showsDepthChart.toggle()
        case .chartMode: chartMode = chartMode == .candles ? .line : .candles
        case .timeframe:
            timeframe = Self.timeframes[((Self.timeframes.firstIndex(of: timeframe) ?? 0) + 1) % Self.timeframes.count]
        case .heatmapSource: heatmapSource = heatmapSource == .engine ? .estimate : .engine
        case .logFilter:
            logYoursOnly.toggle()
            logTop = nil
        case .searchLog: overlay = .logSearch(TextInput(text: logSearch))
        case .dismissNotice:
            notice = nil
            maximised = nil
        case .quit: return confirmingOpenPosition(.quit, snapshot: snapshot)
        case .workspace(let opened):
            guard opened != workspace else { return [] }
            workspace = opened
            opened.screen.opened(state: &self)
        }
        return []
    }

    /// Shows the newest liquidation notice `snapshot` brings that has not been shown yet (a new
    /// world's notices count from the start again).
    /// - Returns: whether a notice was new (the app rings the bell for it when the user asked).
    @discardableResult
    mutating func takeNotices(from snapshot: MarketSnapshot) -> Bool {
        if snapshot.generation != seenNotice.generation { seenNotice = (snapshot.generation, 0) }
        guard let newest = snapshot.notices.last, newest.sequence > seenNotice.sequence else { return false }
        seenNotice.sequence = newest.sequence
        notice = newest
        return true
    }

    /// Maximises the focused panel of the Trade workspace, or restores the layout.
    mutating func toggleMaximised() {
        guard maximised == nil else {
            maximised = nil
            return
        }
        // The other workspaces lay out no focusable panels: there, as an unknown key, it does nothing.
        guard workspace == .trade else { return }
        maximised = focus
    }

    /// Stops or restarts the simulated clock, and says which.
    mutating func setPaused(_ paused: Bool) -> [AppEffect] {
        status = (paused ? "Paused: the simulated clock stands still (space resumes)" : "Resumed", false)
        return [.engine(.setPaused(paused))]
    }

    /// A reduce-only market order for the whole position in the shown instrument.
    mutating func closePosition(_ snapshot: MarketSnapshot?) -> [AppEffect] {
        guard let position = snapshot?.account.positions.first(where: { $0.instrument == instrument }) else {
            status = ("No \(symbol(snapshot)) position to close", true)
            return []
        }
        guard let terms = OrderTerms.closing(positionOf: position.position.size) else { return [] }
        status = ("Closing \(symbol(snapshot)) position", false)
        return [.engine(.command(.place(userOrder(terms, in: position.instrument))))]
    }

    func symbol(_ snapshot: MarketSnapshot?) -> String {
        snapshot.map { market(in: $0).instrument.symbol } ?? ""
    }
}
