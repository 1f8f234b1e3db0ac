extension OrderBook {
    /// Runs one book-script command against the book, appending its events.
    @inlinable
    public mutating func apply(_ command: BookScriptCommand, events: inout [BookEvent]) {
        switch command {
        case .place(let request): submit(request, events: &events)
        case .amend(let id, let price, let quantity): amend(id, price: price, quantity: quantity, events: &events)
        case .cancel(let id): cancel(id, events: &events)
        }
    }
}
