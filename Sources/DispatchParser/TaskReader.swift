import Foundation
import Tracking

/// Reads the numbered items of the body: their number, text, deadline phrase and assignees.
enum TaskReader {
    /// "1. Giao …" → ("1", "Giao …"); also "1) …". Nil for "1.5 tấn" or "2025.".
    static func numbered(_ line: SourceLine) -> (number: String, rest: String)? {
        let digits = line.text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return nil }
        let rest = line.text.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        let after = rest.dropFirst()
        guard let next = after.first, next == " " else { return nil }
        return (String(digits), SourceLine.collapsingWhitespace(after))
    }

    /// Folded words that open a deadline phrase, longest first.
    static let deadlineOpeners: [[String]] = [
        ["cham", "nhat", "truoc", "ngay"], ["cham", "nhat", "ngay"], ["cham", "nhat"],
        ["den", "het", "ngay"], ["truoc", "ngay"], ["truoc"], ["han", "chot"], ["thoi", "han"], ["han"],
        ["hang", "thang"],
    ]

    /// The deadline phrase in a task's text, from its opening words to the date (or to
    /// "hàng tháng"); nil when the text names no date.
    static func deadline(in text: String) -> Deadline? {
        let words = text.split(separator: " ").map(String.init)
        let folded = words.map { VietnameseText.fold($0).trimmingCharacters(in: .punctuationCharacters) }
        var index = 0
        while index < words.count {
            guard let opener = deadlineOpeners.first(where: { opener in
                index + opener.count <= folded.count && Array(folded[index..<index + opener.count]) == opener
            }) else {
                index += 1
                continue
            }
            // The date (or "hàng tháng") must come within a few words of the opener.
            let limit = min(words.count, index + opener.count + 6)
            var end = index + opener.count
            while end < limit {
                let word = trimmedDateWord(words[end])
                if CalendarDate(vietnamese: word) != nil {
                    let phrase = (words[index..<end] + [word]).joined(separator: " ")
                    return Deadline(phrase: phrase)
                }
                if end + 1 < folded.count, folded[end] == "hang", folded[end + 1] == "thang" {
                    let phrase = words[index...end + 1].joined(separator: " ")
                    return Deadline(phrase: SourceLine.trimmingEndPunctuation(phrase))
                }
                end += 1
            }
            index += 1
        }
        return nil
    }

    /// "15/02/2025./." → "15/02/2025"; "15/02/2025," → "15/02/2025".
    static func trimmedDateWord(_ word: String) -> String {
        var result = Substring(word)
        while let last = result.last, !(last.isASCII && last.isNumber) { result.removeLast() }
        while let first = result.first, !(first.isASCII && first.isNumber) { result.removeFirst() }
        return String(result)
    }

    /// Folded openings meaning "every addressee concerned".
    static let everyoneOpenings = [
        "cac so, nganh", "cac so, ban, nganh", "cac so nganh", "cac co quan, don vi", "cac co quan, dia phuong",
        "cac don vi", "cac dia phuong", "cac co quan", "cac so, nganh, dia phuong",
    ]
    /// Folded verbs that introduce the assignees.
    static let assigningVerbs = ["giao cho ", "giao ", "de nghi ", "yeu cau ", "chi dao ", "dong y giao "]

    enum Assignment {
        /// The named agencies, in the order written.
        case named([String])
        /// "các Sở, ngành, địa phương liên quan": the phrase as written.
        case everyone(String)
        case unknown
    }

    /// Who a task is given to: the addressees named right after "Giao", "Đề nghị", "Yêu cầu"
    /// (or at the very start), separated by commas or "và".
    static func assignment(of text: String, addressees: [String]) -> Assignment {
        var rest = VietnameseText.fold(text)
        var original = SourceLine.collapsingWhitespace(text)
        if let verb = assigningVerbs.first(where: { rest.hasPrefix($0) }) {
            rest = String(rest.dropFirst(verb.count))
            original = String(original.dropFirst(verb.count))
        }
        if let opening = everyoneOpenings.first(where: { rest.hasPrefix($0) }) {
            // The phrase as written, up to "liên quan" when it follows.
            var phraseEnd = opening.count
            let folded = rest
            if let range = folded.range(of: "lien quan"), folded.distance(from: folded.startIndex, to: range.lowerBound) < 40 {
                phraseEnd = folded.distance(from: folded.startIndex, to: range.upperBound)
            }
            return .everyone(String(original.prefix(phraseEnd)))
        }
        let candidates = addressees.map { ($0, VietnameseText.fold($0)) }.sorted { $0.1.count > $1.1.count }
        var found: [String] = []
        while true {
            guard let match = candidates.first(where: { rest.hasPrefix($0.1) && boundary(after: $0.1, in: rest) }) else { break }
            if !found.contains(match.0) { found.append(match.0) }
            rest = String(rest.dropFirst(match.1.count))
            let separators = [", ", " va ", "; ", " , ", ","]
            guard let separator = separators.first(where: { rest.hasPrefix($0) }) else { break }
            rest = String(rest.dropFirst(separator.count))
        }
        return found.isEmpty ? .unknown : .named(found)
    }

    private static func boundary(after prefix: String, in text: String) -> Bool {
        guard text.count > prefix.count else { return true }
        let next = text[text.index(text.startIndex, offsetBy: prefix.count)]
        return !(next.isLetter || next.isNumber)
    }
}
