/// One asset's pool: the cash suppliers lent, what borrowers owe it, and the supply tokens that are
/// the suppliers' claim (Compound's cTokens: their value rises as interest accrues).
///
/// Debt is kept normalised, as Maker's `art` and Aave's scaled balances: a vault owes
/// `normalisedDebt × borrowIndex`, and accrual moves only the index. What the suppliers own is
/// `cash + borrowed + auctionDebt − reserves`; each supply token is worth that ÷ `shares`.
public struct LendingPool: Sendable, Hashable {
    /// The asset lent, as the exchange numbers it.
    public let asset: AssetID
    /// Its rate curve and reserve factor.
    public let model: InterestRateModel
    /// Money the pool holds now: what suppliers can withdraw and borrowers can borrow.
    public internal(set) var cash = Money.zero
    /// Σ of the vaults' normalised debts.
    public internal(set) var normalisedDebt: Int128 = 0
    /// Debt per unit of normalised debt; starts at 1 and grows with interest (rounded up).
    public internal(set) var borrowIndex = Ray.one
    /// Debt taken from vaults into running auctions, still owed to the pool (no longer accruing).
    public internal(set) var auctionDebt = Money.zero
    /// The surplus buffer: the reserve factor's share of interest, liquidation penalties and fees.
    public internal(set) var reserves = Money.zero
    /// Losses the surplus buffer could not absorb, outstanding: suppliers bear them until later
    /// surplus repays them (Maker's `Vow` heals its system debt with surplus the same way). Never
    /// positive together with `reserves`.
    public internal(set) var badDebt = Money.zero
    /// Interest borrowers have accrued in total (the reserve's share included).
    public internal(set) var interestAccrued = Money.zero
    /// Supply tokens outstanding, in the asset's minor units.
    public internal(set) var shares = Money.zero
    /// The current yearly borrow rate, renewed after every change of utilisation.
    public internal(set) var borrowRate = Rate.zero
    /// Up to when interest has accrued.
    var accruedUntil: SimTime = 0

    /// An empty pool of `asset`.
    init(asset: AssetID, model: InterestRateModel) {
        self.asset = asset
        self.model = model
        borrowRate = model.borrowRate(utilisation: .zero)
    }

    /// What vaults owe now: `normalisedDebt × borrowIndex`, rounded up.
    public var borrowed: Money { Self.debt(normalisedDebt, at: borrowIndex) }

    /// What the suppliers own together.
    public var supplierValue: Money { cash + borrowed + auctionDebt - reserves }

    /// Borrowed (including debt in auctions) ÷ (cash + borrowed).
    public var utilisation: Rate { InterestRateModel.utilisation(cash: cash, borrowed: borrowed + auctionDebt) }

    /// The yearly rate suppliers earn at the current utilisation.
    public var supplyRate: Rate { model.supplyRate(utilisation: utilisation) }

    /// What one supply token is worth in the asset, rounded down: `supplierValue ÷ shares`, 1 before
    /// the first supply (Compound's `exchangeRateStored`, https://docs.compound.finance/v2/ctokens/#exchange-rate).
    /// It rises as interest accrues and falls when a loss is left to the suppliers; `nil` when it does
    /// not fit a ray.
    public var exchangeRate: Ray? {
        guard shares.units > 0 else { return .one }
        return Ray(Int128(Swift.max(0, supplierValue.units)), over: Int128(shares.units), rounding: .down)
    }

    /// The value of `tokens` supply tokens, rounded down (what redeeming them pays).
    public func value(ofShares tokens: Money) -> Money {
        guard shares.units > 0 else { return .zero }
        return Money(Int128(tokens.units) * Int128(supplierValue.units), over: Int128(shares.units), rounding: .down)
            ?? .zero
    }

    /// `normalised × index`, rounded up: a debt is never understated.
    static func debt(_ normalised: Int128, at index: Ray) -> Money {
        Money(units: Int64(clamping: index.of(normalised, rounding: .up) ?? Int128(Int64.max)))
    }

    /// Accrues interest up to `now` in whole seconds: the index grows by `rate × seconds ÷ year`
    /// (rounded up), the interest goes to suppliers less the reserve factor's share (rounded down)
    /// into `reserves`, and the rate is renewed. Costs one ray product; nothing per vault.
    mutating func accrue(until now: SimTime) {
        let seconds = (now - accruedUntil) / SimTime.second
        guard seconds > 0 else { return }
        accruedUntil += seconds * SimTime.second
        guard normalisedDebt > 0, borrowRate.units > 0 else { return }
        let before = borrowed
        let growth =
            Int128(borrowRate.units).multiplied(
                by: Ray.scale / Int128(Rate.one) * Int128(seconds), dividedBy: Self.secondsPerYear, rounding: .up) ?? 0
        guard let index = borrowIndex.times(Ray(units: Ray.scale + growth), rounding: .up) else { return }
        borrowIndex = index
        let interest = borrowed - before
        interestAccrued += interest
        addSurplus(model.reserveFactor.of(interest, rounding: .down))
        renewRate()
    }

    /// Adds to the surplus buffer, repaying outstanding bad debt first.
    mutating func addSurplus(_ amount: Money) {
        let healed = Swift.min(amount, badDebt)
        badDebt -= healed
        reserves += amount - healed
    }

    /// Takes a loss out of the surplus buffer; what it cannot cover becomes bad debt. Returns the
    /// part the buffer covered.
    @discardableResult
    mutating func takeLoss(_ amount: Money) -> Money {
        let covered = Swift.min(amount, reserves)
        reserves -= covered
        badDebt += amount - covered
        return covered
    }

    /// Sets `borrowRate` from the current utilisation.
    mutating func renewRate() { borrowRate = model.borrowRate(utilisation: utilisation) }

    /// Seconds in a year of 365 days, the rate's period.
    static let secondsPerYear: Int128 = 365 * 24 * 3600
}
