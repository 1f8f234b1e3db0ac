import Foundation
import Testing

/// Every target declares in `Package.swift` each module it imports. SwiftPM on this toolchain builds a
/// target that imports an undeclared sibling module as long as the build order happens to provide it
/// (`--explicit-target-dependency-import-check` does not catch it), so the check lives here.
@Suite("Module imports")
struct ModuleImportTests {
    /// Modules that come with the toolchain: never declared.
    private static let toolchainModules: Set<String> = [
        "Foundation", "FoundationEssentials", "Testing", "XCTest", "Synchronization", "Dispatch", "Glibc", "Darwin",
    ]

    @Test func everyImportedModuleIsDeclared() throws {
        let targets = try Self.declaredDependencies()
        #expect(targets["CascadeCore"] != nil, "the manifest parser found no targets")
        var gaps: [String] = []
        for (target, declared) in targets.sorted(by: { $0.key < $1.key }) {
            for (file, module) in try Self.imports(of: target) where module != target {
                if !declared.contains(module) && !Self.toolchainModules.contains(module) {
                    gaps.append("\(file) imports \(module), which target \(target) does not declare")
                }
            }
        }
        #expect(gaps.isEmpty, "\(gaps.joined(separator: "\n"))")
    }

    @Test func coreImportsNothingOfOurs() throws {
        let targets = try Self.declaredDependencies()
        let ours = Set(targets.keys)
        let coreImports = try Self.imports(of: "CascadeCore").map(\.module)
        #expect(coreImports.filter(ours.contains).isEmpty)
    }

    /// Target name → the modules its `dependencies:` list names (targets by name, products by `name:`).
    static func declaredDependencies() throws -> [String: Set<String>] {
        let manifest = try CascadeBinary.text("Package.swift")
        let declaration = try Regex(#"\.(?:target|executableTarget|testTarget)\(\s*name:\s*"([^"]+)""#)
        let matches = manifest.matches(of: declaration)
        var result: [String: Set<String>] = [:]
        for (index, match) in matches.enumerated() {
            let end = index + 1 < matches.count ? matches[index + 1].range.lowerBound : manifest.endIndex
            let body = manifest[match.range.upperBound..<end]
            guard let name = match.output[1].substring.map(String.init) else { continue }
            var modules: Set<String> = []
            if let start = body.range(of: "dependencies:"), let open = body[start.upperBound...].firstIndex(of: "["),
                let close = body[open...].firstIndex(of: "]")
            {
                // A quoted string not preceded by `package:` names a module: a target, or a product's `name:`.
                let list = body[open...close]
                for literal in list.matches(of: try Regex(#"(package:\s*)?"([^"]+)""#))
                where literal.output[1].substring == nil {
                    if let module = literal.output[2].substring { modules.insert(String(module)) }
                }
            }
            result[name] = modules
        }
        return result
    }

    /// The modules imported by the Swift files of a target (`Sources/NAME` or `Tests/NAME`).
    static func imports(of target: String) throws -> [(file: String, module: String)] {
        let folders = ["Sources/\(target)", "Tests/\(target)"].map {
            CascadeBinary.packageRoot.appendingPathComponent($0)
        }
        let pattern = try Regex(
            #"^(?:@testable\s+)?import\s+(?:struct\s+|enum\s+|class\s+|func\s+)?([A-Za-z_][A-Za-z0-9_]*)"#)
        var found: [(String, String)] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in walker where url.pathExtension == "swift" {
                let text = try String(contentsOf: url, encoding: .utf8)
                for line in text.split(separator: "\n") {
                    if let match = line.firstMatch(of: pattern), let module = match.output[1].substring {
                        found.append((url.lastPathComponent, String(module)))
                    }
                }
            }
        }
        return found
    }
}
