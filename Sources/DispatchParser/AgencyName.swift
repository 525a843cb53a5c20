import Foundation
import Tracking

/// The name of an agency where a sentence starts with one ("Sở Xây dựng kiểm tra …", "Bộ Y tế
/// đề nghị …"), for tasks given to an agency the "Kính gửi" list does not name (a plan or a
/// conclusion notice has no such list; Nghị định 30/2020, Phụ lục III).
///
/// A name starts with the noun of an agency kind and ends before the first verb written in
/// lower case ("chủ trì", "kiểm tra", "báo cáo" …): the words of a name are capitalised where
/// a verb is not ("Sở Xây dựng" is a name, "xây dựng kế hoạch" a verb).
enum AgencyName {
    /// Folded nouns that open the name of an agency, longest first.
    static let nouns: [[String]] = [
        ["uy", "ban", "nhan", "dan"], ["bao", "hiem", "xa", "hoi"], ["bo", "chi", "huy"], ["van", "phong"],
        ["trung", "tam"], ["cong", "an"], ["chi", "cuc"], ["tong", "cuc"], ["thanh", "tra"], ["kho", "bac"],
        ["ngan", "hang"], ["lien", "doan"], ["mat", "tran"], ["tinh", "uy"], ["huyen", "uy"], ["thanh", "uy"],
        ["dang", "uy"], ["benh", "vien"], ["cong", "ty"], ["hoi", "dong"], ["tinh", "doan"], ["ban", "quan", "ly"],
        ["ubnd"], ["so"], ["bo"], ["ban"], ["cuc"], ["phong"], ["dai"], ["bao"], ["vien"], ["hoi"], ["doan"], ["truong"],
    ]

    /// Folded first words of what an agency is asked to do: where its name ends.
    static let verbs: Set<String> = [
        "chu", "phoi", "khan", "to", "ra", "kiem", "huong", "bao", "tham", "nghien", "xay", "trien", "thuc", "theo",
        "tong", "don", "chiu", "lanh", "gui", "nop", "mo", "nao", "bo", "hoan", "giam", "lap", "xu", "tang", "cung",
        "de", "trinh", "duy", "day", "sua", "khi", "giao", "yeu", "tiep", "kip", "dam", "phat", "dieu", "tuyen",
        "nang", "tap", "khac", "kien", "rut", "cap",
    ]
    /// Verbs whose first word also occurs in names ("quán triệt" / "quận", "ban hành" / "địa bàn").
    static let verbPairs: Set<String> = [
        "quan triet", "quan ly", "ban hanh", "chi dao", "co trach", "co y", "thong bao", "thong tin", "van dong",
        "dang ky", "huy dong", "ho tro", "chuan bi", "cap nhat", "cap phep",
    ]
    /// Words after "các" that name a level, not a verb ("các cấp").
    static let levels: Set<String> = ["cap", "nganh"]

    /// The name at the start of `text` (as written), or nil when the text does not start with one.
    static func leading(in text: String) -> (name: String, rest: String)? {
        let words = text.split(separator: " ")
        let folded = words.map { VietnameseText.fold($0).trimmingCharacters(in: .punctuationCharacters) }
        guard let noun = nouns.first(where: { noun in
            noun.count <= folded.count && (0..<noun.count).allSatisfy { folded[$0] == noun[$0] }
        }), words.first?.first?.isUppercase == true else { return nil }
        var end = noun.count
        let isClass = { folded[..<end].contains("cac") }
        while end < words.count, end < 16 {
            let word = words[end]
            if let first = word.first, first.isLowercase {
                let pair = end + 1 < folded.count ? folded[end] + " " + folded[end + 1] : ""
                let afterCac = folded[end - 1] == "cac" && levels.contains(folded[end])
                if (verbs.contains(folded[end]) && !afterCac) || verbPairs.contains(pair) { break }
            }
            if folded[end] == "va" || folded[end] == "va," { break }
            end += 1
            if let last = word.last, last == "," || last == ";" || last == "." || last == ":" {
                // "UBND các huyện, thị xã" is one class; "Sở Y tế, Sở Tài chính" two names.
                if last == ",", isClass(), end < words.count, words[end].first?.isLowercase == true { continue }
                break
            }
        }
        guard end > noun.count || noun == ["ubnd"] else { return nil }
        let name = SourceLine.trimmingEndPunctuation(words[..<end].joined(separator: " "))
        return (name, words[end...].joined(separator: " "))
    }

    /// "Ủy ban nhân dân huyện X" and "UBND huyện X" are one agency: a key that folds both.
    static func key(_ name: String) -> String {
        var folded = VietnameseText.fold(name)
        while let range = folded.range(of: "uy ban nhan dan ") { folded.replaceSubrange(range, with: "ubnd ") }
        return folded
    }
}
