import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard

/// Rejections reach the user in USDC and prices, never in minor units or ticks; the headless JSON
/// keeps the raw units.
@Suite struct RejectionTextTests {
    private let btc = Instrument.btcPerp

    @Test func insufficientMarginIsInUSDC() {
        let reason = ExchangeRejection.insufficientMargin(
            required: Money(units: 6_532_500_000), available: Money(units: 4_916_057_375))
        #expect(
            reason.userText(instrument: btc, asset: .usdc)
                == "insufficient margin: needs 6,532.50 USDC, 4,916.06 USDC free")
        #expect(reason.description.contains("6532500000"), "the JSON lines keep raw units")
    }

    @Test func theBandIsInPrices() {
        let reason = ExchangeRejection.priceOutsideBand(low: Price(ticks: 603_160), high: Price(ticks: 666_650))
        #expect(reason.userText(instrument: btc, asset: .usdc) == "limit price outside the band 60,316.0–66,665.0")
        #expect(
            ExchangeRejection.insufficientFreeMargin(available: Money(units: 12_000_000))
                .userText(instrument: nil, asset: .usdc) == "only 12.00 USDC free")
    }

    /// Through the engine: an order too large for the wallet and a limit far outside the band.
    @Test func theEventLogTellsRejectionsInUserUnits() throws {
        var session = EngineSession(
            scenario: try ScenarioLibrary.named("calm"), seed: 3, speed: 1, paused: false, warmUp: 2 * .minute)
        let user = World.userAccount
        let id = InstrumentID(0)
        session.handle(
            .command(
                .place(
                    NewOrder(
                        account: user, instrument: id, clientOrderID: ClientOrderID(1),
                        terms: .market(.buy, Quantity(lots: 50_000))))))
        let mark = try #require(session.snapshot().instruments[0].mark)
        session.handle(
            .command(
                .place(
                    NewOrder(
                        account: user, instrument: id, clientOrderID: ClientOrderID(1),
                        terms: .limit(.buy, Quantity(lots: 100), at: Price(ticks: mark.ticks / 2))))))
        let texts = session.snapshot().log.filter { $0.kind == .rejection }.map(\.text)
        #expect(texts.count == 2, "\(texts)")
        let margin = try #require(texts.first { $0.contains("insufficient margin") })
        #expect(margin.contains(" USDC free") && !margin.contains("minor units"), "\(margin)")
        let band = try #require(texts.first { $0.contains("band") })
        #expect(!band.contains("ticks") && band.contains(",") && band.contains("–"), "\(band)")
    }
}
