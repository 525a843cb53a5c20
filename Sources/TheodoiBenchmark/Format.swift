import Foundation

/// How durations, sizes and counts are written in progress lines and in the table.
enum Format {
    /// "850 µs", "12.3 ms", "4.21 s".
    static func seconds(_ value: Double) -> String {
        switch value {
        case ..<0.001: return String(format: "%.0f µs", value * 1e6)
        case ..<1: return String(format: "%.1f ms", value * 1e3)
        default: return String(format: "%.2f s", value)
        }
    }

    /// "1.4 ms" for a CPU time given in milliseconds.
    static func milliseconds(_ value: Double) -> String {
        value >= 1000 ? String(format: "%.2f s", value / 1000) : String(format: "%.1f ms", value)
    }

    /// "42.0 MiB" for a size in KiB.
    static func mebibytes(kibibytes: Int) -> String {
        String(format: "%.1f MiB", Double(kibibytes) / 1024)
    }

    /// "12 345 B", "1.2 MB".
    static func bytes(_ value: Double) -> String {
        value >= 1_000_000 ? String(format: "%.1f MB", value / 1e6)
            : value >= 10_000 ? String(format: "%.1f kB", value / 1e3) : String(format: "%.0f B", value)
    }
}

/// The median of a non-empty list (the mean of the middle two for an even count).
func median(_ values: [Double]) -> Double {
    precondition(!values.isEmpty)
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
