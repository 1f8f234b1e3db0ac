import Foundation
import Testing

@testable import TerminalKit

@Suite("Theme catalog")
struct ThemeCatalogTests {
    @Test func theShippedFolderListsTheFiveThemesWithDescriptions() {
        let catalog = ThemeCatalog(searchPaths: [TestSupport.themesFolder])
        #expect(catalog.names() == ["colorblind", "default-dark", "default-light", "high-contrast", "mono"])
        let entries = catalog.entries()
        #expect(entries.count == 5)
        #expect(entries.allSatisfy { !$0.description.isEmpty && $0.source.hasSuffix("/\($0.name).toml") })
    }

    @Test func theDefaultIsAlwaysThereBuiltIn() {
        let catalog = ThemeCatalog(searchPaths: ["/nonexistent/cascade"])
        #expect(catalog.names() == ["default-dark"])
        #expect(catalog.entries().first?.source == "built-in")
        #expect(catalog.entries().first?.description == Theme.builtIn.summary)
        let (theme, warning) = catalog.load("default-dark")
        #expect(theme == .builtIn && warning == nil)
    }

    @Test func standardLookupPrefersTheUserConfigFolder() {
        let xdg = ThemeCatalog.standard(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"], currentDirectory: "/w")
        #expect(xdg.searchPaths == ["/x/cascade/themes", "/w/themes"])
        let home = ThemeCatalog.standard(environment: ["HOME": "/h"], currentDirectory: "/w")
        #expect(home.searchPaths == ["/h/.config/cascade/themes", "/w/themes"])
    }

    @Test func aMissingOrBrokenThemeFallsBackToTheBuiltInWithTheError() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "[market]\nbid = \"reed\"\n".write(toFile: folder + "/broken.toml", atomically: true, encoding: .utf8)
        try "[market\n".write(toFile: folder + "/garbled.toml", atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(searchPaths: [folder])

        let (broken, error) = catalog.load("broken")
        #expect(broken == .builtIn)
        #expect(error?.description == "\(folder)/broken.toml:2:7: unknown colour 'reed' for market.bid")
        #expect(
            catalog.entries().first { $0.name == "garbled" }?.description.hasPrefix(
                "unusable: \(folder)/garbled.toml:1:") == true)

        let (missing, notFound) = catalog.load("nope")
        #expect(missing == .builtIn)
        #expect(notFound?.message == "no theme named 'nope' (available: broken, default-dark, garbled)")
    }

    @Test func aPathLoadsThatFileAndNamesTheThemeAfterIt() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/mine.toml"
        try "description = \"mine\"\ninherits = \"default-dark\"\n[market]\nbid = \"blue\"\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let (theme, warning) = ThemeCatalog(searchPaths: []).load(path)
        #expect(warning == nil)
        #expect(theme.name == "mine" && theme.summary == "mine")
        #expect(theme.resolve(Style(.bid), depth: .trueColor).foreground == .indexed(4))
        let (_, unreadable) = ThemeCatalog(searchPaths: []).load(folder + "/absent.toml")
        #expect(unreadable?.file == folder + "/absent.toml")
    }

    @Test func aUserDefaultDarkMayInheritTheBuiltInOne() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "description = \"tweaked\"\ninherits = \"default-dark\"\n[market]\nask = \"magenta\"\n".write(
            toFile: folder + "/default-dark.toml", atomically: true, encoding: .utf8)
        let (theme, warning) = ThemeCatalog(searchPaths: [folder]).load("default-dark")
        #expect(warning == nil)
        #expect(theme.resolve(Style(.ask), depth: .trueColor).foreground == .indexed(5))
        #expect(theme.resolve(Style(.bid), depth: .trueColor) == Theme.builtIn.resolve(Style(.bid), depth: .trueColor))
    }
}
