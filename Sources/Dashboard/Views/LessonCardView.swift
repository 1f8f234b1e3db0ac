import TerminalKit

/// The lesson card above the status line: which lesson and step, what to do, and how to go on.
public enum LessonCardView {
    /// `panelShown`: whether the step's panel fits this terminal (the card says so when not).
    public static func draw(
        _ progress: LessonProgress, _ context: ViewContext, panelShown: Bool, in rect: Rect, canvas: inout Canvas
    ) {
        canvas.fill(rect, style: Style(.overlay))
        let lesson = progress.lesson
        let title: String
        var text: String
        let hint: String
        if let step = progress.current {
            title = "\(lesson.title) · step \(progress.step + 1) of \(lesson.steps.count)"
            text = step.text
            if let panel = step.panel, !panelShown {
                text += " (The \(panel.title) panel needs a larger terminal: 120×36 or more shows every panel.)"
            }
            hint =
                step.goal == .read ? "Enter: go on · G glossary · L lessons" : "do it to go on · G glossary · L lessons"
        } else {
            title = "Lesson complete: \(lesson.title)"
            text = "Well done. Enter closes this card; L picks the next lesson, and the market runs on."
            hint = "Enter closes"
        }
        let inner = Box.draw(in: rect, title: title, focused: true, glyphs: context.glyphs, canvas: &canvas)
        if rect.width > hint.count + 6 {
            canvas.put(" \(hint) ", x: rect.maxX - hint.count - 4, y: rect.maxY - 1, style: Style(.muted))
        }
        let role: Role = progress.isComplete ? .marginSafe : .text
        for (row, line) in OverlayPage.wrap(text, width: inner.width).prefix(inner.height).enumerated() {
            canvas.put(line, x: inner.x, y: inner.y + row, style: Style(role, bold: row == 0), maxWidth: inner.width)
        }
    }
}

/// The lesson picker (`L`): every lesson with its one-line summary.
public enum LessonPickerView {
    public static func draw(selected: Int, _ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        let lessons = LessonLibrary.all
        let width = min(bounds.width, 100)
        let height = min(bounds.height, lessons.count * 2 + 2)
        let rect = Rect(
            x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2, width: width,
            height: height)
        canvas.fill(rect, style: Style(.overlay))
        let leave = context.state.lesson == nil ? "" : ", x leaves the current one"
        let inner = Box.draw(
            in: rect, title: "Lessons (↑↓ pick, Enter starts\(leave), Esc)", focused: true, glyphs: context.glyphs,
            canvas: &canvas)
        for (index, lesson) in lessons.enumerated() where inner.y + index * 2 + 1 < inner.maxY {
            let y = inner.y + index * 2
            let chosen = index == selected
            if chosen { canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2), style: Style(.selection)) }
            let playing = context.state.lesson?.lesson.name == lesson.name ? " · playing" : ""
            canvas.put(
                "\(index + 1). \(lesson.title)  (:lesson \(lesson.name)\(playing))", x: inner.x + 1, y: y,
                style: Style(.title, bold: chosen), maxWidth: inner.width - 1)
            canvas.put(
                "   \(lesson.summary)", x: inner.x + 1, y: y + 1, style: Style(.muted), maxWidth: inner.width - 1)
        }
    }
}
