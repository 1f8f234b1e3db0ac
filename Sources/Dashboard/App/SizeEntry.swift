import CascadeCore

/// An order size as the user writes it, in the ticket and after `:buy`/`:sell`: base units (`0.5`),
/// a notional in the settlement asset (`$5000`, USDC-settled contracts), or a share of the
/// available balance (`25%`), which spends that share as initial margin at the order's leverage,
/// as exchanges' percentage buttons do.
///
/// Everything is fixed point: money in the asset's minor units, the share in `Rate` units,
/// products in `Int128`; a conversion rounds the lots down (never more than asked) and a result too
/// large to trade is refused with the input named, never trapped on.
enum SizeEntry: Sendable, Hashable {
    case base(Quantity)
    case notional(Money)
    case share(Rate)

    /// The largest notional (settlement minor units) a size may come to: far above any position
    /// limit, and low enough that the preview's sums of such amounts stay inside Int64.
    static let maximumNotional = Int128(Int64.max >> 10)

    /// Reads `text` as a size of `instrument`; the error names the input and says what was expected.
    init(parsing text: String, on instrument: Instrument) throws(TicketError) {
        let named = "size '\(text.escapingNonPrintable())'"
        if text.isEmpty {
            throw TicketError("type a size: \(instrument.lotSize) or more, $ notional (\u{24}5000) or 25% of available")
        }
        if text.hasPrefix("$") {
            guard instrument.kind == .linear else {
                throw TicketError("\(named): $ sizes are for USDC contracts; give \(instrument.symbol) in contracts")
            }
            let asset = instrument.settlementAsset
            let amount: Money
            do throws(DecimalParseError) {
                amount = try asset.money(parsing: String(text.dropFirst()))
            } catch .outOfRange, .tooManyDigits {
                throw TicketError("\(named) is too large")
            } catch {
                throw TicketError("\(named) is not an amount of \(asset.symbol) (\(error))")
            }
            guard amount.units > 0 else { throw TicketError("\(named) must be more than 0 \(asset.symbol)") }
            self = .notional(amount)
        } else if text.hasSuffix("%") {
            let share = try? Rate(parsing: text)
            guard let share, share.units > 0, share.units <= Rate.one else {
                throw TicketError("\(named) must be a share above 0% and at most 100% of the available balance")
            }
            self = .share(share)
        } else {
            let lots: Int64
            do throws(DecimalParseError) {
                lots = try instrument.lotSize.count(of: text)
            } catch .outOfRange, .tooManyDigits {
                throw TicketError("\(named) is too large")
            } catch {
                throw TicketError("\(named) must be a positive multiple of \(instrument.lotSize)")
            }
            guard lots > 0 else { throw TicketError("\(named) must be a positive multiple of \(instrument.lotSize)") }
            self = .base(Quantity(lots: lots))
        }
    }

    /// The size in lots of `instrument` at `price` (the price the order would trade at), with
    /// `available` balance and `leverage` for a share. Sizes round down to whole lots.
    func quantity(
        on instrument: Instrument, at price: Price?, available: Money, leverage: Int, text: String
    ) -> Result<Quantity, TicketError> {
        let named = "size '\(text.escapingNonPrintable())'"
        let notional: Int128
        switch self {
        case .base(let quantity): return Self.checked(Int128(quantity.lots), on: instrument, at: price, named)
        case .notional(let money): notional = Int128(money.units)
        case .share(let share):
            guard available.units > 0 else {
                return .failure(TicketError("\(named): no available balance to take a share of"))
            }
            notional = Int128(available.units) * Int128(share.units) * Int128(max(1, leverage)) / Int128(Rate.one)
        }
        guard let price else { return .failure(TicketError("\(named) needs a price: the book is empty")) }
        let lotValue = instrument.lotValue(at: price)
        guard lotValue > 0 else { return .failure(TicketError("\(named) needs a price above 0")) }
        guard notional >= lotValue else {
            return .failure(
                TicketError("\(named) is less than one lot (\(instrument.lotSize) at \(instrument.format(price)))"))
        }
        return Self.checked(notional / lotValue, on: instrument, at: price, named)
    }

    /// `lots` as a quantity, unless it (or its notional at `price`) is too large to trade.
    private static func checked(_ lots: Int128, on instrument: Instrument, at price: Price?, _ named: String)
        -> Result<Quantity, TicketError>
    {
        let notional = price.map { Int128(lots).multipliedReportingOverflow(by: instrument.lotValue(at: $0)) }
        guard let whole = Int64(exactly: lots),
            notional.map({ !$0.overflow && $0.partialValue <= maximumNotional }) ?? true
        else { return .failure(TicketError("\(named) is too large")) }
        return .success(Quantity(lots: whole))
    }
}
