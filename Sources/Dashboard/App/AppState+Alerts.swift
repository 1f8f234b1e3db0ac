import CascadeCore

extension AppState {
    /// `:alert BTC-PERP > 66000`, `:alert < 60000` (the shown instrument), `:alert clear [N]`,
    /// `:alerts` (or a bare `:alert`) to list them. Symbol, sign and price may be written together
    /// (`>66000`).
    mutating func alertCommand(_ words: [String], snapshot: MarketSnapshot) -> [AppEffect] {
        let usage = "usage: :alert BTC-PERP > 66000, :alert < 60000, :alerts, :alert clear [N]"
        let rest = words.dropFirst().joined(separator: " ")
        if rest.isEmpty { return listAlerts(snapshot) }
        if words[1].lowercased() == "clear" {
            guard words.count <= 3 else { return refuse(usage) }
            guard words.count == 3 else { return [.engine(.clearAlerts(nil))] }
            guard let id = Int(words[2].trimmingPrefix("#")), id > 0 else { return refuse(usage) }
            return [.engine(.clearAlerts(id))]
        }
        guard let sign = rest.firstIndex(where: { $0 == ">" || $0 == "<" }) else { return refuse(usage) }
        let name = rest[..<sign].trimmingCharacters(in: " ")
        let priceText = rest[rest.index(after: sign)...].trimmingCharacters(in: " ")
        let market =
            name.isEmpty
            ? market(in: snapshot) : snapshot.instruments.first { $0.instrument.symbol == name.uppercased() }
        guard let market else {
            let symbols = snapshot.instruments.map(\.instrument.symbol).joined(separator: ", ")
            return refuse("no perpetual '\(name)' to watch; one of \(symbols)")
        }
        guard let price = try? market.instrument.price(parsing: priceText), price.ticks > 0 else {
            return refuse("'\(priceText)' is not a price of \(market.instrument.symbol); \(usage)")
        }
        return [.engine(.addAlert(market.id, above: rest[sign] == ">", price: price))]
    }

    /// Lists the alerts not yet fired in the status line.
    mutating func listAlerts(_ snapshot: MarketSnapshot) -> [AppEffect] {
        guard !snapshot.alerts.isEmpty else {
            status = ("No price alerts; set one with :alert BTC-PERP > 66000", false)
            return []
        }
        let texts = snapshot.alerts.map { alert in
            alert.text(snapshot.instruments[min(alert.instrument.index, snapshot.instruments.count - 1)].instrument)
        }
        status = ("Alerts: " + texts.joined(separator: " · ") + " (:alert clear [N])", false)
        return []
    }

    /// `:bell on|off`: whether banners ring the terminal bell.
    mutating func bellCommand(_ words: [String]) -> [AppEffect] {
        guard words.count == 2, let on = ["on": true, "off": false][words[1].lowercased()] else {
            return refuse("usage: :bell on or :bell off (now \(bell ? "on" : "off"))")
        }
        bell = on
        status = (on ? "Bell on: alerts and liquidation banners ring it" : "Bell off", false)
        return []
    }
}

extension StringProtocol {
    /// The text without `character` at either end.
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
