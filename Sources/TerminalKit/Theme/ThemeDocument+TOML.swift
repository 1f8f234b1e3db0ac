import TOMLInput
import TOMLKit

extension ThemeDocument {
    /// Reads one theme file; `file` names it in errors. Syntax errors carry TOMLKit's line and
    /// column; other errors are located by searching the text for the key.
    init(parsing source: String, file: String) throws(ThemeError) {
        self.init(file: file)
        let root: TOMLTable
        do throws(TOMLInput.Problem) {
            root = try TOMLInput.table(source)
        } catch {
            throw ThemeError(file: file, line: error.line, column: error.column, message: error.message)
        }
        let reader = ThemeFileReader(locator: SourceLocator(source: source, file: file))
        for key in root.keys.sorted() {
            guard let value = root[key] else { continue }
            switch key {
            case "description":
                summary = try reader.string(value, [], key)
            case "inherits":
                inherits = Inheritance(
                    name: try reader.string(value, [], key), location: reader.locator.locate(table: [], key: key))
            case "palette":
                palette = try reader.palette(try reader.subtable(value, [], key))
            case "ansi16":
                ansi16 = try reader.layer(try reader.subtable(value, [], key), prefix: [key])
            case "ansi8":
                ansi8 = try reader.layer(try reader.subtable(value, [], key), prefix: [key])
            case _ where Role.themeGroups.contains(key):
                try reader.read(group: key, try reader.subtable(value, [], key), path: [key], into: &main)
            default:
                throw reader.error(
                    [], key,
                    "unknown key '\(key)' (a theme has description, inherits, [palette], "
                        + "[ui], [market], [chart], [heatmap], [margin], [ansi16] and [ansi8])")
            }
        }
    }
}
