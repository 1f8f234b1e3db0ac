import Testing

@testable import TerminalKit

@Suite("Theme colour depths")
struct ThemeDegradationTests {
    static let red = TerminalColor.rgb(RGB(r: 255, g: 0, b: 0))

    @Test func knownColoursMapToTheExpectedPaletteEntries() {
        #expect(Self.red.degraded(to: .trueColor, background: false) == Self.red)
        #expect(Self.red.degraded(to: .palette256, background: false) == .indexed(196))
        #expect(
            TerminalColor.rgb(RGB(r: 128, g: 128, b: 128)).degraded(to: .palette256, background: false) == .indexed(244)
        )
        #expect(
            TerminalColor.rgb(RGB(r: 0, g: 95, b: 135)).degraded(to: .palette256, background: false) == .indexed(24))
        #expect(Self.red.degraded(to: .ansi16, background: false) == .indexed(9))
        #expect(TerminalColor.rgb(RGB(r: 200, g: 10, b: 5)).degraded(to: .ansi16, background: false) == .indexed(1))
        #expect(Self.red.degraded(to: .ansi8, background: false) == .indexed(1))
        #expect(Self.red.degraded(to: .none, background: false) == .default)
        #expect(TerminalColor.indexed(208).degraded(to: .ansi16, background: false) == .indexed(11))
        #expect(TerminalColor.default.degraded(to: .palette256, background: true) == .default)
    }

    @Test func sixteenColoursKeepTheHueOfMutedColours() {
        let softGreen = TerminalColor.rgb(RGB(r: 105, g: 176, b: 67))
        #expect(softGreen.degraded(to: .ansi16, background: false) == .indexed(2))
        let dustyBlue = TerminalColor.rgb(RGB(r: 38, g: 79, b: 120))
        #expect(dustyBlue.degraded(to: .ansi16, background: true) == .indexed(4))
        let paleBlue = TerminalColor.rgb(RGB(r: 88, g: 166, b: 255))
        #expect(paleBlue.degraded(to: .ansi16, background: false) == .indexed(12))
        let darkGrey = TerminalColor.rgb(RGB(r: 28, g: 33, b: 40))
        #expect(darkGrey.degraded(to: .ansi16, background: true) == .indexed(0))
        #expect(TerminalColor.rgb(RGB(r: 255, g: 255, b: 255)).degraded(to: .ansi16, background: false) == .indexed(15))
    }

    @Test func greyTextAtEightColoursBecomesDimWhiteNotBlack() {
        let grey = TerminalColor.rgb(RGB(r: 130, g: 130, b: 130))
        #expect(grey.degraded(to: .ansi8, background: false) == .indexed(7))
        #expect(grey.degraded(to: .ansi8, background: true) == .indexed(0))
        let muted = Theme.builtIn.resolve(Style(.muted), depth: .ansi8)
        #expect(muted.foreground == .indexed(7) && muted.dim)
    }

    @Test func everyDepthOfTheDefaultThemeGivesColoursThatDepthCanShow() {
        for role in Role.allCases {
            for level in 0..<8 {
                let style = Style(role, level: UInt8(level))
                for depth in ColorDepth.allCases {
                    let resolved = Theme.builtIn.resolve(style, depth: depth)
                    for color in [resolved.foreground, resolved.background] {
                        switch (depth, color) {
                        case (_, .default), (.trueColor, _): continue
                        case (.palette256, .indexed): continue
                        case (.ansi16, .indexed(let index)): #expect(index < 16)
                        case (.ansi8, .indexed(let index)): #expect(index < 8)
                        default: Issue.record("\(role) at \(depth) gave \(color)")
                        }
                    }
                }
            }
        }
    }

    @Test func ansiOverridesReplaceTheDerivedColourAtTheirDepthOnly() throws {
        let theme = try Theme.parse(
            """
            [market]
            bid = "#00ff00"
            [ansi16.market]
            bid = "cyan"
            [ansi8]
            market.bid = { fg = "yellow", bold = true }
            """, name: "o", file: "o.toml")
        #expect(theme.resolve(Style(.bid), depth: .palette256).foreground == .indexed(46))
        #expect(theme.resolve(Style(.bid), depth: .ansi16).foreground == .indexed(6))
        let eight = theme.resolve(Style(.bid), depth: .ansi8)
        #expect(eight.foreground == .indexed(3) && eight.bold)
    }

    @Test func withoutColourRolesBecomeAttributesAndDirectionsStayPlain() {
        let theme = Theme.builtIn
        let selection = theme.resolve(Style(.selection), depth: .none)
        #expect(selection.reverse && selection.foreground == .default && selection.background == .default)
        #expect(theme.resolve(Style(.statusError), depth: .none).bold)
        #expect(theme.resolve(Style(.marginDanger), depth: .none).bold)
        #expect(theme.resolve(Style(.muted), depth: .none).dim)
        for role in [Role.up, .down, .bid, .ask] {
            #expect(theme.resolve(Style(role), depth: .none) == ResolvedStyle())
        }
    }

    @Test func monoHasNoColourAtAnyDepthAndReversesTheSelection() {
        let (mono, warning) = ThemeCatalog(searchPaths: [TestSupport.themesFolder]).load("mono")
        #expect(warning == nil)
        for depth in ColorDepth.allCases {
            for role in Role.allCases {
                let resolved = mono.resolve(Style(role), depth: depth)
                #expect(resolved.foreground == .default && resolved.background == .default)
            }
            #expect(mono.resolve(Style(.selection), depth: depth).reverse)
            #expect(mono.resolve(Style(.title), depth: depth).bold)
        }
    }

    @Test func aSelectionTheDepthCannotColourIsReversed() throws {
        let theme = try Theme.parse(
            """
            [ui]
            text = "#c0c0c0"
            selection = { fg = "#c8c8c8" }
            """, name: "s", file: "s.toml")
        #expect(!theme.resolve(Style(.selection), depth: .trueColor).reverse)
        #expect(theme.resolve(Style(.selection), depth: .ansi16).reverse)
    }

    @Test func colourDepthDetectionFollowsTheConventions() {
        #expect(
            ColorDepth.detect(environment: ["NO_COLOR": "", "COLORTERM": "truecolor"], terminalColors: 256) == .none)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "24bit"], terminalColors: 8) == .trueColor)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], terminalColors: 256) == .trueColor)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 256) == .palette256)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 88) == .ansi16)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 8) == .ansi8)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 0) == .none)
        #expect(ColorDepth.trueColor.limited(to: .palette256) == .palette256)
        #expect(ColorDepth.ansi8.limited(to: .trueColor) == .ansi8)
    }
}
