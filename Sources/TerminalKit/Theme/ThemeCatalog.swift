import Foundation

/// The themes a user can pick: `NAME.toml` files in a list of folders, plus the themes shipped in
/// the binary.
///
/// Earlier folders win and folders win over the shipped themes, so a user's
/// `~/.config/cascade/themes/default-dark.toml` shadows the shipped one (and may still
/// `inherits = "default-dark"` to build on it).
public struct ThemeCatalog: Sendable, Hashable {
    var searchPaths: [String]

    /// A catalog that looks in `searchPaths` in order, then the shipped themes; folders are read on
    /// each lookup, not here.
    public init(searchPaths: [String]) { self.searchPaths = searchPaths }

    /// The standard lookup order: `$XDG_CONFIG_HOME/cascade/themes` (or `~/.config/cascade/themes`),
    /// then `./themes`, then the shipped themes.
    public static func standard(environment: [String: String], currentDirectory: String) -> ThemeCatalog {
        var paths = XDGDirectories.config(environment).map { [$0 + "/themes"] } ?? []
        paths.append(currentDirectory + "/themes")
        return ThemeCatalog(searchPaths: paths)
    }

    /// Every theme name available, sorted, always including the shipped ones.
    public func names() -> [String] {
        var names = Set(Theme.shippedNames)
        for path in searchPaths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// Each theme's name, its `description` and where it comes from (a path or `"built-in"`).
    /// A file that does not parse is listed with its error as the description.
    public func entries() -> [(name: String, description: String, source: String)] {
        names().map { name in
            guard let source = sources(named: name).first else { return (name, "", "built-in") }
            let shown = source.file.hasPrefix("built-in") ? "built-in" : source.file
            do {
                return (name, try ThemeDocument(parsing: source.toml, file: source.file).summary, shown)
            } catch {
                return (name, "unusable: \(error)", source.file)
            }
        }
    }

    /// The theme named `nameOrPath`, or the file at that path when it contains `/` or ends in `.toml`.
    ///
    /// Never fails: a missing or broken theme gives the built-in default and the error to show.
    public func load(_ nameOrPath: String) -> (theme: Theme, warning: ThemeError?) {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        let name = isPath ? Self.themeName(ofPath: nameOrPath) : nameOrPath
        let source: ThemeSource
        if isPath {
            guard let text = try? String(contentsOfFile: nameOrPath, encoding: .utf8) else {
                return (.builtIn, ThemeError(file: nameOrPath, message: "cannot read the theme file"))
            }
            source = ThemeSource(toml: text, file: nameOrPath)
        } else {
            guard let found = sources(named: name).first else {
                let known = names().joined(separator: ", ")
                return (.builtIn, ThemeError(file: name, message: "no theme named '\(name)' (available: \(known))"))
            }
            source = found
        }
        do {
            return (try Theme.parse(source.toml, name: name, file: source.file, lookup: sources(named:)), nil)
        } catch {
            return (.builtIn, error)
        }
    }

    /// The readable files for `name` in search order, then the shipped theme of that name.
    func sources(named name: String) -> [ThemeSource] {
        var found: [ThemeSource] = []
        for path in searchPaths {
            let file = path + "/" + name + ".toml"
            if let text = try? String(contentsOfFile: file, encoding: .utf8) {
                found.append(ThemeSource(toml: text, file: file))
            }
        }
        return found + Theme.builtInSources(name)
    }

    private static func themeName(ofPath path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".toml") ? String(file.dropLast(5)) : file
    }
}
