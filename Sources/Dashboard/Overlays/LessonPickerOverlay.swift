import TerminalKit

/// The lesson picker (`L`): ↑↓ pick, Enter starts, `x` leaves the lesson being played.
struct LessonPickerOverlay: OverlayUnit {
    enum KeyAction: Sendable, Hashable {
        case close, start, leave
        case scroll(ScrollAction)
    }

    static let name = "lessons"
    static let keys = OverlayKeys<KeyAction>(bindings: [
        .init(keys: [.enter], actions: [.start], label: "Enter", help: "start the selected lesson"),
        .init(keys: [.character("x")], actions: [.leave], label: "x", help: "leave the lesson being played"),
        .init(
            keys: [.escape, .character("q"), .character("L")], actions: [.close, .close, .close], label: "Esc/q/L",
            help: "close"),
    ]).sharing(KeyMap.scrolling, as: KeyAction.scroll)

    /// The selected row.
    var selected: Int

    func perform(_ action: KeyAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        switch action {
        case .close: app.overlay = nil
        case .start:
            app.overlay = nil
            return [.startLesson(LessonLibrary.all[selected])]
        case .leave:
            app.overlay = nil
            return app.leaveLesson()
        case .scroll(let scroll):
            let page = app.overlayBounds.height / 2 - 1
            app.overlay = .lessons(scroll.select(from: selected, count: LessonLibrary.all.count, page: page))
        }
        return []
    }

    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        LessonPickerView.draw(selected: selected, context, in: bounds, canvas: &canvas)
    }
}
