import Foundation
import Tracking

/// Reads the text of an official dispatch (công văn) laid out as Decree 30/2020/NĐ-CP says:
/// issuer, "Số:", place and date, "V/v", "Kính gửi:", the body with numbered items, "Nơi nhận:"
/// and the signature block. Pure: no files, no clock, no database.
///
/// The text may come from a PDF or a web page: tabs, blank lines between every line, the two
/// header columns interleaved, CRLF, decomposed (NFD) letters. What cannot be found is left nil
/// or empty with a warning; every guess is reported as a warning too ("line N: …", N the
/// physical line; a field missing altogether is reported on line 1, or on the last line for
/// the parts that end a document).
public enum DispatchParser {
    public static func parse(_ text: String) -> ParsedDispatch {
        // A byte-order mark is not text.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var reader = DispatchReader(lines: SourceLine.lines(of: text))
        return reader.read()
    }
}

/// One pass over the lines of one document.
struct DispatchReader {
    let lines: [SourceLine]
    var result = ParsedDispatch()

    init(lines: [SourceLine]) {
        self.lines = lines
    }

    private var lastLineNumber: Int { lines.last?.number ?? 1 }

    private mutating func warn(_ line: Int, _ message: String) {
        result.warnings.append("line \(line): \(message)")
    }

    mutating func read() -> ParsedDispatch {
        guard lines.contains(where: { !$0.isBlank }) else {
            warn(1, "the text is empty; nothing was found")
            return result
        }
        let numberLine = lines.firstIndex(where: Self.isNumberLine)
        let placeDateLine = lines.indices.first(where: { placeAndDate(at: $0) != nil })
        let subjectLine = lines.firstIndex(where: { $0.folded.hasPrefix("v/v") })
        let addresseeLine = lines.firstIndex(where: { $0.folded.hasPrefix("kinh gui") })
        let recipientLine = lines.firstIndex(where: { $0.folded.hasPrefix("noi nhan") })

        readReference(numberLine)
        readIssuer(before: numberLine ?? [subjectLine, placeDateLine, addresseeLine].compactMap { $0 }.min() ?? 0)
        readPlaceAndDate(placeDateLine)
        readSubject(subjectLine)
        let bodyStart = readAddressees(addresseeLine)
            ?? [numberLine, placeDateLine, subjectLine].compactMap { $0 }.max().map { $0 + 1 } ?? 0
        let firstAuthority = lines.indices.first(where: { $0 >= bodyStart && Self.isAuthority(lines[$0]) })
        let bodyEnd = [recipientLine, firstAuthority].compactMap { $0 }.filter { $0 >= bodyStart }.min() ?? lines.count
        readReferences(excluding: numberLine)
        readTasks(in: bodyStart..<max(bodyStart, bodyEnd))
        readRecipients(recipientLine)
        readSigner(from: max(bodyStart, bodyEnd))
        return result
    }

    // MARK: Header

    static func isNumberLine(_ line: SourceLine) -> Bool {
        guard line.folded.hasPrefix("so") else { return false }
        let rest = line.folded.dropFirst(2).drop { $0 == " " || $0 == ":" }
        return line.folded.dropFirst(2).first.map { $0 == ":" || $0 == " " } == true
            && rest.first.map { $0.isASCII && $0.isNumber } == true
    }

    private mutating func readReference(_ index: Int?) {
        guard let index else {
            warn(1, "no “Số:” line; the reference was not found")
            return
        }
        let line = lines[index]
        // "Số : 2917 /SGDĐT-VP" → "2917/SGDĐT-VP".
        let rest = line.text.dropFirst(2).drop { $0 == " " || $0 == ":" }
            .replacingOccurrences(of: " /", with: "/").replacingOccurrences(of: "/ ", with: "/")
        let word = SourceLine.trimmingEndPunctuation(rest.split(separator: " ").first ?? "")
        if let reference = DocumentReference(word) {
            result.reference = reference
        } else {
            warn(line.number, "“\(word)” is not a document reference")
        }
    }

    private mutating func readIssuer(before end: Int) {
        var parts: [SourceLine] = []
        for line in lines[..<min(end, lines.count)] where line.isUpperCase && !line.isNationalMotto && !line.isRule {
            parts.append(line)
        }
        guard let first = parts.first else {
            warn(1, "no issuing body above the reference")
            return
        }
        let written = parts.map(\.text).joined(separator: " ")
        // Old-style tone placement ("UỶ", "Uỷ") as Decree 30's forms write it ("ỦY", "Ủy").
        let issuer = written.replacingOccurrences(of: "UỶ", with: "ỦY").replacingOccurrences(of: "Uỷ", with: "Ủy")
        if issuer != written {
            warn(first.number, "issuer written “\(written)”; given with the standard tone mark as “\(issuer)”")
        }
        result.issuer = issuer
    }

    /// "Bắc Ninh, ngày 17 tháng 01 năm 2025" → ("Bắc Ninh", 2025-01-17); also "ngày 17/01/2025".
    static func placeAndDate(of line: SourceLine) -> (place: String?, date: CalendarDate)? {
        guard line.text.count <= 80, !line.folded.hasPrefix("v/v") else { return nil }
        let words = line.folded.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for (index, word) in words.enumerated() where word == "ngay" {
            var date: CalendarDate? = nil
            // The date ends the line: "… ngày 23/9/2024, về việc …" in a subject is no date line.
            if index + 6 == words.count, words[index + 2] == "thang", words[index + 4] == "nam",
               let day = Int(words[index + 1].prefix(2)), let month = Int(words[index + 3].prefix(2)),
               let year = Int(TaskReader.trimmedDateWord(words[index + 5]).prefix(4)) {
                date = CalendarDate(year: year, month: month, day: day)
            } else if index + 2 == words.count, index > 0 {
                date = CalendarDate(vietnamese: TaskReader.trimmedDateWord(words[index + 1]))
            }
            guard let date else { continue }
            // The place ends at the comma before "ngày"; a line that starts with "ngày" has none.
            guard index > 0, let comma = line.text.firstIndex(of: ",") else {
                return index == 0 ? (nil, date) : nil
            }
            let place = SourceLine.collapsingWhitespace(line.text[..<comma])
            return (place.isEmpty ? nil : place, date)
        }
        return nil
    }

    /// The place and date at a line, or across it and the next when the place ends the line
    /// ("Quảng Bình," / "ngày 25 tháng 5 năm 2015", as web pages wrap a narrow column).
    func placeAndDate(at index: Int) -> (place: String?, date: CalendarDate)? {
        if let found = Self.placeAndDate(of: lines[index]) { return found }
        let line = lines[index]
        guard line.text.hasSuffix(","), index + 1 < lines.count, lines[index + 1].folded.hasPrefix("ngay ") else { return nil }
        let joined = SourceLine(number: line.number, text: line.text + " " + lines[index + 1].text)
        return Self.placeAndDate(of: joined)
    }

    private mutating func readPlaceAndDate(_ index: Int?) {
        guard let index, let (place, date) = placeAndDate(at: index) else {
            warn(1, "no place and date line (“…, ngày … tháng … năm …”)")
            return
        }
        result.place = place
        result.date = date
        if place == nil { warn(lines[index].number, "the date has no place before it") }
    }

    private mutating func readSubject(_ index: Int?) {
        guard let index else {
            warn(1, "no “V/v” line; the subject was not found")
            return
        }
        var parts = [SourceLine.collapsingWhitespace(lines[index].text.dropFirst(3).drop { $0 == " " || $0 == ":" })]
        var next = index + 1
        while next < lines.count, !isHeaderBreak(next) {
            parts.append(lines[next].text)
            next += 1
        }
        let subject = parts.filter { !$0.isEmpty }.joined(separator: " ")
        if subject.isEmpty {
            warn(lines[index].number, "the “V/v” line is empty")
        } else {
            result.subject = subject
        }
    }

    /// What ends a wrapped header line.
    private func isHeaderBreak(_ index: Int) -> Bool {
        let line = lines[index]
        return placeAndDate(at: index) != nil || line.isBlank || line.isNationalMotto || line.isUpperCase || line.isListItem || line.isRule
            || Self.placeAndDate(of: line) != nil || Self.isNumberLine(line)
            || line.folded.hasPrefix("kinh gui") || TaskReader.numbered(line) != nil
    }

    // MARK: Addressees

    /// Reads "Kính gửi:" and its list; returns the index of the first line after it.
    private mutating func readAddressees(_ index: Int?) -> Int? {
        guard let index else {
            warn(1, "no “Kính gửi:” line; the addressees were not found")
            return nil
        }
        let header = lines[index]
        var items: [(SourceLine, String)] = []
        if let colon = header.text.firstIndex(of: ":") {
            let inline = SourceLine.collapsingWhitespace(header.text[header.text.index(after: colon)...])
            if !inline.isEmpty { items.append((header, inline)) }
        }
        var next = index + 1
        var end = next
        while next < lines.count {
            let line = lines[next]
            if line.isBlank || line.isRule {
                next += 1
                continue
            }
            if line.isListItem {
                items.append((line, line.itemText))
            } else if items.isEmpty, line.text.count <= 100, TaskReader.numbered(line) == nil,
                      !line.folded.hasPrefix("noi nhan") {
                // A single addressee on the next line, without a dash.
                items.append((line, SourceLine.trimmingEndPunctuation(line.text)))
            } else {
                break
            }
            next += 1
            end = next
        }
        for (line, item) in items {
            let split = AddresseeSplitter.split(item)
            if split.guessed {
                warn(line.number, "“\(item)” read as \(split.names.count) agencies: \(split.names.joined(separator: "; "))")
            }
            for name in split.names where !result.addressees.contains(name) {
                result.addressees.append(name)
            }
        }
        if result.addressees.isEmpty { warn(header.number, "“Kính gửi:” names no agency") }
        return end
    }

    // MARK: Body

    /// Documents cited with a number: "công văn số 1671-CV/TU ngày 23/9/2024".
    private mutating func readReferences(excluding numberLine: Int?) {
        for (index, line) in lines.enumerated() where index != numberLine && !line.isBlank {
            let words = line.text.split(separator: " ").map(String.init)
            for (position, word) in words.enumerated() {
                let cleaned = SourceLine.trimmingEndPunctuation(word.drop { $0 == "(" || $0 == "“" || $0 == "\"" })
                    .trimmingCharacters(in: CharacterSet(charactersIn: ")”\""))
                guard cleaned.contains("/"), let reference = DocumentReference(cleaned),
                      reference.number.count <= 6, reference != result.reference
                else { continue }
                let date = Self.date(after: position, in: words)
                if let existing = result.references.firstIndex(where: { $0.reference == reference }) {
                    if result.references[existing].date == nil { result.references[existing].date = date }
                } else {
                    result.references.append(ParsedDispatch.Citation(reference: reference, date: date))
                }
            }
        }
    }

    /// "… ngày 23/9/2024" or "… ngày 23 tháng 9 năm 2024" right after a reference.
    static func date(after position: Int, in words: [String]) -> CalendarDate? {
        guard position + 2 < words.count, VietnameseText.fold(words[position + 1]) == "ngay" else { return nil }
        if let date = CalendarDate(vietnamese: TaskReader.trimmedDateWord(words[position + 2])) { return date }
        let folded = words.map { VietnameseText.fold($0) }
        if position + 6 < words.count, folded[position + 3] == "thang", folded[position + 5] == "nam",
           let day = Int(words[position + 2]), let month = Int(words[position + 4]),
           let year = Int(TaskReader.trimmedDateWord(words[position + 6])) {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    private mutating func readTasks(in body: Range<Int>) {
        var index = body.lowerBound
        while index < body.upperBound {
            guard let (number, first) = TaskReader.numbered(lines[index]) else {
                index += 1
                continue
            }
            let start = lines[index]
            var parts = [first]
            var next = index + 1
            var afterBlank = false
            while next < body.upperBound {
                let line = lines[next]
                if TaskReader.numbered(line) != nil { break }
                if line.isBlank {
                    afterBlank = true
                } else if afterBlank && !line.isListItem && !Self.isLettered(line) {
                    break
                } else {
                    parts.append(line.text)
                    afterBlank = false
                }
                next += 1
            }
            index = next
            var text = parts.joined(separator: " ")
            if text.hasSuffix("./.") { text.removeLast(2) }
            let deadline = TaskReader.deadline(in: text)
            if deadline == nil { warn(start.number, "task \(number) names no deadline") }
            var assignees: [String] = []
            switch TaskReader.assignment(of: text, addressees: result.addressees) {
            case .named(let names):
                assignees = names
            case .everyone(let phrase):
                assignees = result.addressees
                warn(start.number, "task \(number) is given to “\(phrase)”; its assignees are taken to be all \(assignees.count) addressees")
            case .unknown:
                warn(start.number, "task \(number): no addressee recognised as its assignee")
            }
            result.tasks.append(ParsedDispatch.Task(number: number, assignees: assignees, text: text, deadline: deadline))
        }
        if result.tasks.isEmpty { warn(lines[min(body.lowerBound, lines.count - 1)].number, "no numbered task in the body") }
    }

    /// "a) …", "b) …".
    static func isLettered(_ line: SourceLine) -> Bool {
        let characters = Array(line.text.prefix(2))
        return characters.count == 2 && characters[0].isLetter && characters[0].isLowercase && characters[1] == ")"
    }

    // MARK: End of the document

    private mutating func readRecipients(_ index: Int?) {
        guard let index else {
            warn(lastLineNumber, "no “Nơi nhận:” list")
            return
        }
        let header = lines[index]
        if let colon = header.text.firstIndex(of: ":") {
            let inline = SourceLine.trimmingEndPunctuation(header.text[header.text.index(after: colon)...].drop { $0 == " " || $0 == "-" })
            if !inline.isEmpty { result.recipients.append(inline) }
        }
        // Items after the header, wherever the signature column interleaves with them.
        for line in lines[(index + 1)...] where line.isListItem {
            let item = line.itemText
            if !item.isEmpty { result.recipients.append(item) }
        }
        if result.recipients.isEmpty { warn(header.number, "“Nơi nhận:” lists nothing") }
    }

    static func isAuthority(_ line: SourceLine) -> Bool {
        guard line.isUpperCase else { return false }
        return ["tm.", "kt.", "tl.", "tuq.", "q."].contains { prefix in
            line.folded.hasPrefix(prefix) && line.folded.dropFirst(prefix.count).first.map { $0 == " " || $0.isLetter } == true
        }
    }

    /// "Vũ Huy Phương": two to six words, each capitalised, no digits.
    static func isPersonName(_ line: SourceLine) -> Bool {
        let words = line.text.split(separator: " ")
        return (2...6).contains(words.count)
            && words.allSatisfy { word in word.first.map { $0.isUppercase } == true && word.allSatisfy(\.isLetter) }
            && !line.isUpperCase
    }

    private mutating func readSigner(from start: Int) {
        let candidates = lines[min(start, lines.count)...].filter { line in
            !line.isBlank && !line.isRule && !line.isSignatureMark && !line.isListItem
                && !line.folded.hasPrefix("noi nhan") && !line.isNationalMotto
        }
        var authority: [String] = []
        var title: String? = nil
        var name: String? = nil
        for line in candidates {
            if title == nil {
                if Self.isAuthority(line) {
                    authority.append(line.text)
                } else if line.isUpperCase {
                    title = line.text
                }
            } else if name == nil, Self.isPersonName(line) {
                name = line.text
                break
            }
        }
        if authority.isEmpty && title == nil && name == nil {
            warn(lastLineNumber, "no signature block")
            return
        }
        if title == nil { warn(lastLineNumber, "the signature has no title") }
        if name == nil { warn(lastLineNumber, "the signature has no name") }
        result.signer = ParsedDispatch.Signer(
            authority: authority.isEmpty ? nil : authority.joined(separator: " / "), title: title, name: name)
    }
}
