import Testing

@testable import CascadeCore

/// The exchange's inline size. Swift copies the whole struct into a temporary for each non-mutating
/// method called from a mutating one or from another module (five per order placed), so what it
/// holds inline is paid on every command: its configuration and lending market sit out of line.
struct ExchangeLayoutTests {
    @Test func theExchangeStaysSmallInline() {
        let size = MemoryLayout<Exchange>.size
        // 328 bytes when the README's figures were measured; a large field added inline shows here.
        #expect(size <= 384, "the exchange is \(size) bytes inline")
        #expect(MemoryLayout<ExchangeConfiguration>.size > 500, "the configuration it keeps out of line")
    }
}
