import Testing

@testable import TerminalKit

@Suite("Theme")
struct ThemeTests {
    static let shipped = ["default-dark", "default-light", "high-contrast", "colorblind", "mono"]

    @Test(arguments: shipped)
    func everyShippedThemeParses(name: String) throws {
        let catalog = ThemeCatalog(searchPaths: [TestSupport.themesFolder])
        let (theme, warning) = catalog.load(name)
        #expect(warning == nil)
        #expect(theme.name == name)
        #expect(!theme.summary.isEmpty)
    }

    @Test func theBuiltInThemeIsTheShippedDefaultDarkFile() throws {
        #expect(Theme.builtInSource == (try TestSupport.themeText("default-dark")))
        #expect(Theme.builtIn.name == "default-dark")
        let fromFile = try Theme.parse(
            try TestSupport.themeText("default-dark"), name: "default-dark", file: "themes/default-dark.toml")
        #expect(fromFile == Theme.builtIn)
    }

    @Test func slotsResolveThroughThePaletteAndTablesAddAttributes() {
        let bid = Theme.builtIn.resolve(Style(.bid), depth: .trueColor)
        #expect(bid.foreground == .rgb(RGB(r: 0x3F, g: 0xB9, b: 0x50)))
        #expect(bid.background == .default)
        let title = Theme.builtIn.resolve(Style(.title, underline: true), depth: .trueColor)
        #expect(title.bold && title.underline && !title.reverse)
    }

    @Test func aChildInheritsUnchangedSlotsAndItsPaletteReachesInheritedSlots() throws {
        let child = try Theme.parse(
            """
            inherits = "default-dark"
            [palette]
            long = "#0000ff"
            [market]
            ask = "#ffff00"
            """, name: "child", file: "child.toml")
        #expect(child.resolve(Style(.bid), depth: .trueColor).foreground == .rgb(RGB(r: 0, g: 0, b: 255)))
        #expect(child.resolve(Style(.ask), depth: .trueColor).foreground == .rgb(RGB(r: 255, g: 255, b: 0)))
        let text = Style(.text)
        #expect(child.resolve(text, depth: .trueColor) == Theme.builtIn.resolve(text, depth: .trueColor))
        #expect(
            child.resolve(Style(.selection), depth: .ansi16) == Theme.builtIn.resolve(Style(.selection), depth: .ansi16)
        )
    }

    @Test func colorblindSwapsGreenAndRedForBlueAndOrange() throws {
        let (theme, warning) = ThemeCatalog(searchPaths: [TestSupport.themesFolder]).load("colorblind")
        #expect(warning == nil)
        guard case .rgb(let bid) = theme.resolve(Style(.bid), depth: .trueColor).foreground,
            case .rgb(let ask) = theme.resolve(Style(.ask), depth: .trueColor).foreground
        else {
            Issue.record("colorblind bid/ask are not RGB")
            return
        }
        #expect(bid.b > bid.g && bid.b > bid.r)
        #expect(ask.r > ask.g && ask.g > ask.b)
        #expect(theme.resolve(Style(.bid), depth: .ansi16).foreground == .indexed(12))
    }

    @Test func gradientsAreExpandedToEightStepsFromFirstToLastStop() throws {
        let theme = try Theme.parse(
            """
            [margin]
            gauge = ["#000000", "#ffffff"]
            """, name: "g", file: "g.toml")
        let steps = (0..<8).map { theme.resolve(Style(.marginGauge, level: UInt8($0)), depth: .trueColor).foreground }
        #expect(steps.first == .rgb(RGB(r: 0, g: 0, b: 0)))
        #expect(steps.last == .rgb(RGB(r: 255, g: 255, b: 255)))
        #expect(steps[1] == .rgb(RGB(r: 36, g: 36, b: 36)))
        #expect(Set(steps).count == 8)
        #expect(
            theme.resolve(Style(.marginGauge, level: 200), depth: .trueColor).foreground
                == .rgb(RGB(r: 255, g: 255, b: 255)))
    }

    @Test func threeStopGradientsPassThroughTheMiddleStop() {
        let steps = RGB.gradient(
            [RGB(r: 0, g: 0, b: 0), RGB(r: 200, g: 0, b: 0), RGB(r: 200, g: 200, b: 0)], steps: 5)
        #expect(steps.map(\.hex) == ["#000000", "#640000", "#c80000", "#c86400", "#c8c800"])
    }

    @Test func plainRolesIgnoreTheLevel() {
        let theme = Theme.builtIn
        #expect(
            theme.resolve(Style(.ask, level: 5), depth: .trueColor) == theme.resolve(Style(.ask), depth: .trueColor))
    }

    @Test func aBackgroundAppliesToEverySlotWithoutItsOwn() throws {
        let (light, warning) = ThemeCatalog(searchPaths: [TestSupport.themesFolder]).load("default-light")
        #expect(warning == nil)
        let white = TerminalColor.rgb(RGB(r: 255, g: 255, b: 255))
        #expect(light.resolve(.text, depth: .trueColor).background == white)
        #expect(light.resolve(Style(.bid), depth: .trueColor).background == white)
        #expect(light.resolve(Style(.selection), depth: .trueColor).background != white)
        #expect(light.resolve(.text, depth: .ansi16).background == .indexed(15))
    }
}
