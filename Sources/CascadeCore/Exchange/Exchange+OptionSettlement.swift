extension Exchange {
    /// Takes the settlement samples and settles the expiries that fall due before the clock reaches
    /// `time`, each at its own expiry time: called by `advanceTime` before the clock moves, so every
    /// sample reads the index as it stood at its second.
    /// - Complexity: O(samples due), at most one per second in each expiry's last 30 minutes, plus
    ///   O(accounts) per settled option.
    mutating func runOptionExpiries(until time: SimTime, _ events: inout [Event]) {
        for series in optionSeries.indices {
            let underlying = optionSeries[series].underlying
            let index = markets[underlying].index?.price ?? markets[underlying].valuationPrice
            for expiry in optionSeries[series].expiries.indices {
                guard let index else { break }
                let end = Swift.min(time, optionSeries[series].expiries[expiry].time)
                while optionSeries[series].expiries[expiry].nextSample < end {
                    optionSeries[series].expiries[expiry].indexSum += Int128(index.ticks)
                    optionSeries[series].expiries[expiry].samples += 1
                    optionSeries[series].expiries[expiry].nextSample += .second
                }
            }
            while let first = optionSeries[series].expiries.first, first.time <= time {
                optionSeries[series].expiries.removeFirst()
                optionSeries[series].needsListing = true
                let price = first.settlementPrice(fallback: index ?? Price(ticks: 0))
                for strike in first.strikes {
                    settleOption(strike.call, at: price, &events)
                    settleOption(strike.put, at: price, &events)
                }
            }
        }
    }

    /// Expires option `id` against settlement index `index`: cancels its open orders, settles every
    /// position at intrinsic value into its wallet (no fee), releases the book and says so.
    private mutating func settleOption(_ id: InstrumentID, at index: Price, _ events: inout [Event]) {
        guard let option = markets[id].instrument.option else { return }
        let value = option.intrinsic(at: index)
        let open = owners.ids { $0.instrument == id }.compactMap { order in owners[order].map { (order, $0.account) } }
        for (order, account) in open { cancel(account, order, &events) }
        let asset = assetID(of: id)
        let instrument = markets[id].instrument
        for account in accounts.indices {
            var position = accounts[account].positions[id]
            // A position closed before expiry is forgotten too: every cross-margin sum and liquidation
            // check walks an account's option list, which would otherwise grow with the days run.
            guard !position.isFlat else {
                accounts[account].positions.removeOption(id)
                continue
            }
            let size = position.size
            var wallet = accounts[account].wallets[asset]
            let effect = position.settle(fill: -size, at: value, fee: .zero, on: instrument, wallet: &wallet)
            accounts[account].wallets[asset] = wallet
            accounts[account].positions.removeOption(id)
            events.append(
                .optionSettled(
                    OptionSettlement(
                        account: account, instrument: id, size: size, price: value, realizedPnL: effect.realizedPnL)))
            rekey(account, &events)
        }
        markets[id].book = OrderBook(configuration: OrderBookConfiguration(expectedOrders: 0))
        markets[id].openInterest = 0
        markets[id].lastTrade = value
        events.append(.optionExpired(id, settlementIndex: index, value: value))
    }

    /// Whether `instrument` is an option past its expiry, which takes no more orders. Inlined, as
    /// the small reads on the order path are: a call from a mutating method copies the exchange.
    @inline(__always)
    func hasExpired(_ instrument: InstrumentID) -> Bool {
        markets[instrument].terms.option.map { $0.expiry <= now } ?? false
    }
}

/// What an option's expiry paid one account.
public struct OptionSettlement: Sendable, Hashable {
    /// The holder.
    public var account: AccountID
    /// The option that expired.
    public var instrument: InstrumentID
    /// The signed position it held, in lots.
    public var size: Int64
    /// The settlement value per contract: intrinsic value at the settlement index, in ticks.
    public var price: Price
    /// What the position realised: the settlement value against its cost, in the settlement asset.
    public var realizedPnL: Money
}
