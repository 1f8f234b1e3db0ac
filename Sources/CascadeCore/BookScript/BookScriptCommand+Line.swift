extension BookScriptCommand {
    /// The command as a line of the `cascade book` format, or `nil` when the format cannot say it
    /// (stop orders, reduce-only orders, market orders with a time in force other than IOC).
    ///
    /// Accounts are not part of the format: a script runs every order as one account.
    public var scriptLine: String? {
        switch self {
        case .place(let request):
            guard request.terms.stop == nil, !request.terms.reduceOnly else { return nil }
            let side = request.terms.side == .buy ? "B" : "S"
            guard let limit = request.terms.limit else {
                guard request.terms.timeInForce == .immediateOrCancel else { return nil }
                return "M \(side) \(request.id) \(request.terms.quantity.lots)"
            }
            let letter =
                switch request.terms.timeInForce {
                case .goodTillCancelled: "L"
                case .immediateOrCancel: "I"
                case .fillOrKill: "F"
                case .postOnly: "P"
                }
            return "\(letter) \(side) \(request.id) \(limit.ticks) \(request.terms.quantity.lots)"
        case .amend(let id, let price, let quantity):
            return "A \(id) \(price.ticks) \(quantity.lots)"
        case .cancel(let id):
            return "C \(id)"
        }
    }
}
