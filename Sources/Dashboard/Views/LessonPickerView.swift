import TerminalKit

/// The lesson picker (`L`): every lesson with its one-line summary.
enum LessonPickerView {
    static func draw(selected: Int, _ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
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
        // Two rows a lesson; the list scrolls to keep the selection in view.
        let fits = max(1, inner.height / 2)
        let first = max(0, min(selected, lessons.count - 1) - fits + 1)
        for (row, index) in (first..<min(lessons.count, first + fits)).enumerated() {
            let lesson = lessons[index]
            let y = inner.y + row * 2
            let chosen = index == selected
            if chosen { canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2), style: Style(.selection)) }
            let playing = context.state.lesson?.lesson.name == lesson.name ? " · playing" : ""
            canvas.put(
                "\(index + 1). \(lesson.title)  (:lesson \(lesson.name)\(playing))".fitting(inner.width - 1),
                x: inner.x + 1, y: y, style: Style(.title, bold: chosen))
            canvas.put(
                "   \(lesson.summary)".fitting(inner.width - 1), x: inner.x + 1, y: y + 1, style: Style(.muted))
        }
        ScrollMarker.draw(
            frame: rect, selected: selected, total: lessons.count, scrolled: lessons.count > fits, canvas: &canvas)
    }
}
