import CascadeCore
import TerminalKit

extension ExplainView {
    /// The option the explain panel is about: the ticket's, else the Options workspace's selection.
    static func explainedOption(_ ticket: OrderTicket?, _ context: ViewContext) -> OptionQuote? {
        guard let chain = context.snapshot.options else { return nil }
        if let option = ticket?.option { return chain.quote(option) }
        guard ticket == nil, context.state.workspace == .options else { return nil }
        return context.state.options.quote(in: chain)
    }

    /// An option's mark and Greeks as Black-76 computes them (Hull ch. 18–19; rate 0, the index as the
    /// forward), each formula with the live inputs, then Deribit's standard margin and the user's
    /// position in it.
    static func optionLines(_ quote: OptionQuote, _ context: ViewContext) -> [(text: String, style: Style)] {
        guard let terms = quote.instrument.option, let chain = context.snapshot.options, let index = chain.index,
            let mark = quote.mark
        else { return [("\(quote.instrument.symbol): no mark yet (the index has no price)", Style(.muted))] }
        let underlying = context.snapshot[terms.underlying].instrument
        let instrument = quote.instrument
        func usd(_ price: Price) -> String { DisplayFormat.grouped(underlying.format(price)) }
        func number(_ value: Double, _ places: Int) -> String { DisplayFormat.fixed(value, places) }
        let forward = underlying.decimal(index)
        let strike = underlying.decimal(terms.strike)
        let years = max(0, Double(terms.expiry - context.snapshot.time) / SnapshotBuilder.yearLength)
        let greeks = mark.greeks
        let call = terms.right == .call
        let sigma = mark.volatility
        let rootT = years.squareRoot()
        var lines: [(String, Style)] = [
            (
                "\(instrument.symbol): a European \(call ? "call" : "put"), cash-settled in USDC",
                Style(.title, bold: true)
            ),
            (
                "Pays max(\(call ? "S − K" : "K − S"), 0) per contract at expiry, S the 30-minute index average",
                Style(.text)
            ),
            ("Black-76 against the index (rate 0), live inputs:", Style(.accent)),
            ("    F (index) = \(usd(index))   K (strike) = \(usd(terms.strike))", Style(.text)),
            (
                "    T = \(OptionFormat.timeLeft(terms.expiry - context.snapshot.time)) = \(number(years, 6)) years"
                    + "   σ (mark IV, the fitted smile at K) = \(OptionFormat.volatility(sigma))", Style(.text)
            ),
            ("d1 = [ln(F/K) + σ²T/2] / (σ√T)", Style(.accent)),
            (
                "    = [ln(\(number(forward, 1))/\(number(strike, 1))) + \(number(sigma, 4))²×\(number(years, 6))/2]"
                    + " / (\(number(sigma, 4))×\(number(rootT, 5))) = \(number(greeks.d1, 4))", Style(.text)
            ),
            ("d2 = d1 − σ√T = \(number(greeks.d2, 4))", Style(.accent)),
            (call ? "price = F·N(d1) − K·N(d2)" : "price = K·N(−d2) − F·N(−d1)", Style(.accent)),
            (
                "    = \(number(greeks.price, 2)) USDC; the mark rounds it to a tick: \(usd(mark.price))",
                Style(.text)
            ),
            (call ? "delta = N(d1)" : "delta = N(d1) − 1", Style(.accent)),
            ("    = \(OptionFormat.signed(greeks.delta, 4)) (coins of the underlying per contract)", Style(.text)),
            ("gamma = φ(d1) / (F·σ·√T)", Style(.accent)),
            ("    = \(number(greeks.gamma, 6)) (delta per 1 USD of the index)", Style(.text)),
            ("vega = F·φ(d1)·√T", Style(.accent)),
            (
                "    = \(number(greeks.vega, 2)) per 1.00 of volatility = \(number(greeks.vegaPerPoint, 2)) USDC"
                    + " per vol point", Style(.text)
            ),
            ("theta = −F·φ(d1)·σ / (2√T)", Style(.accent)),
            (
                "    = \(number(greeks.theta, 2)) a year = \(number(greeks.thetaPerDay, 2)) USDC a day",
                Style(.text)
            ),
            ("Standard margin (Deribit), per contract, S the index:", Style(.title, bold: true)),
            ("long: initial = the premium paid, maintenance 0: a paid-for option is never liquidated", Style(.text)),
            (
                call
                    ? "short call: IM = max(0.15·S − OTM, 0.10·S) + mark;  MM = 0.075·S + mark"
                    : "short put: IM = max(max(0.15·S − OTM, 0.10·S) + mark, MM);  MM = max(0.075·S, 0.075·mark) + mark",
                Style(.text)
            ),
        ]
        let contract = Int64((1 / instrument.decimal(Quantity(lots: 1))).rounded())
        let short = instrument.optionMargin(of: -contract, mark: mark.price, underlying: index)
        lines.append(
            (
                "    short 1 contract now: IM \(DisplayFormat.money(short.initial)), MM \(DisplayFormat.money(short.maintenance))"
                    + " USDC", Style(.text)
            ))
        if let held = context.snapshot.account.optionPositions.first(where: { $0.id == quote.id }) {
            let position = held.greeks
            lines += [
                (
                    "Your position: \(OptionFormat.signed(held.contracts, 4)) contracts, IM "
                        + "\(DisplayFormat.money(held.initialMargin)), MM \(DisplayFormat.money(held.maintenanceMargin))"
                        + ", PnL \(DisplayFormat.money(held.unrealizedPnL, signed: true)) USDC",
                    Style(.title, bold: true)
                ),
                (
                    "    Δ \(OptionFormat.signed(position.delta, 4))  Γ \(OptionFormat.signed(position.gamma, 6))"
                        + "  vega \(OptionFormat.signed(position.vega, 2))  Θ \(OptionFormat.signed(position.theta, 2))/day",
                    Style(.text)
                ),
            ]
        }
        return lines
    }
}
