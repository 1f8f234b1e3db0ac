import Foundation

/// xoshiro256** (Blackman and Vigna, 2018): a small, fast, seeded generator.
///
/// The standard library offers no seeded generator, and determinism needs one stream per consumer
/// that replays bit for bit from its seed. Seeds expand through SplitMix64, as the authors advise,
/// so nearby seeds give unrelated streams.
public struct Xoshiro256: RandomNumberGenerator, Sendable, Hashable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// A generator whose whole stream is fixed by `seed`; any seed, 0 included, gives a usable state.
    public init(seed: UInt64) {
        var mixer = seed
        func splitMix() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var z = mixer
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    /// The next 64 bits of the stream: a few shifts and multiplies, inlinable across modules.
    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    @usableFromInline
    func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A double uniform in [0, 1), from the top 53 bits.
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}

extension Xoshiro256 {
    /// A standard normal draw (Box–Muller; one of the pair is discarded to keep the state simple).
    mutating func nextGaussian() -> Double {
        let u = Swift.max(nextUnit(), 0x1.0p-53)
        let v = nextUnit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// A Laplace draw with mean 0 and mean absolute value `scale`: fat-tailed jump sizes.
    mutating func nextLaplace(scale: Double) -> Double {
        let u = nextUnit() - 0.5
        return -scale * (u < 0 ? -1 : 1) * log(Swift.max(1 - 2 * abs(u), 0x1.0p-53))
    }

    /// An exponential draw with the given mean: waiting times of a Poisson process.
    mutating func nextExponential(mean: Double) -> Double {
        -mean * log(Swift.max(1 - nextUnit(), 0x1.0p-53))
    }

    /// A uniform integer in `range`.
    public mutating func next(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool { nextUnit() < p }
}
