/// A tier file that could not be read, with the line and what is wrong.
public struct TierFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Line number in the file, from 1 (the header is line 1).
    public var line: Int
    /// What is wrong with that line, in words for the user.
    public var problem: String
    /// `line N: problem`, as `cascade calc margin --tiers` reports it.
    public var description: String { "line \(line): \(problem)" }
}

extension MarginTierTable {
    /// The header a tier file must start with.
    public static let csvHeader = "notional_floor,notional_cap,maint_margin_rate,max_leverage,maint_amount_cum"

    /// Reads a tier table from CSV text with `csvHeader`, amounts in `asset`, rates as fractions
    /// (`0.004`) or percentages (`0.4%`). Blank lines are skipped.
    /// - Throws: `TierFileError` naming the line of a malformed row, or of the tier that breaks the
    ///   table's rules (contiguity, rising rates, the cum recurrence).
    public init(csv text: String, asset: Asset) throws(TierFileError) {
        // Split on any line break: "\r\n" is a single Character, so splitting on "\n" alone would not.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: " \t")
        }
        guard lines.first == Self.csvHeader else {
            throw TierFileError(line: 1, problem: "the header must be '\(Self.csvHeader)'")
        }
        var tiers: [MarginTier] = []
        var lineOfTier: [Int] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let number = index + 1
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: " \t")
            }
            guard fields.count == 5 else {
                throw TierFileError(line: number, problem: "expected 5 fields, found \(fields.count)")
            }
            do {
                guard let leverage = Int(fields[3]), leverage >= 1 else {
                    throw TierFileError(line: number, problem: "max_leverage '\(fields[3])' is not a whole number ≥ 1")
                }
                tiers.append(
                    MarginTier(
                        floor: try asset.money(parsing: fields[0]), cap: try asset.money(parsing: fields[1]),
                        maintenanceRate: try Rate(parsing: fields[2]), maxLeverage: leverage,
                        maintenanceAmount: try asset.money(parsing: fields[4])))
            } catch let error as DecimalParseError {
                throw TierFileError(line: number, problem: error.description)
            } catch let error as TierFileError {
                throw error
            } catch {
                throw TierFileError(line: number, problem: "\(error)")
            }
            lineOfTier.append(number)
        }
        do {
            try self.init(tiers: tiers)
        } catch {
            let line: Int
            switch error {
            case .empty: line = lines.count
            case .notContiguous(let tier), .notMonotonic(let tier), .wrongMaintenanceAmount(let tier, _),
                .invalidParameter(let tier):
                line = lineOfTier[tier - 1]
            }
            if case .wrongMaintenanceAmount(let tier, let expected) = error {
                throw TierFileError(
                    line: line,
                    problem:
                        "tier \(tier) has the wrong maintenance amount (the recurrence gives \(asset.exact(expected)))")
            }
            throw TierFileError(line: line, problem: error.description)
        }
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
