/// Something that can be held as collateral or paid out: USDC, BTC.
public struct Asset: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Ticker written after amounts, e.g. `"USDC"`.
    public let symbol: String
    /// Decimal places of one minor unit.
    public let scale: Int
    /// Places shown to people (USDC: cents; BTC: satoshis).
    let displayPlaces: Int

    /// An asset whose minor unit is 10^-`scale` of a whole unit, shown to `displayPlaces` places
    /// (at most `scale`); the built-in ones are `usdc` and `btc`.
    public init(symbol: String, scale: Int, displayPlaces: Int) {
        self.symbol = symbol
        self.scale = scale
        self.displayPlaces = displayPlaces
    }

    /// USD Coin in micro-units.
    public static let usdc = Asset(symbol: "USDC", scale: 6, displayPlaces: 2)
    /// Bitcoin in 10⁻¹² BTC (a ten-thousandth of a satoshi). An inverse contract's value (1 USD ÷
    /// price) is rounded once per contract, so this keeps a million-contract position within 100
    /// satoshis of the exact value; Int64 still holds 9.2 million BTC.
    public static let btc = Asset(symbol: "BTC", scale: 12, displayPlaces: 8)
    /// Ether in gwei (10⁻⁹ ETH): lending collateral and debt; Int64 holds 9.2 billion ETH.
    public static let eth = Asset(symbol: "ETH", scale: 9, displayPlaces: 6)

    /// The ticker alone, as written after amounts.
    public var description: String { symbol }

    /// Minor units in one whole unit.
    public var unitsPerWhole: Int64 { Int64(Int128(1).scaled(by: scale)!) }

    /// Parses a decimal amount of whole units, such as `"10000"` or `"-12.345678"`.
    /// - Throws: `DecimalParseError` for malformed text, too many decimals, or an out-of-range amount.
    public func money(parsing text: String) throws(DecimalParseError) -> Money {
        Money(units: try DecimalStep(units: 1, scale: scale)!.count(of: text))
    }

    /// The amount with every decimal of the minor unit, e.g. `"-12.345678"`.
    public func exact(_ money: Money) -> String { DecimalText.format(Int128(money.units), scale: scale) }

    /// The amount rounded half away from zero to `places` (default: `displayPlaces`), e.g. `"1234.57"`.
    public func format(_ money: Money, places: Int? = nil) -> String {
        let places = Swift.min(places ?? displayPlaces, scale)
        let divisor = Int128(1).scaled(by: scale - places)!
        let half = divisor / 2
        let value = Int128(money.units)
        return DecimalText.format((value + (value < 0 ? -half : half)) / divisor, scale: places)
    }
}
