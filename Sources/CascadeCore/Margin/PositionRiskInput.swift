/// Everything the risk arithmetic of one position needs.
///
/// The exchange fills it from an account; `cascade calc margin` fills it from flags. Both then run the
/// same `PositionRisk` code.
public struct PositionRiskInput: Sendable, Hashable {
    /// The contract: its value formula, tiers and settlement asset give every other field its meaning.
    public var instrument: Instrument
    /// Signed size in lots: positive long, negative short.
    public var size: Int64
    /// Signed entry value in settlement units: the sum over fills of signed lots × lot value at the
    /// fill price (what the position cost, exactly, without a rounded average price).
    public var costBasis: Money
    /// Price in ticks the position is valued at (the exchange passes mark, else the last trade).
    public var mark: Price
    /// Decides what `wallet` means and whether the other-position fields count (cross only).
    public var mode: MarginMode
    /// Isolated: the position's margin. Cross: the account's wallet balance in the settlement asset.
    public var wallet: Money
    /// Leverage for initial margin (notional ÷ leverage); a value below 1 counts as 1.
    public var leverage: Int
    /// Cross only: maintenance margin of the account's other cross positions.
    public var otherMaintenance: Money
    /// Cross only: unrealised PnL of the account's other cross positions.
    public var otherUnrealized: Money
    /// Fee rate for closing at the liquidation or bankruptcy price; 0 leaves the fee out.
    public var closeFeeRate: Rate

    /// Gathers the inputs; the other-position figures and the close fee default to zero (fee left out).
    public init(
        instrument: Instrument, size: Int64, costBasis: Money, mark: Price, mode: MarginMode, wallet: Money,
        leverage: Int, otherMaintenance: Money = .zero, otherUnrealized: Money = .zero, closeFeeRate: Rate = .zero
    ) {
        self.instrument = instrument
        self.size = size
        self.costBasis = costBasis
        self.mark = mark
        self.mode = mode
        self.wallet = wallet
        self.leverage = leverage
        self.otherMaintenance = otherMaintenance
        self.otherUnrealized = otherUnrealized
        self.closeFeeRate = closeFeeRate
    }

    /// The wallet as the liquidation formulas use it: cross adds the other positions' unrealised PnL and
    /// takes away their maintenance margin (Binance's WB − TMM₁ + UPNL₁); isolated is the wallet alone.
    var effectiveWallet: Money {
        mode == .cross ? wallet - otherMaintenance + otherUnrealized : wallet
    }
}
