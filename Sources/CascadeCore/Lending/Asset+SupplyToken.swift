extension Asset {
    /// The supply token of this asset's lending pool, for display and for naming it in commands:
    /// `cETH` for ETH, with the asset's decimals (a token's minor unit is counted like the asset's).
    public var supplyToken: Asset { Asset(symbol: "c" + symbol, scale: scale, displayPlaces: displayPlaces) }
}
