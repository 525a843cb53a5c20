/// How many terminal columns a character takes, from a table of our own.
///
/// glibc's `wcwidth` depends on the locale (it answers −1 for every Vietnamese letter under
/// `LANG=C`), so the width table is pinned here and tested: combining marks 0, East Asian wide
/// and emoji 2, everything else 1. A Vietnamese letter is one column whether it arrives
/// precomposed or as a base letter with combining marks.
public enum DisplayWidth {
    /// The width of one grapheme cluster.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // An emoji made text-like or emoji-like by a variation selector.
        if scalars.contains("\u{FE0F}") { return 2 }
        return of(first)
    }

    /// The width of a single scalar as a cluster's base.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // The common case first, without Unicode property look-ups: printable ASCII, Latin-1,
        // and Vietnamese precomposed letters (Latin Extended Additional), all one column.
        if (0x20..<0x7F).contains(value) || (0xA0..<0x300).contains(value) || (0x1E00..<0x1F00).contains(value) {
            return 1
        }
        if value == 0 { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return value == 0x00AD ? 1 : 0
        default: break
        }
        if isWide(value) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The width of a string: the sum of its clusters' widths.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// East Asian Wide and Fullwidth blocks (Unicode 15, abridged to whole blocks).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if wideRanges[middle].upperBound < value { low = middle + 1 }
            else if wideRanges[middle].lowerBound > value { high = middle - 1 }
            else { return true }
        }
        return false
    }
}
