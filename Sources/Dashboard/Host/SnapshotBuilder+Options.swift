import CascadeCore
import CascadeSim

extension SnapshotBuilder {
    /// Milliseconds in a year of 365 days: option time to expiry is counted in these.
    static let yearLength = Double(365 * 24 * SimTime.hour)

    /// The chain `request` asks for: one expiry of one underlying (the soonest live expiry at or after
    /// the asked one).
    /// - Complexity: O(strikes × accounts) for open interest, about 70 options; nothing for the
    ///   other expiries but their times.
    func optionChain(_ request: OptionChainRequest) -> OptionChainSnapshot? {
        let exchange = world.exchange
        guard request.underlying.index < exchange.perpetualCount else { return nil }
        let expiries = exchange.optionExpiries(on: request.underlying)
        let chosen = expiries.first { $0.time >= (request.expiry ?? 0) } ?? expiries.first
        let holder = exchange.account(World.userAccount)
        func quote(_ id: InstrumentID) -> OptionQuote {
            let touch = exchange.touch(id)
            return OptionQuote(
                id: id, instrument: exchange.instrument(id), bid: touch.bid, ask: touch.ask,
                mark: exchange.optionMark(id), openInterest: exchange.openInterest(id),
                position: holder?.positions[id].size ?? 0)
        }
        return OptionChainSnapshot(
            underlying: request.underlying, expiries: expiries.map(\.time), expiry: chosen?.time,
            expiryCode: chosen.map { exchange.configuration.calendar.expiryCode(of: $0.time) } ?? "",
            index: exchange.index(request.underlying)?.price,
            years: chosen.map { years(until: $0.time) } ?? 0, smile: chosen?.smile,
            rows: chosen?.strikes.map { OptionChainRow(strike: $0.strike, call: quote($0.call), put: quote($0.put)) }
                ?? [])
    }

    /// The user's open option positions, by id, with their marks and standard margins.
    /// - Complexity: O(options held).
    func optionPositions(of holder: Account) -> [OptionPositionSnapshot] {
        let exchange = world.exchange
        return holder.positions.optionIDs.compactMap { id in
            let position = holder.positions[id]
            let instrument = exchange.instrument(id)
            guard !position.isFlat, let option = instrument.option else { return nil }
            let mark = exchange.optionMark(id)
            let index = exchange.index(option.underlying)?.price
            let margin =
                mark.flatMap { mark in
                    index.map { instrument.optionMargin(of: position.size, mark: mark.price, underlying: $0) }
                } ?? (.zero, .zero)
            return OptionPositionSnapshot(
                id: id, instrument: instrument, position: position, mark: mark, index: index,
                initialMargin: margin.initial, maintenanceMargin: margin.maintenance,
                years: years(until: option.expiry))
        }
    }

    /// The user's options on the chain's underlying and perpetual in it under portfolio margin, at the
    /// index: built only while Options is open (the chain is built then).
    /// - Complexity: one `PortfolioMarginModel.evaluate` per snapshot, about 12 µs for 20 options.
    func portfolioRisk(in snapshot: MarketSnapshot) -> PortfolioRiskSnapshot? {
        guard let chain = snapshot.options, let index = chain.index else { return nil }
        return PortfolioRiskSnapshot(
            account: snapshot.account, underlying: snapshot[chain.underlying].instrument, id: chain.underlying,
            index: index)
    }

    /// Years of 365 days from now to `time`; zero once it has passed.
    private func years(until time: SimTime) -> Double { max(0, Double(time - world.now) / Self.yearLength) }
}
