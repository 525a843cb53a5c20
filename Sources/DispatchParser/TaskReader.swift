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

    /// The deadline phrase in a task's text and what it names (``DeadlineFinder``); nil when
    /// the text asks for nothing in time. `year` completes a date written without its year.
    static func deadline(in text: String, year: Int? = nil) -> Deadline? {
        DeadlineFinder(text).phrase().map { Deadline(phrase: $0, year: year) }
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
    /// (or at the very start), separated by commas or "và"; else an agency named at the start
    /// ("Sở Xây dựng kiểm tra …", ``AgencyName``); else those named after "giao", "đề nghị" or
    /// "yêu cầu" further on ("Thực hiện …, Sở Nội vụ đề nghị các cơ quan, đơn vị rà soát …").
    static func assignment(of text: String, addressees: [String]) -> Assignment {
        let found = assignment(at: SourceLine.collapsingWhitespace(text), addressees: addressees, depth: 0)
        if case .unknown = found {
            // A verb further on: the assignees follow it.
            let folded = VietnameseText.fold(text)
            let words = text.split(separator: " ")
            let foldedWords = folded.split(separator: " ")
            if words.count == foldedWords.count {
                for (index, word) in foldedWords.enumerated().dropFirst() where ["giao", "nghi", "cau"].contains(word) {
                    let previous = foldedWords[index - 1]
                    guard word == "giao" || (word == "nghi" && previous == "de") || (word == "cau" && previous == "yeu") else { continue }
                    let rest = words[(index + 1)...].joined(separator: " ")
                    let again = assignment(at: rest, addressees: addressees, depth: 1)
                    if case .unknown = again { continue }
                    return again
                }
            }
        }
        return found
    }

    private static func assignment(at text: String, addressees: [String], depth: Int) -> Assignment {
        var rest = VietnameseText.fold(text)
        var original = text
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
        let named = namedAddressees(AgencyName.key(original), addressees: addressees)
        if !named.isEmpty { return .named(named) }
        // An agency the list does not name, or one that passes the task on ("Bộ Y tế đề nghị …").
        guard let (name, after) = AgencyName.leading(in: original) else { return .unknown }
        let foldedAfter = VietnameseText.fold(after)
        if depth == 0, let verb = assigningVerbs.first(where: { foldedAfter.hasPrefix($0) }) {
            let passed = assignment(at: String(after.dropFirst(verb.count)), addressees: addressees, depth: 1)
            if case .unknown = passed {} else { return passed }
        }
        // "Ban quản lý các thôn, ấp" for the addressee "Ban quản lý các thôn, ấp trên địa bàn xã".
        let key = AgencyName.key(name)
        let longer = addressees.filter { AgencyName.key($0).hasPrefix(key + " ") }
        var names = [longer.count == 1 ? longer[0] : name]
        // "Sở Y tế, Sở Tài chính …", "Báo X và Đài Y …": more names, each with its noun.
        var remaining = after
        while true {
            let folded = VietnameseText.fold(remaining)
            guard folded.hasPrefix("va ") || folded.hasPrefix(", ") else { break }
            let next = String(remaining.drop { $0 != " " }.dropFirst())
            guard let (more, tail) = AgencyName.leading(in: next) else { break }
            names.append(more)
            remaining = tail
        }
        return .named(names)
    }

    /// Addressees named one after the other at the start of a folded key (``AgencyName/key(_:)``).
    static func namedAddressees(_ key: String, addressees: [String]) -> [String] {
        var rest = key
        let candidates = addressees.map { ($0, AgencyName.key($0)) }.sorted { $0.1.count > $1.1.count }
        var found: [String] = []
        while true {
            guard let match = candidates.first(where: { rest.hasPrefix($0.1) && boundary(after: $0.1, in: rest) }) else { break }
            if !found.contains(match.0) { found.append(match.0) }
            rest = String(rest.dropFirst(match.1.count))
            let separators = [", ", " va ", "; ", " , ", ",", " cung "]
            guard let separator = separators.first(where: { rest.hasPrefix($0) }) else { break }
            rest = String(rest.dropFirst(separator.count))
        }
        return found
    }

    // MARK: What an item or a paragraph is

    /// Folded openings of an item that approves or notes, and asks nothing ("1. Đồng ý với đề
    /// xuất của Sở Công Thương …").
    static let approvalOpenings = ["dong y ", "nhat tri ", "thong nhat ", "ghi nhan ", "bieu duong ", "chap thuan "]

    static func isApproval(_ text: String) -> Bool {
        let folded = VietnameseText.fold(text)
        return approvalOpenings.contains { folded.hasPrefix($0) }
    }

    /// The closing line of a notice: "Văn phòng UBND tỉnh thông báo để Sở … biết, thực hiện./."
    static func isClosing(_ text: String) -> Bool {
        let folded = VietnameseText.fold(SourceLine.trimmingEndPunctuation(text))
        return folded.contains("thong bao de ") || folded.hasSuffix("biet, thuc hien") || folded.hasSuffix("biet va thuc hien")
            || folded.hasSuffix("de biet") || folded.hasPrefix("yeu cau thu truong") || folded.hasPrefix("noi nhan")
    }

    /// The parts of one item that are tasks of their own: "…; đồng thời nghiên cứu …" (the same
    /// assignees, `inherits`), and a sentence that starts with another agency ("… báo cáo trước
    /// ngày 30/9/2024. Bộ Xây dựng tổng hợp, báo cáo.").
    static func parts(of text: String, addressees: [String]) -> [(text: String, inherits: Bool)] {
        var result: [(String, Bool)] = []
        var current = ""
        var inherits = false
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var index = 0
        while index < words.count {
            let word = words[index]
            current += (current.isEmpty ? "" : " ") + word
            index += 1
            guard index < words.count, let last = word.last, last == ";" || last == "." else { continue }
            let rest = words[index...].joined(separator: " ")
            let folded = VietnameseText.fold(rest)
            if folded.hasPrefix("dong thoi ") {
                result.append((current, inherits))
                current = ""
                inherits = true
                index += 2
            } else if last == ".", words[index].first?.isUppercase == true, word.count > 2 || word == ".",
                      !namedAddressees(AgencyName.key(rest), addressees: addressees).isEmpty || AgencyName.leading(in: rest) != nil {
                result.append((current, inherits))
                current = ""
                inherits = false
            }
        }
        if !current.isEmpty { result.append((current, inherits)) }
        return result
    }

    private static func boundary(after prefix: String, in text: String) -> Bool {
        guard text.count > prefix.count else { return true }
        let next = text[text.index(text.startIndex, offsetBy: prefix.count)]
        return !(next.isLetter || next.isNumber)
    }
}
