import TerminalKit

/// The lesson card above the status line: which lesson and step, what to do, and how to go on.
enum LessonCardView {
    /// `panelShown`: whether the step's panel fits this terminal (the card says so when not).
    static func draw(
        _ progress: LessonProgress, _ context: ViewContext, panelShown: Bool, in rect: Rect, canvas: inout Canvas
    ) {
        canvas.fill(rect, style: Style(.overlay))
        let lesson = progress.lesson
        let title: String
        var text: String
        let hint: String
        if let step = progress.current {
            title = "\(lesson.title) · step \(progress.step + 1) of \(lesson.steps.count)"
            text = progress.text(snapshot: context.snapshot, state: context.state)
            if let panel = step.panel, !panelShown {
                text +=
                    " (The \(panel.title) panel needs a larger terminal: 120×42 or more shows every panel with the card.)"
            }
            hint =
                step.goal == .read ? "Enter: go on · G glossary · L lessons" : "do it to go on · G glossary · L lessons"
        } else {
            title = "Lesson complete: \(lesson.title)"
            text = "Well done. Enter closes this card; L picks the next lesson, and the market runs on."
            hint = "Enter closes"
        }
        // Not `focused`: the double frame marks the one panel that has focus, and the card never does.
        let inner = Box.draw(in: rect, title: title, focused: false, glyphs: context.glyphs, canvas: &canvas)
        if rect.width > hint.count + 6 {
            canvas.put(" \(hint) ", x: rect.maxX - hint.count - 4, y: rect.maxY - 1, style: Style(.muted))
        }
        let role: Role = progress.isComplete ? .marginSafe : .text
        for (row, line) in text.wrapped(inner.width).prefix(inner.height).enumerated() {
            canvas.put(line, x: inner.x, y: inner.y + row, style: Style(role, bold: row == 0), maxWidth: inner.width)
        }
    }
}
