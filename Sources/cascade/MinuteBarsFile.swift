/// One-minute closes and volumes read back from a bars file that `cascade run --bars 1m:FILE` wrote
/// (`time,open,high,low,close,volume`), so `cascade bench realism --bars FILE` can measure any run
/// without simulating it again.
struct MinuteBarsFile {
    /// Close and volume of each bar, oldest first, in the file's decimals.
    var bars: [(close: Double, volume: Double)] = []

    /// The bars of `text`, read from `file`.
    /// - Throws: a `FileLineError` naming the line: a wrong header, a row
    ///   without six fields, a number that does not parse, a price not above zero, a negative volume,
    ///   or bars not one minute apart (the file must hold one-minute bars, gaps filled as the recorder
    ///   fills them).
    static func parse(_ text: String, file: String) throws(FileLineError) -> MinuteBarsFile {
        var result = MinuteBarsFile()
        var previousTime: Int64?
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if number == 1 {
                guard line == "time,open,high,low,close,volume" else {
                    throw FileLineError(
                        file: file, line: 1,
                        message: "the header must be time,open,high,low,close,volume, as cascade run --bars writes it")
                }
                continue
            }
            if line.isEmpty { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 6 else {
                throw FileLineError(file: file, line: number, message: "expected 6 fields, found \(fields.count)")
            }
            guard let time = Int64(fields[0]) else {
                throw FileLineError(file: file, line: number, message: "time '\(fields[0])' is not whole seconds")
            }
            if let previousTime, time != previousTime.addingReportingOverflow(60).partialValue || time < previousTime {
                throw FileLineError(
                    file: file, line: number,
                    message: "bar at \(time) s follows one at \(previousTime) s; realism needs one-minute bars "
                        + "(cascade run --bars 1m:FILE)")
            }
            previousTime = time
            guard let close = Double(fields[4]), close.isFinite, close > 0 else {
                throw FileLineError(file: file, line: number, message: "close '\(fields[4])' is not a price above 0")
            }
            guard let volume = Double(fields[5]), volume.isFinite, volume >= 0 else {
                throw FileLineError(
                    file: file, line: number, message: "volume '\(fields[5])' is not a size of 0 or more")
            }
            result.bars.append((close, volume))
        }
        guard result.bars.count >= 2 else {
            throw FileLineError(
                file: file, line: nil, message: "holds \(result.bars.count) bars; returns need two or more")
        }
        return result
    }
}
