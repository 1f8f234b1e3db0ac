import TerminalKit

/// The bottom line: the command line when open, else the latest message (errors stand out), else
/// the most useful keys.
public enum StatusLineView {
    public static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, style: Style(.status))
        if case .commandLine(let input) = context.state.overlay {
            input.draw(prompt: ":", in: rect, canvas: &canvas)
            return
        }
        if let status = context.state.status {
            canvas.put(
                " " + status.text, x: rect.x, y: rect.y,
                style: Style(status.isError ? .statusError : .status, bold: true),
                maxWidth: rect.width)
            return
        }
        canvas.put(
            " b buy  s sell  x close  c cancel  [ ] leverage  m mode  e explain  w what-if  : command  ? help  q quit",
            x: rect.x, y: rect.y, style: Style(.status), maxWidth: rect.width)
    }
}
