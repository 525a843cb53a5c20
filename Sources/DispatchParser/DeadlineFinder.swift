import Foundation
import Tracking

/// Finds the deadline phrase in the text of a task, as the dispatch wrote it: its opening
/// words ("trước ngày", "chậm nhất", "đến hết ngày", "trong", "không quá", "hạn") and the date,
/// month, quarter, year or period they name; a recurring "hàng tháng, chậm nhất ngày 20"; a
/// quarter named alone ("trình UBND tỉnh Quý III năm 2024"); and, when no date is named, the
/// words that ask for speed without one ("khẩn trương", "kịp thời", "ngay", "theo quy định").
///
/// The forms are those of FACTS.md ("Deadlines") and issue 10. The phrase is kept even when its
/// date cannot exist ("trước ngày 29/02/2025"): ``Deadline/anchor`` is nil then, and the
/// caller warns.
struct DeadlineFinder {
    /// The words of the text as written, and folded without surrounding punctuation.
    let words: [Substring]
    let folded: [String]

    init(_ text: String) {
        words = text.split(separator: " ")
        folded = words.map { word in DeadlinePhraseReader.words(VietnameseText.fold(word)).joined(separator: " ") }
    }

    /// Folded words that open a deadline phrase, longest first.
    static let openers: [[String]] = [
        ["cham", "nhat", "truoc", "ngay"], ["cham", "nhat", "ngay"], ["cham", "nhat", "truoc"], ["cham", "nhat", "vao"],
        ["cham", "nhat"], ["den", "het", "ngay"], ["den", "het"], ["truoc", "ngay"], ["truoc"], ["han", "chot"],
        ["trong", "thoi", "han"], ["thoi", "han"], ["trong", "vong"], ["trong"], ["khong", "qua"], ["den", "ngay"],
        ["han"],
    ]

    /// The phrase, as written; nil when the text asks for nothing in time.
    func phrase() -> String? {
        for index in folded.indices {
            if let end = monthly(at: index) ?? dated(at: index) { return raw(index..<end) }
        }
        for index in folded.indices {
            if let end = dateless(at: index) { return raw(index..<end) }
        }
        return nil
    }

    private func raw(_ range: Range<Int>) -> String {
        var text = words[range].joined(separator: " ")
        while let last = text.last, !(last.isLetter || last.isNumber) { text.removeLast() }
        while let first = text.first, !(first.isLetter || first.isNumber) { text.removeFirst() }
        return text
    }

    private func word(_ index: Int) -> String { index < folded.count ? folded[index] : "" }

    /// "hàng tháng, chậm nhất ngày 20" or "chậm nhất ngày 17 hàng tháng".
    private func monthly(at index: Int) -> Int? {
        let isMonthly = { (at: Int) in ["hang", "hang"].contains(word(at)) && word(at + 1) == "thang" }
        if isMonthly(index), word(index + 2) == "cham", word(index + 3) == "nhat", word(index + 4) == "ngay",
           Int(word(index + 5)) != nil {
            return index + 6
        }
        if word(index) == "cham", word(index + 1) == "nhat", word(index + 2) == "ngay", Int(word(index + 3)) != nil,
           isMonthly(index + 4) {
            return index + 6
        }
        return nil
    }

    /// An opener then a date form; or a quarter alone.
    private func dated(at index: Int) -> Int? {
        if word(index) == "quy", let end = dateForm(at: index, opener: []) { return end }
        for opener in Self.openers where (0..<opener.count).allSatisfy({ word(index + $0) == opener[$0] }) {
            let start = index + opener.count
            // "trước ngày" read as the opener "trước" then the form "ngày D tháng M …".
            if let end = dateForm(at: opener.last == "ngay" ? start - 1 : start, opener: opener) { return end }
        }
        return nil
    }

    /// The end of a date form starting at `index`.
    private func dateForm(at index: Int, opener: [String]) -> Int? {
        let first = word(index)
        if isSlashDate(first) { return index + 1 }
        switch first {
        case "ngay":
            if isSlashDate(word(index + 1)) { return index + 2 }
            guard Int(word(index + 1)) != nil, word(index + 2) == "thang", Int(word(index + 3)) != nil else { return nil }
            return word(index + 4) == "nam" && isYear(word(index + 5)) ? index + 6 : index + 4
        case "thang":
            let next = word(index + 1)
            if next.contains("/") {
                let parts = next.split(separator: "/")
                return parts.count == 2 && Int(parts[0]) != nil && isYear(String(parts[1])) ? index + 2 : nil
            }
            guard Int(next) != nil, word(index + 2) == "nam", isYear(word(index + 3)) else { return nil }
            return opener.isEmpty ? nil : index + 4
        case "quy":
            let parts = word(index + 1).split(separator: "/")
            guard let quarter = parts.first, DeadlinePhraseReader.quarter(String(quarter)) != nil else { return nil }
            if parts.count == 2 { return isYear(String(parts[1])) ? index + 2 : nil }
            return word(index + 2) == "nam" && isYear(word(index + 3)) ? index + 4 : nil
        case "nam":
            return !opener.isEmpty && isYear(word(index + 1)) ? index + 2 : nil
        default:
            break
        }
        // A period: "trong 30 ngày làm việc", "không quá 2 tháng kể từ ngày ban hành văn bản này".
        guard let opening = opener.first, ["trong", "khong", "thoi"].contains(opening), Int(first) != nil,
              ["ngay", "thang", "tuan", "nam"].contains(word(index + 1))
        else { return nil }
        var end = index + 2
        if word(end) == "lam", word(end + 1) == "viec" { end += 2 }
        if word(end) == "ke", word(end + 1) == "tu" {
            // To the end of the clause.
            while end < words.count {
                let last = words[end].last
                end += 1
                if let last, last == "," || last == ";" || last == "." { break }
            }
        }
        return end
    }

    /// "khẩn trương", "kịp thời", "ngay" (the word without marks, not "ngày"), "theo quy định".
    private func dateless(at index: Int) -> Int? {
        switch word(index) {
        case "khan" where word(index + 1) == "truong": index + 2
        case "kip" where word(index + 1) == "thoi": index + 2
        case "theo" where word(index + 1) == "quy" && word(index + 2) == "dinh": index + 3
        case "ngay" where DeadlinePhraseReader.words(String(words[index])) == ["ngay"]: index + 1
        default: nil
        }
    }

    private func isSlashDate(_ word: String) -> Bool {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              parts[0].count <= 2, parts[1].count <= 2
        else { return false }
        return parts.count == 2 || parts[2].count == 4
    }

    private func isYear(_ word: String) -> Bool { word.count == 4 && Int(word) != nil }
}
