/// What a vault type's collateral is: the asset itself, or the supply tokens of the asset's pool.
///
/// A supply token is a claim on its pool (Compound's cToken, Aave's aToken), worth the pool's
/// exchange rate in the asset; pledging it keeps the interest it earns working for the borrower,
/// as Compound lets cTokens back a loan (https://docs.compound.finance/v2/comptroller/#enter-markets).
public enum CollateralForm: Sendable, Hashable {
    /// The asset, moved from and to the wallet.
    case asset
    /// The asset's supply tokens, moved from and to the account's supply-token balance; valued at
    /// the pool's exchange rate × the asset's price.
    case supplyToken
}
