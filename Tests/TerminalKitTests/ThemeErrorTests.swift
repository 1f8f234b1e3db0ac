import Testing

@testable import TerminalKit

@Suite("Theme errors")
struct ThemeErrorTests {
    private func parseError(_ toml: String, file: String = "themes/x.toml") -> ThemeError? {
        do {
            _ = try Theme.parse(toml, name: "x", file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func malformedTOMLNamesFileLineAndColumn() throws {
        let error = try #require(parseError("description = \"ok\"\n[market]\nbid = \"#00ff00\n"))
        #expect(error.file == "themes/x.toml")
        #expect(error.line == 3)
        #expect(error.column != nil)
        #expect(error.description.hasPrefix("themes/x.toml:3:"))
    }

    @Test func anUnknownColourPointsAtTheValue() throws {
        let toml = """
            description = "typo"

            [market]
            ask = "short"
                bid = "reed"
            """
        let error = try #require(parseError(toml))
        #expect(error.description == "themes/x.toml:5:11: unknown colour 'reed' for market.bid")
    }

    @Test func anUnknownColourInAStyleTableOrGradientIsFoundToo() throws {
        let table = try #require(parseError("[ui]\ntitle = { fg = \"brite\", bold = true }\n"))
        #expect(table.line == 2 && table.message == "unknown colour 'brite' for ui.title")
        let gradient = try #require(parseError("[heatmap]\nlong = [\"#000000\", \"nope\"]\n"))
        #expect(gradient.line == 2 && gradient.message == "unknown colour 'nope' for heatmap.long")
    }

    @Test func unknownSlotsGroupsKeysAndStyleFieldsAreRefused() throws {
        let slot = try #require(parseError("[market]\nbidd = \"red\"\n"))
        #expect(slot.line == 2 && slot.message.hasPrefix("unknown slot 'bidd' in [market] (known: bid, ask,"))
        let group = try #require(parseError("[markets]\nbid = \"red\"\n"))
        #expect(group.line == 1 && group.message.hasPrefix("unknown key 'markets'"))
        let field = try #require(parseError("[market]\nbid = { colour = \"red\" }\n"))
        #expect(field.line == 2 && field.message.contains("unknown style key 'colour'"))
        let override = try #require(parseError("[ansi16.charts]\nline = \"red\"\n"))
        #expect(override.message.hasPrefix("unknown group 'charts'"))
    }

    @Test func wrongTypesAndShapesAreRefused() throws {
        #expect(try #require(parseError("[market]\nbid = true\n")).message.contains("must be a colour"))
        #expect(try #require(parseError("[market]\nbid = [\"red\", \"blue\"]\n")).message.contains("not a list"))
        #expect(
            try #require(parseError("[margin]\ngauge = [\"red\"]\n")).message.contains("needs 2–5 colours, found 1"))
        #expect(try #require(parseError("[market]\nbid = 300\n")).message.contains("outside 0–255"))
        #expect(
            try #require(parseError("[market]\nbid = { fg = \"red\", bold = 1 }\n")).message.contains("true or false"))
        #expect(try #require(parseError("[palette]\nsea = \"ocean\"\n")).line == 2)
        #expect(
            try #require(parseError("[heatmap]\nlong = [\"default\", \"red\"]\n")).message.contains(
                "cannot use \"default\""))
    }

    @Test func inheritanceFromAnUnknownThemeOrInACycleIsAnError() throws {
        let unknown = try #require(parseError("description = \"d\"\ninherits = \"nowhere\"\n"))
        #expect(unknown.line == 2 && unknown.message == "inherits unknown theme 'nowhere'")

        let sources = [
            "a": ThemeSource(toml: "inherits = \"b\"\n", file: "a.toml"),
            "b": ThemeSource(toml: "\ninherits = \"a\"\n", file: "b.toml"),
        ]
        do {
            _ = try Theme.parse(sources["a"]!.toml, name: "a", file: "a.toml") { name in
                sources[name].map { [$0] } ?? []
            }
            Issue.record("a cycle parsed")
        } catch {
            #expect(error.file == "b.toml" && error.line == 2)
            #expect(error.message == "inheritance cycle: a → b → a")
        }
    }

    @Test func anErrorInAnInheritedFileNamesThatFile() throws {
        let parent = ThemeSource(toml: "[market]\nbid = \"reed\"\n", file: "parent.toml")
        do {
            _ = try Theme.parse("inherits = \"parent\"\n", name: "child", file: "child.toml") { _ in [parent] }
            Issue.record("a broken parent parsed")
        } catch {
            #expect(error.description == "parent.toml:2:7: unknown colour 'reed' for market.bid")
        }
    }

    @Test func descriptionsWithoutALineOmitIt() {
        #expect(ThemeError(file: "f.toml", message: "gone").description == "f.toml: gone")
        #expect(ThemeError(file: "f.toml", line: 4, message: "bad").description == "f.toml:4: bad")
    }
}
