import CascadeCore

/// The what-if panel (`w`): a hypothetical mark, leverage and margin mode for the selected
/// position, and the same `PositionRisk` the engine uses run on them.
public struct WhatIf: Sendable, Hashable {
    /// The hypothetical mark price; ←/→ move it by 0.5%, PgDn/PgUp by 5%.
    public var mark: Price
    /// The hypothetical leverage, from 1 up to the instrument's first-tier maximum.
    public var leverage: Int
    /// The hypothetical margin mode; changing it changes what backs the position (see `risk`).
    public var mode: MarginMode

    /// A hypothesis; `w` opens it on the position's own mark, leverage and mode.
    public init(mark: Price, leverage: Int, mode: MarginMode) {
        self.mark = mark
        self.leverage = leverage
        self.mode = mode
    }

    /// The position's figures under the hypothesis: its engine inputs with mark, leverage and mode
    /// replaced. Going isolated sets the position's initial margin at the new leverage aside as its
    /// margin; going cross backs it with the account's wallet.
    public func risk(of position: PositionSnapshot, accountWallet: Money) -> PositionRisk {
        var input = position.risk.input
        input.mark = mark
        input.leverage = leverage
        if mode != input.mode {
            let notional = input.instrument.notional(of: input.size, at: position.risk.input.mark)
            input.wallet = mode == .isolated ? notional.initialMargin(leverage: leverage) : accountWallet
            input.mode = mode
        }
        return PositionRisk(input)
    }

    /// Whether the position would be liquidated under the hypothesis: margin ratio at 100% or more,
    /// or no margin left at all.
    public func liquidates(_ position: PositionSnapshot, accountWallet: Money) -> Bool {
        risk(of: position, accountWallet: accountWallet).marginRatio.map { $0.units >= Rate.one } ?? true
    }
}
