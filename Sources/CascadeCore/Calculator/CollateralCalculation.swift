/// The inputs of `cascade calc collateral` as text, the way they were given on the command line.
public struct CollateralCalculationFlags: Sendable {
    /// `--asset`: BTC, ETH or USDC.
    public var asset: String
    /// `--amount`: how much of it is held.
    public var amount: String
    /// `--price`: its index price in USD.
    public var price: String
    /// `--tiers`: bands and ratios, `0-10:0.98,10-20:0.95,…,50+:0`.
    public var tiers: String

    /// The flags as given.
    public init(asset: String, amount: String, price: String, tiers: String) {
        (self.asset, self.amount, self.price, self.tiers) = (asset, amount, price, tiers)
    }
}

/// Reads the flags of `cascade calc collateral` and values the holding with the engine's
/// `CollateralTiers`.
public struct CollateralCalculation: Sendable {
    /// The flags as given; `result()` reads and checks them.
    public let flags: CollateralCalculationFlags

    /// Wraps the flags; nothing is parsed until `result()`.
    public init(_ flags: CollateralCalculationFlags) { self.flags = flags }

    /// The assets the venue takes as collateral.
    public static let assets: [Asset] = [.btc, .eth, .usdc]
    /// Prices in USD to six decimals, like USDC.
    public static let priceAsset = Asset(symbol: "USD", scale: 6, displayPlaces: 2)

    /// What the calculator read and what the holding counts for.
    public struct Result: Sendable, Hashable {
        /// The asset held.
        public var asset: Asset
        /// How much is held.
        public var amount: Money
        /// USD per whole unit, in `priceAsset`.
        public var price: Money
        /// The table the holding was valued by.
        public var tiers: CollateralTiers
        /// The valuation, in `priceAsset`.
        public var valuation: CollateralValuation
    }

    /// The holding's collateral value tier by tier.
    public func result() throws(CalculationFlagError) -> Result {
        let names = Self.assets.map(\.symbol)
        guard let asset = Self.assets.first(where: { $0.symbol == flags.asset.uppercased() }) else {
            throw .outOfRange(flag: "--asset", text: flags.asset, range: "one of \(names.joined(separator: ", "))")
        }
        let amount = try Self.amount("--amount", flags.amount, of: asset, limit: 1_000_000)
        let price = try Self.amount("--price", flags.price, of: Self.priceAsset, limit: 1_000_000_000)
        let tiers = try Self.tiers(flags.tiers, of: asset)
        guard let valuation = tiers.value(of: amount, in: asset, at: price) else {
            throw .outOfRange(
                flag: "--amount", text: flags.amount,
                range: "small enough that amount × price fits (at most 9.2 trillion USD)")
        }
        return Result(asset: asset, amount: amount, price: price, tiers: tiers, valuation: valuation)
    }

    /// A positive decimal amount of `asset` of at most `limit` whole units.
    private static func amount(_ flag: String, _ text: String, of asset: Asset, limit: Int64)
        throws(CalculationFlagError) -> Money
    {
        let money: Money
        do {
            money = try asset.money(parsing: text)
        } catch {
            throw .unreadable(flag: flag, text: text, error)
        }
        guard money.units > 0, Int128(money.units) <= Int128(limit) * Int128(asset.unitsPerWhole) else {
            throw .outOfRange(flag: flag, text: text, range: "above 0 and at most \(limit)")
        }
        return money
    }

    /// `FROM-TO:RATIO` bands separated by commas, the last `FROM+:RATIO`; ratios as fractions or
    /// percentages.
    private static func tiers(_ text: String, of asset: Asset) throws(CalculationFlagError) -> CollateralTiers {
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: " \t")
        }
        var tiers: [CollateralTiers.Tier] = []
        for (offset, item) in items.enumerated() {
            let number = offset + 1
            func bad(_ problem: String) -> CalculationFlagError { .badTier(tier: number, text: item, problem: problem) }
            let halves = item.split(separator: ":", omittingEmptySubsequences: false)
            guard halves.count == 2 else { throw bad("write it as FROM-TO:RATIO, or FROM+:RATIO for the last") }
            let band = halves[0].trimmingCharacters(in: " \t")
            let open = band.hasSuffix("+")
            let ends = open ? [String(band.dropLast())] : band.split(separator: "-").map(String.init)
            guard ends.count == (open ? 1 : 2) else { throw bad("its band must be FROM-TO or FROM+") }
            var bounds: [Money] = []
            for end in ends {
                do {
                    bounds.append(try asset.money(parsing: end.trimmingCharacters(in: " \t")))
                } catch {
                    throw bad("'\(end)': \(error)")
                }
            }
            let ratio: Rate
            do {
                ratio = try Rate(parsing: halves[1].trimmingCharacters(in: " \t"))
            } catch {
                throw bad("ratio '\(halves[1])': \(error)")
            }
            tiers.append(CollateralTiers.Tier(from: bounds[0], to: open ? nil : bounds[1], ratio: ratio))
        }
        do {
            return try CollateralTiers(tiers)
        } catch {
            let tier = Swift.max(error.tier, 1)
            throw .badTier(tier: tier, text: items[tier - 1], problem: error.description)
        }
    }
}
