import TerminalKit

/// Every panel in its place, the lesson card, then the status line and any open overlay on top.
public enum DashboardScreen {
    /// Draws the whole screen into `canvas`: header, the workspace's panels, lesson card, status line,
    /// open overlay and notice banner. Called for every frame drawn.
    public static func draw(_ context: ViewContext, layout: DashboardLayout, canvas: inout Canvas) {
        HeaderView.draw(context, in: layout.header, canvas: &canvas)
        let workspace = context.state.workspace.screen
        workspace.draw(context, layout: layout, canvas: &canvas)
        if let card = layout.lesson, let progress = context.state.lesson {
            let panels = workspace.panels(in: layout).map(\.panel)
            let shown = progress.current?.panel.map(panels.contains) ?? true
            LessonCardView.draw(progress, context, panelShown: shown, in: card, canvas: &canvas)
        }
        // After the lesson card: a long status message grows upward over the rows above its line.
        StatusLineView.draw(context, in: layout.status, canvas: &canvas)
        let body = overlayBounds(width: canvas.width, height: canvas.height, lesson: layout.lesson != nil)
        context.state.overlay?.unit.draw(context, in: body, canvas: &canvas)
        if let notice = context.state.notice {
            MessageBox.draw(
                title: notice.kind.rawValue, lines: noticeLines(notice, context),
                role: notice.kind == .priceAlert ? .accent : .marginDanger,
                glyphs: context.glyphs, canvas: &canvas)
        }
    }

    /// The banner's text: what happened and when, the equity left, and how to go on.
    static func noticeLines(_ notice: LiquidationNotice, _ context: ViewContext) -> [String] {
        if notice.kind == .priceAlert {
            return [
                notice.detail, "",
                "At \(DisplayFormat.clock(notice.time % (24 * .hour))). Esc/Enter dismisses; "
                    + ":alerts lists the others.",
            ]
        }
        return [
            notice.text, "",
            "At \(DisplayFormat.clock(notice.time % (24 * .hour))); equity now "
                + "\(DisplayFormat.money(context.snapshot.account.equity)) USDC.",
            "Esc/Enter dismisses; then r replays it step by step.",
        ]
    }
}

extension DashboardScreen {
    static let helpTitle = "Keys (↑↓ PgUp PgDn scroll, Esc closes)"

    /// Where overlays go: under the header, above the status line and the lesson card.
    static func overlayBounds(width: Int, height: Int, lesson: Bool) -> Rect {
        Rect(x: 0, y: 1, width: width, height: height - 2 - (lesson ? DashboardLayout.lessonRows : 0))
    }
}

/// Shown while the terminal is smaller than the layout's minimum.
enum TooSmallView {
    static func draw(width: Int, height: Int, canvas: inout Canvas) {
        let lines = [
            "Cascade needs \(DashboardLayout.minimumWidth)×\(DashboardLayout.minimumHeight)",
            "this terminal is \(width)×\(height)", "enlarge it, or q to quit",
        ]
        for (offset, line) in lines.enumerated() {
            let y = max(0, height / 2 - 1) + offset
            canvas.put(
                line, x: max(0, (width - line.count) / 2), y: y, style: Style(offset == 0 ? .statusError : .muted))
        }
    }
}
