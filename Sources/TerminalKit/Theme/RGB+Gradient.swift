extension RGB {
    /// `steps` colours evenly spaced along the stops, first stop to last, by linear interpolation in
    /// RGB: the lookup table a gradient role is expanded to once at load.
    static func gradient(_ stops: [RGB], steps: Int) -> [RGB] {
        guard let first = stops.first else { return [] }
        guard stops.count > 1, steps > 1 else { return Array(repeating: first, count: steps) }
        let segments = Double(stops.count - 1)
        return (0..<steps).map { step in
            let position = Double(step) / Double(steps - 1) * segments
            let segment = min(Int(position), stops.count - 2)
            return stops[segment].mixed(with: stops[segment + 1], position - Double(segment))
        }
    }
}
