import CascadeCore

extension AppState {
    /// The event log's entries as its panel lists them: newest first, only the user's with `u`, only
    /// those whose text contains `logSearch` (ignoring case) when one is set.
    /// - Complexity: O(n) in the snapshot's log lines.
    func logEntries(in snapshot: MarketSnapshot) -> [LogEntry] {
        let search = logSearch.lowercased()
        return snapshot.log.reversed().filter { entry in
            (!logYoursOnly || entry.isUser) && (search.isEmpty || entry.text.lowercased().contains(search))
        }
    }

    /// The index in `entries` (newest first) of the first one shown: the newest at or before
    /// `logTop`, so a scrolled log stands still while new lines arrive; 0 when following the newest.
    func firstLogEntry(in entries: [LogEntry]) -> Int {
        guard let logTop else { return 0 }
        return entries.firstIndex { $0.sequence <= logTop } ?? max(0, entries.count - 1)
    }

    /// Scrolls the event log `lines` entries towards older ones (negative: newer); back at the
    /// newest it follows new lines again.
    mutating func scrollLog(by lines: Int, snapshot: MarketSnapshot?) {
        guard let snapshot else { return }
        let entries = logEntries(in: snapshot)
        let first = max(0, min(entries.count - 1, firstLogEntry(in: entries) + lines))
        logTop = first == 0 ? nil : entries[first].sequence
    }

    /// A new search or filter: the log shows its newest matches.
    mutating func setLogSearch(_ text: String) {
        logSearch = text
        logTop = nil
    }
}
