import CNCursesW
import Testing

@testable import TerminalKit

@Suite("Terminals and keys")
struct TerminalTests {
    @Test func theMemoryTerminalSendsOnlyWhatChanged() {
        let terminal = MemoryTerminal(width: 10, height: 3)
        var canvas = Canvas(width: 10, height: 3)
        canvas.put("hello", x: 0, y: 0)
        terminal.present(canvas, theme: .builtIn)
        #expect(terminal.lastRuns.count == 3)
        canvas.put("J", x: 0, y: 0)
        canvas.put("!", x: 9, y: 2, style: Style(.accent))
        terminal.present(canvas, theme: .builtIn)
        #expect(
            terminal.lastRuns == [
                CanvasRun(x: 0, y: 0, text: "J", style: .text), CanvasRun(x: 9, y: 2, text: "!", style: Style(.accent)),
            ])
        terminal.present(canvas, theme: .builtIn)
        #expect(terminal.lastRuns.isEmpty)
        #expect(terminal.presentCount == 3)
        #expect(terminal.presented?.row(0) == "Jello     ")
        #expect(terminal.resolvedStyle(x: 9, y: 2) == Theme.builtIn.resolve(Style(.accent), depth: .trueColor))
    }

    @Test func aResizeOrANewThemeRepaintsEverything() throws {
        let terminal = MemoryTerminal(width: 4, height: 2, colorDepth: .ansi16)
        let canvas = Canvas(width: 4, height: 2)
        terminal.present(canvas, theme: .builtIn)
        terminal.resize(width: 4, height: 2)
        #expect(terminal.readKey(timeoutMilliseconds: 0) == .resize)
        #expect(terminal.readKey(timeoutMilliseconds: 0) == nil)
        terminal.present(canvas, theme: .builtIn)
        #expect(terminal.lastRuns.count == 2)
        let mono = try Theme.parse("[ui]\nselection = { reverse = true }\n", name: "m", file: "m.toml")
        terminal.present(canvas, theme: mono)
        #expect(terminal.lastRuns.count == 2)
        terminal.keys = [.character("q")]
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .character("q"))
        terminal.restore()
        #expect(terminal.isRestored)
    }

    @Test func cursesCodesDecodeToKeys() {
        #expect(Key(cursesCode: 10, isFunctionKey: false) == .enter)
        #expect(Key(cursesCode: 13, isFunctionKey: false) == .enter)
        #expect(Key(cursesCode: 127, isFunctionKey: false) == .backspace)
        #expect(Key(cursesCode: 8, isFunctionKey: false) == .backspace)
        #expect(Key(cursesCode: 27, isFunctionKey: false) == .escape)
        #expect(Key(cursesCode: 9, isFunctionKey: false) == .tab)
        #expect(Key(cursesCode: 0x61, isFunctionKey: false) == .character("a"))
        #expect(Key(cursesCode: 0x25B2, isFunctionKey: false) == .character("▲"))
        #expect(Key(cursesCode: UInt32(KEY_UP), isFunctionKey: true) == .up)
        #expect(Key(cursesCode: UInt32(KEY_BTAB), isFunctionKey: true) == .backTab)
        #expect(Key(cursesCode: UInt32(KEY_F0 + 1), isFunctionKey: true) == .function(1))
        #expect(Key(cursesCode: UInt32(KEY_F0 + 12), isFunctionKey: true) == .function(12))
        #expect(Key(cursesCode: UInt32(KEY_RESIZE), isFunctionKey: true) == .resize)
        #expect(Key(cursesCode: UInt32(KEY_DC), isFunctionKey: true) == .delete)
        #expect(Key(cursesCode: UInt32(KEY_NPAGE), isFunctionKey: true) == .pageDown)
        #expect(Key(cursesCode: UInt32(KEY_BACKSPACE), isFunctionKey: true) == .backspace)
        #expect(Key(cursesCode: UInt32(KEY_MOUSE), isFunctionKey: true) == nil)
    }

    @Test func errorsReadAsOneLine() {
        #expect(
            TerminalError.notATerminal.description
                == "cascade needs an interactive terminal: standard output is not a TTY")
        #expect(
            TerminalError.unusableTerminal("(TERM=dumb): it cannot move the cursor").description
                == "cascade cannot drive this terminal (TERM=dumb): it cannot move the cursor")
    }

    @Test func asciiFoldingKeepsDrawingsReadable() {
        let folded = String("╭─┄│▲▼⣿⠀█▌░▒·é".map(Glyphs.asciiFallback(for:)))
        #expect(folded == "+--|+-* ##.:.?")
        #expect(Glyphs.asciiFallback(for: "q") == "q")
    }
}
