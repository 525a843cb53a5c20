import Glibc

/// The monotonic clock, in seconds: immune to changes of the wall clock.
enum Monotonic {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Sleeps for a number of seconds.
    static func sleep(_ seconds: Double) {
        guard seconds > 0 else { return }
        usleep(useconds_t(seconds * 1e6))
    }
}
