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

    @Test func theShippedThemesAreAlwaysThereBuiltIn() {
        let catalog = ThemeCatalog(searchPaths: ["/nonexistent/cascade"])
        #expect(catalog.names() == ["colorblind", "default-dark", "default-light", "high-contrast", "mono"])
        #expect(catalog.entries().allSatisfy { $0.source == "built-in" && !$0.description.isEmpty })
        #expect(catalog.entries().first { $0.name == "default-dark" }?.description == Theme.builtIn.summary)
        let (theme, warning) = catalog.load("default-dark")
        #expect(theme == .builtIn && warning == nil)
    }

    /// Run from a folder with no `themes/` (and no user themes), every shipped theme is still listed
    /// and loads, inheritance through the shipped default included.
    @Test func anEmptyCurrentDirectoryStillListsAndLoadsAllFive() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = ThemeCatalog.standard(environment: ["HOME": folder], currentDirectory: folder)
        #expect(catalog.names() == ["colorblind", "default-dark", "default-light", "high-contrast", "mono"])
        for name in catalog.names() {
            let (theme, warning) = catalog.load(name)
            #expect(warning == nil)
            #expect(theme.name == name)
        }
        let (mono, _) = catalog.load("mono")
        #expect(mono != .builtIn)
    }

    /// A file in `./themes` still overrides the shipped theme of its name.
    @Test func aFolderThemeOverridesTheShippedOneOfItsName() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/themes", withIntermediateDirectories: true)
        try "description = \"my mono\"\ninherits = \"mono\"\n".write(
            toFile: folder + "/themes/mono.toml", atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog.standard(environment: [:], currentDirectory: folder)
        let (mono, warning) = catalog.load("mono")
        #expect(warning == nil)
        #expect(mono.summary == "my mono")
        #expect(catalog.entries().first { $0.name == "mono" }?.source == folder + "/themes/mono.toml")
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
        #expect(
            notFound?.message
                == "no theme named 'nope' (available: broken, colorblind, default-dark, default-light, garbled, "
                + "high-contrast, mono)")
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
