/// The one limit on how fast the simulated clock may run, in simulated seconds per wall second:
/// the `--speed` flag, `:speed`, `<` `>` and the engine host all hold to it.
public enum SimulationSpeed {
    /// 0.25x to 600x: slower is hard to watch move, faster outruns what a frame can show.
    public static let range: ClosedRange<Double> = 0.25...600

    /// What is wrong with a speed outside `range`.
    public static let outOfRange = "speed must lie between \(text(range.lowerBound)) and \(text(range.upperBound))"

    /// The speeds `<` and `>` step through, from the slowest allowed to the fastest.
    static let steps: [Double] = [range.lowerBound, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, range.upperBound]

    /// `0.25x`, `600x`: every digit, as the limits are stated and as a change of speed confirms it.
    static func text(_ speed: Double) -> String {
        speed == speed.rounded() ? "\(Int(speed))x" : "\(speed)x"
    }

    /// `value` brought into `range`.
    static func clamped(_ value: Double) -> Double { min(max(value, range.lowerBound), range.upperBound) }
}
