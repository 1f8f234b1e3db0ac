import Foundation
import Testing

/// Public API is what another module uses, and each public declaration says what it is for: a `///`
/// comment right above it (attribute-only lines such as `@discardableResult` may sit between).
@Suite("Public API")
struct PublicAPIDocTests {
    @Test func everyPublicDeclarationHasADocComment() throws {
        let sources = CascadeBinary.packageRoot.appendingPathComponent("Sources")
        let walker = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var undocumented: [String] = []
        var declarations = 0
        for case let url as URL in walker where url.pathExtension == "swift" {
            let lines = try String(contentsOf: url, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            for index in Self.declarationLines(lines) {
                declarations += 1
                if !Self.isDocumented(lines, at: index) {
                    undocumented.append("\(url.path.dropFirst(sources.path.count + 1)):\(index + 1): \(lines[index])")
                }
            }
        }
        #expect(declarations > 500, "the scan found only \(declarations) public declarations")
        #expect(undocumented.isEmpty, "\(undocumented.joined(separator: "\n"))")
    }

    @Test func theScanFindsAnUndocumentedDeclaration() {
        let lines: [Substring] = [
            "/// Documented.", "@inlinable public init() {}", "@inlinable public var x: Int { 0 }",
            "public static let help = \"\"\"", "public words in a string", "\"\"\"",
        ]
        let found = Self.declarationLines(lines)
        #expect(found == [1, 2, 3])
        #expect(Self.isDocumented(lines, at: 1))
        #expect(!Self.isDocumented(lines, at: 2))
    }

    /// Indices of lines that declare something public, outside multi-line string literals.
    static func declarationLines(_ lines: [Substring]) -> [Int] {
        var inString = false
        var found: [Int] = []
        for (index, line) in lines.enumerated() {
            let opensOrClosesAString = line.components(separatedBy: "\"\"\"").count % 2 == 0
            if !inString, line.firstMatch(of: Self.declaration) != nil { found.append(index) }
            if opensOrClosesAString { inString.toggle() }
        }
        return found
    }

    /// Whether a `///` line sits above `index`, skipping lines that hold only attributes.
    static func isDocumented(_ lines: [Substring], at index: Int) -> Bool {
        var above = index - 1
        while above >= 0, lines[above].wholeMatch(of: Self.attributeOnly) != nil { above -= 1 }
        return above >= 0 && lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///")
    }

    nonisolated(unsafe) private static let declaration = /^\s*(@\w+(\([^)]*\))?\s+)*(public|open)\s/
    nonisolated(unsafe) private static let attributeOnly = /\s*@\w+(\([^)]*\))?\s*/
}
