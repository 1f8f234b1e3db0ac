import CascadeCore

extension World {
    /// The largest net delta any option dealer holds now, in USD of its underlying at the index
    /// (so BTC and ETH dealers compare): its options' contracts times their mark delta, plus its
    /// perpetual position. Hedged dealers keep it within their hedge band (50,000–150,000 USD).
    /// - Complexity: O(dealers × options each holds).
    var largestDealerDelta: Double {
        population.optionDealers.reduce(0.0) { largest, dealer in
            var delta =
                Double(place.position(dealer.account, dealer.market).size) * place.markets[dealer.market].lotSize
            for option in place.heldOptions(dealer.account) {
                delta += place.contracts(dealer.account, in: option) * (exchange.optionMark(option)?.greeks.delta ?? 0)
            }
            return max(largest, abs(delta) * place.index(dealer.market))
        }
    }
}
