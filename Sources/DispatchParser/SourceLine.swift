import Foundation
import Tracking

/// One cell of the document's text: a physical line, or one column of it when a tab separates
/// two columns on the same line ("Nơi nhận:<TAB>TL. CHỦ TỊCH"). Blank physical lines are kept
/// (with empty text) because they end wrapped paragraphs.
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
        self.text = SourceLine.collapsingWhitespace(text)
        self.folded = VietnameseText.fold(self.text)
    }

    /// Splits a whole text into lines: NFC first, then CRLF, CR and LF all end a line.
    static func lines(of raw: String) -> [SourceLine] {
        let text = VietnameseText.normalized(raw)
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
        for (index, line) in physical.enumerated() {
            let cells = line.split(separator: "\t").map { collapsingWhitespace($0) }.filter { !$0.isEmpty }
            if cells.isEmpty {
                result.append(SourceLine(number: index + 1, text: ""))
            } else {
                for cell in cells { result.append(SourceLine(number: index + 1, text: cell)) }
            }
        }
        return result
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
    var isNationalMotto: Bool {
        folded.hasPrefix("cong hoa xa hoi chu nghia") || (folded.contains("doc lap") && folded.contains("hanh phuc"))
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
