import Foundation
import Tracking

/// One cell of the document's text: a physical line, or one column of it when a tab or a table
/// pipe separates two columns on the same line ("Nơi nhận:<TAB>TL. CHỦ TỊCH", "Số: 88/SNV-TCCB |
/// Kon Tum, ngày 09 tháng 10 năm 2023 |" as web sites copy the two-column header of Nghị định
/// 30/2020, Phụ lục I). Blank physical lines are kept (with empty text) because they end wrapped
/// paragraphs.
struct SourceLine: Sendable {
    /// 1-based number of the physical line in the input, after CRLF and CR became LF.
    var number: Int
    /// The text in NFC, trimmed, with every run of white space as one space.
    var text: String
    /// ``VietnameseText/fold(_:)`` of `text`: lower case, no marks, "đ" as "d".
    var folded: String

    var isBlank: Bool { text.isEmpty }

    init(number: Int, text: String) {
        self.number = number
        self.text = SourceLine.separatingGluedWords(SourceLine.collapsingWhitespace(text))
        self.folded = VietnameseText.fold(self.text)
    }

    /// Splits a whole text into lines: CRLF, CR and LF all end a line; each line is then made
    /// NFC on its own (no mark composes across a line end, and Foundation's normalisation of a
    /// whole 10 MB text takes time that grows faster than its size: issue 10, item 13).
    static func lines(of raw: String) -> [SourceLine] {
        let text = raw
        var physical: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                physical.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { physical.append(String(current)) }

        var result: [SourceLine] = []
        for (index, rawLine) in physical.enumerated() {
            let line = VietnameseText.normalized(rawLine)
            let cells = line.split(whereSeparator: { $0 == "\t" || $0 == "|" }).map { collapsingWhitespace($0) }.filter { !$0.isEmpty }
            if cells.isEmpty {
                result.append(SourceLine(number: index + 1, text: ""))
            } else {
                for cell in cells { result.append(SourceLine(number: index + 1, text: cell)) }
            }
        }
        return joiningBrokenLabels(result)
    }

    /// Folded label words that a narrow column may break over two lines ("Nơi" / "nhận:").
    static let brokenLabels: [(String, String)] = [("noi", "nhan"), ("kinh", "gui")]

    /// "Nơi" then "nhận:" on the next line with text: one line "Nơi nhận:", numbered as the first.
    static func joiningBrokenLabels(_ lines: [SourceLine]) -> [SourceLine] {
        var result: [SourceLine] = []
        result.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let (first, second) = brokenLabels.first(where: { $0.0 == line.folded }) {
                var next = index + 1
                while next < lines.count, lines[next].isBlank, next - index < 3 { next += 1 }
                if next < lines.count, lines[next].folded.hasPrefix(second) {
                    _ = first
                    result.append(SourceLine(number: line.number, text: line.text + " " + lines[next].text))
                    index = next + 1
                    continue
                }
            }
            result.append(line)
            index += 1
        }
        return result
    }

    /// "vàĐào tạo" → "và Đào tạo": web copies lose the space between words; a lower-case letter
    /// followed by an upper-case one then a lower-case one marks it. Words with digits, "/", "-"
    /// or "." (references such as "SGDĐT-GDTrH") are left alone.
    static func separatingGluedWords(_ text: String) -> String {
        // Most lines have no lower-case letter right before an upper-case one: leave them at once.
        var previousLower = false
        var suspect = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isUpper = value < 0x80 ? (0x41...0x5A).contains(value) : scalar.properties.isUppercase
            if previousLower && isUpper {
                suspect = true
                break
            }
            previousLower = value < 0x80 ? (0x61...0x7A).contains(value) : scalar.properties.isLowercase
        }
        guard suspect else { return text }
        var words: [String] = []
        var changed = false
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let characters = Array(word)
            guard characters.count >= 4, !characters.contains(where: { $0.isNumber || $0 == "/" || $0 == "-" || $0 == "." }) else {
                words.append(String(word))
                continue
            }
            var out = ""
            for (index, character) in characters.enumerated() {
                if index > 0, index + 1 < characters.count, characters[index - 1].isLowercase, character.isUppercase,
                   characters[index + 1].isLowercase {
                    out.append(" ")
                    changed = true
                }
                out.append(character)
            }
            words.append(out)
        }
        return changed ? words.joined(separator: " ") : text
    }

    /// The folded text without spaces: labels are found with or without a lost space
    /// ("Kínhgửi:", "Nơinhận:").
    func hasLabel(_ despacedFolded: String) -> Bool {
        var index = despacedFolded.startIndex
        for character in folded where character != " " {
            guard index < despacedFolded.endIndex else { return true }
            if character != despacedFolded[index] { return false }
            index = despacedFolded.index(after: index)
        }
        return index == despacedFolded.endIndex
    }

    /// Trimmed, with runs of white space (tabs, no-break spaces) as one space; control
    /// characters other than white space are dropped.
    static func collapsingWhitespace(_ text: some StringProtocol) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { continue }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(character)
        }
        return result
    }

    /// Whether every letter is upper case and there are at least two ("TỈNH BẮC NINH").
    var isUpperCase: Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && !letters.contains(where: \.isLowercase)
    }

    /// "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" or "Độc lập - Tự do - Hạnh phúc".
    /// Also "ĐẢNG CỘNG SẢN VIỆT NAM", the heading of a Party document (Quy định 66-QĐ/TW).
    var isNationalMotto: Bool {
        folded.hasPrefix("cong hoa xa hoi chu nghia") || (folded.contains("doc lap") && folded.contains("hanh phuc"))
            || folded == "dang cong san viet nam"
    }

    /// A line of underscores or dashes drawn under a heading.
    var isRule: Bool {
        !text.isEmpty && !text.contains(where: { $0.isLetter || $0.isNumber })
    }

    /// "(Đã ký)", "[daky]", "(Ký tên, đóng dấu)".
    var isSignatureMark: Bool {
        (text.hasPrefix("(") && text.hasSuffix(")")) || (text.hasPrefix("[") && text.hasSuffix("]"))
            || folded == "da ky"
    }

    /// A list item: "- Công an tỉnh;", "+ …", "• …".
    var isListItem: Bool {
        guard let first = text.first else { return false }
        return first == "-" || first == "+" || first == "•" || first == "–" || first == "—" || first == "*"
    }

    /// The text of a list item without its mark and final ";" "." ",".
    var itemText: String {
        var body = Substring(text)
        if isListItem { body = body.dropFirst() }
        return SourceLine.trimmingEndPunctuation(body)
    }

    /// Drops trailing ";", ".", "," and the "./." end-of-text mark, and surrounding spaces.
    static func trimmingEndPunctuation(_ text: some StringProtocol) -> String {
        var result = collapsingWhitespace(text)
        while let last = result.last, last == ";" || last == "." || last == "," || last == "/" || last == ":" {
            result.removeLast()
            result = collapsingWhitespace(result)
        }
        return result
    }
}
