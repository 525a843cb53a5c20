/// Whole numbers and money as Vietnamese offices write them: "." groups thousands
/// ("1.300.000.000 đ"), "," marks decimals ("1,3 tỷ đ").
public enum VietnameseNumber {
    /// Reads a whole number written with or without thousands separators ("1.300.000.000",
    /// "1 300 000 000", "1300000000", with an optional "đ"/"VND"). Nil for anything else:
    /// a sign, a decimal part, letters, misplaced separators ("1.30.000").
    public static func parseWhole(_ text: some StringProtocol) -> Int? {
        var body = VietnameseText.fold(text)
        for suffix in ["vnd", "dong", "d"] where body.hasSuffix(suffix) {
            body = String(body.dropLast(suffix.count)).trimmingWhitespace()
            break
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == " ") }) else { return nil }
        let groups = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == " " })
        if groups.count > 1 {
            // Separated: a first group of 1–3 digits, then groups of exactly 3.
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            // Only one kind of separator in one number.
            guard !(body.contains(".") && body.contains(" ")) else { return nil }
        }
        return Int(groups.joined())
    }

    /// "1.300.000.000"
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// "1.300.000.000 đ"
    public static func money(_ value: Int) -> String {
        grouped(value) + " đ"
    }

    /// A short form for narrow panels: "1,3 tỷ đ", "340 triệu đ", "950.000 đ".
    public static func shortMoney(_ value: Int, language: Language = .vi) -> String {
        let units: [(Int, String, String)] = [(1_000_000_000, "tỷ", "bn"), (1_000_000, "triệu", "m")]
        for (size, vi, en) in units {
            // Round first, then choose the unit: 999.950.000 is "1 tỷ", not "1.000 triệu".
            let tenths = (value * 10 + (value >= 0 ? size / 2 : -size / 2)) / size
            // Below a million the exact amount is short enough to show in full.
            guard value.magnitude >= UInt(size) || (tenths.magnitude >= 10 && size > 1_000_000) else { continue }
            let whole = tenths / 10, fraction = abs(tenths % 10)
            let number = fraction == 0 ? grouped(whole) : "\(grouped(whole)),\(fraction)"
            return language == .vi ? "\(number) \(vi) đ" : "\(number.replacingOccurrences(",", "."))\(en) VND"
        }
        return language == .vi ? money(value) : grouped(value).replacingOccurrences(".", ",") + " VND"
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
