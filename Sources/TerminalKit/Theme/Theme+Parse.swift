extension Theme {
    /// Builds a theme from TOML text; `file` names it in errors. `inherits` may name only a
    /// shipped theme; use the `lookup:` form (or `ThemeCatalog`) to inherit from files.
    public static func parse(_ toml: String, name: String, file: String) throws(ThemeError) -> Theme {
        try parse(toml, name: name, file: file, lookup: builtInSources)
    }

    /// Builds a theme from TOML text, resolving `inherits = "NAME"` through `lookup`, which returns
    /// the candidate sources for a name in order of preference. The first candidate not already in
    /// the chain is used, so a user's `default-dark.toml` may inherit the built-in `default-dark`;
    /// a chain that comes back to itself is an error.
    public static func parse(
        _ toml: String, name: String, file: String, lookup: (String) -> [ThemeSource]
    ) throws(ThemeError) -> Theme {
        var chain = [try ThemeDocument(parsing: toml, file: file)]
        var names = [name]
        while let inheritance = chain[chain.count - 1].inherits {
            let candidates = lookup(inheritance.name)
            guard !candidates.isEmpty else {
                throw ThemeError(inheritance.location, "inherits unknown theme '\(inheritance.name)'")
            }
            names.append(inheritance.name)
            guard let source = candidates.first(where: { candidate in !chain.contains { $0.file == candidate.file } })
            else {
                throw ThemeError(inheritance.location, "inheritance cycle: \(names.joined(separator: " → "))")
            }
            chain.append(try ThemeDocument(parsing: source.toml, file: source.file))
        }
        let merged = chain.dropLast().reversed().reduce(chain[chain.count - 1]) { $0.applying($1) }
        return Theme(name: name, summary: merged.summary, tables: try ThemeResolver(document: merged).tables())
    }

    /// Where `inherits` finds themes when no catalog is given: the shipped (compiled-in) themes.
    /// Each is named `built-in` in errors and lists, the default-dark one exactly so; the others
    /// carry their name so an inheritance chain through several of them is not taken for a cycle.
    static func builtInSources(_ name: String) -> [ThemeSource] {
        shipped.filter { $0.name == name }.map {
            ThemeSource(toml: $0.toml, file: $0.name == builtInName ? "built-in" : "built-in (\($0.name))")
        }
    }
}
