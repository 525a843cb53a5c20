/// A seeded pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014): the same seed gives
/// the same sequence on every machine and every run, which `SystemRandomNumberGenerator` never
/// does.
///
/// The helpers below derive integers and fractions from `next()` themselves rather than through
/// the standard library's `random(in:using:)`, whose algorithm is not promised to stay the same
/// across Swift releases: a data set generated for a seed today must be the same next year.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A fraction in 0..<1 (53 random bits).
    mutating func fraction() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// An integer in the closed range (the modulo bias is below 2⁻⁴⁰ for our ranges).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// True with the given probability (0…1).
    mutating func chance(_ probability: Double) -> Bool {
        fraction() < probability
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// `count` distinct elements of `items`, in random order (a partial Fisher–Yates shuffle).
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        let count = min(count, pool.count)
        for index in 0..<count {
            pool.swapAt(index, int(index...(pool.count - 1)))
        }
        return Array(pool.prefix(count))
    }
}
