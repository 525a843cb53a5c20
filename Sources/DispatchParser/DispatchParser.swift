import Foundation
import Tracking

/// Reads the text of an official dispatch (công văn) laid out as Decree 30/2020/NĐ-CP says:
/// issuer, "Số:", place and date, "V/v", "Kính gửi:", the body with numbered items, "Nơi nhận:"
/// and the signature block. Pure: no files, no clock, no database.
///
/// The text may come from a PDF or a web page: tabs, blank lines between every line, the two
/// header columns interleaved, CRLF, decomposed (NFD) letters. What cannot be found is left nil
/// or empty with a warning; every guess is reported as a warning too (a ``ParseWarning``: its
/// physical line, its kind, the words concerned; a field missing altogether is reported on
/// line 1, or on the last line for the parts that end a document). The parser writes no
/// sentence: the front end renders warnings in the user's language.
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

    private mutating func warn(_ line: Int, _ kind: ParseWarning.Kind) {
        result.warnings.append(ParseWarning(line: line, kind))
    }

    mutating func read() -> ParsedDispatch {
        guard lines.contains(where: { !$0.isBlank }) else {
            warn(1, .emptyText)
            return result
        }
        let numberLine = lines.firstIndex(where: Self.isNumberLine)
        let addresseeLine = lines.firstIndex(where: { $0.hasLabel("kinhgui") })
        // The place and date belong to the header (Nghị định 30/2020, art. 8 and Phụ lục I): never
        // a "…, báo cáo trước ngày 10/5/2024" of the body.
        let headerEnd = addresseeLine
            ?? lines.firstIndex(where: { TaskReader.numbered($0) != nil || $0.text.utf8.count > 240 }) ?? lines.count
        let placeDateLine = lines.indices.first(where: { $0 < headerEnd && placeAndDate(at: $0) != nil })
        let subjectLine = lines.firstIndex(where: { $0.folded.hasPrefix("v/v") })
        let headingLine = subjectLine == nil
            ? lines.indices.first(where: { $0 < headerEnd && Self.isHeading(lines[$0]) }) : nil
        let recipientLine = lines.firstIndex(where: { $0.hasLabel("noinhan") })

        readReference(numberLine)
        readIssuer(before: numberLine ?? [subjectLine, placeDateLine, addresseeLine].compactMap { $0 }.min() ?? 0)
        readPlaceAndDate(placeDateLine)
        if let headingLine {
            readSubject(headingLine, afterHeading: true)
        } else {
            readSubject(subjectLine)
        }
        let bodyStart = readAddressees(addresseeLine)
            ?? [numberLine, placeDateLine, subjectLine, headingLine].compactMap { $0 }.max().map { headerBodyStart(after: $0) } ?? 0
        let firstAuthority = lines.indices.first(where: { $0 >= bodyStart && Self.isAuthority(lines[$0]) })
        let bodyEnd = [recipientLine, firstAuthority].compactMap { $0 }.filter { $0 >= bodyStart }.min() ?? lines.count
        readReferences(excluding: numberLine)
        readLawsCited(excluding: numberLine)
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
            warn(1, .noReferenceLine)
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
            warn(line.number, .notAReference(written: word))
        }
    }

    private mutating func readIssuer(before end: Int) {
        var parts: [SourceLine] = []
        for line in lines[..<min(end, lines.count)] where line.isUpperCase && !line.isNationalMotto && !line.isRule {
            parts.append(line)
        }
        guard let first = parts.first else {
            warn(1, .noIssuer)
            return
        }
        let written = parts.map(\.text).joined(separator: " ")
        // Old-style tone placement ("UỶ", "Uỷ") as Decree 30's forms write it ("ỦY", "Ủy").
        let issuer = written.replacingOccurrences(of: "UỶ", with: "ỦY").replacingOccurrences(of: "Uỷ", with: "Ủy")
        if issuer != written {
            warn(first.number, .issuerToneMarks(written: written, standard: issuer))
        }
        result.issuer = issuer
    }

    /// "Bắc Ninh, ngày 17 tháng 01 năm 2025" → ("Bắc Ninh", 2025-01-17); also "ngày 17/01/2025".
    static func placeAndDate(of line: SourceLine) -> (place: String?, date: CalendarDate)? {
        guard line.text.count <= 80, !line.folded.hasPrefix("v/v") else { return nil }
        let words = line.folded.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for (index, word) in words.enumerated() where word == "ngay" {
            // "… báo cáo trước ngày 10/5/2024": a deadline, not the date of the dispatch.
            if index > 0, ["truoc", "nhat", "het", "han", "den", "tu"].contains(words[index - 1]) { return nil }
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
            warn(1, .noPlaceAndDate)
            return
        }
        result.place = place
        result.date = date
        if place == nil { warn(lines[index].number, .dateWithoutPlace) }
    }

    /// Names of documents whose subject is the line under the name, not a "V/v" line
    /// (Nghị định 30/2020, Phụ lục I: "THÔNG BÁO / Kết luận của …", "KẾ HOẠCH / Triển khai …").
    static let headings: Set<String> = [
        "thong bao", "ke hoach", "bao cao", "to trinh", "chi thi", "cong dien", "huong dan", "chuong trinh", "ket luan",
    ]

    static func isHeading(_ line: SourceLine) -> Bool {
        line.isUpperCase && headings.contains(line.folded)
    }

    /// The first line of the body after the last header line `index`: the subject under a
    /// heading or after "V/v" wraps over the lines that follow, up to a blank.
    private func headerBodyStart(after index: Int) -> Int {
        var next = index + 1
        if Self.isHeading(lines[index]) || lines[index].folded.hasPrefix("v/v") {
            while next < lines.count, lines[next].isBlank { next += 1 }
            while next < lines.count, !isHeaderBreak(next) { next += 1 }
        }
        return next
    }

    private mutating func readSubject(_ index: Int?, afterHeading: Bool = false) {
        guard let index else {
            warn(1, .noSubjectLine)
            return
        }
        var parts: [String] = []
        var next = index + 1
        if afterHeading {
            while next < lines.count, lines[next].isBlank { next += 1 }
        } else {
            parts.append(SourceLine.collapsingWhitespace(lines[index].text.dropFirst(3).drop { $0 == " " || $0 == ":" }))
        }
        while next < lines.count, !isHeaderBreak(next) {
            parts.append(lines[next].text)
            next += 1
        }
        let subject = parts.filter { !$0.isEmpty }.joined(separator: " ")
        if subject.isEmpty {
            warn(lines[index].number, .emptySubject)
        } else {
            result.subject = subject
        }
    }

    /// What ends a wrapped header line.
    private func isHeaderBreak(_ index: Int) -> Bool {
        let line = lines[index]
        return placeAndDate(at: index) != nil || line.isBlank || line.isNationalMotto || line.isUpperCase || line.isListItem || line.isRule
            || Self.placeAndDate(of: line) != nil || Self.isNumberLine(line)
            || line.hasLabel("kinhgui") || TaskReader.numbered(line) != nil || Self.isHeading(line)
    }

    // MARK: Addressees

    /// Reads "Kính gửi:" and its list; returns the index of the first line after it.
    private mutating func readAddressees(_ index: Int?) -> Int? {
        guard let index else {
            warn(1, .noAddresseeLine)
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
        var lastRaw = items.first?.1 ?? ""
        while next < lines.count {
            let line = lines[next]
            if line.isBlank || line.isRule {
                next += 1
                continue
            }
            if line.isListItem {
                items.append((line, line.itemText))
                lastRaw = line.text
            } else if !items.isEmpty, Self.continues(lastRaw, with: line), TaskReader.numbered(line) == nil {
                // An item wrapped over two lines: "- Các Sở: Tư pháp, Giáo dục và" / "Đào tạo, …;".
                items[items.count - 1].1 = SourceLine.trimmingEndPunctuation(items[items.count - 1].1 + " " + line.text)
                lastRaw = line.text
            } else if items.isEmpty, line.text.count <= 100, TaskReader.numbered(line) == nil,
                      !line.hasLabel("noinhan") {
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
                warn(line.number, .addresseesSplit(written: item, names: split.names))
            }
            for name in split.names where !result.addressees.contains(name) {
                result.addressees.append(name)
            }
        }
        if result.addressees.isEmpty { warn(header.number, .noAddressee) }
        return end
    }

    /// Whether `line` carries on a list item whose text so far is `previous`: the item has no
    /// closing ";" or "." and the line starts in lower case, or the item breaks off on "và", ","
    /// or "các".
    static func continues(_ previous: String, with line: SourceLine) -> Bool {
        guard let last = previous.last, last != ";", last != ".", !line.isListItem, !line.isUpperCase,
              !line.hasLabel("noinhan"), !line.isSignatureMark, !isAuthority(line)
        else { return false }
        if let first = line.text.first, first.isLowercase || first == "(" { return true }
        let folded = VietnameseText.fold(previous)
        return last == "," || folded.hasSuffix(" va") || folded.hasSuffix(" cac")
    }

    // MARK: Body

    /// Documents cited with a number: "công văn số 1671-CV/TU ngày 23/9/2024"; also glued to
    /// "số" as web copies lose the space ("Công văn số2045/BXD-QHKT"). A cited date that cannot
    /// be (no such day, after the dispatch itself, before 1945) is left out with a warning.
    private mutating func readReferences(excluding numberLine: Int?) {
        for (index, line) in lines.enumerated() where index != numberLine && !line.isBlank && line.text.contains("/") {
            let words = line.text.split(separator: " ").map(String.init)
            for (position, word) in words.enumerated() where word.contains("/") {
                var cleaned = SourceLine.trimmingEndPunctuation(word.drop { $0 == "(" || $0 == "“" || $0 == "\"" })
                    .trimmingCharacters(in: CharacterSet(charactersIn: ")”\""))
                if let first = cleaned.first, !first.isNumber, let digit = cleaned.firstIndex(where: { $0.isASCII && $0.isNumber }),
                   VietnameseText.fold(cleaned[..<digit]) == "so" {
                    cleaned = String(cleaned[digit...])
                }
                guard let reference = DocumentReference(cleaned),
                      reference.number.count <= 6, reference != result.reference
                else { continue }
                let date = citedDate(after: position, in: words, line: line, reference: reference)
                if let existing = result.references.firstIndex(where: { $0.reference == reference }) {
                    if result.references[existing].date == nil { result.references[existing].date = date }
                } else {
                    result.references.append(ParsedDispatch.Citation(reference: reference, date: date))
                    result.citationOrder.append(.init(line: index, word: position, law: nil))
                }
            }
        }
    }

    /// The date after a cited reference, when it can be right; a warning when it cannot.
    private mutating func citedDate(after position: Int, in words: [String], line: SourceLine,
                                    reference: DocumentReference) -> CalendarDate? {
        guard let (date, written) = Self.writtenDate(after: position, in: words) else { return nil }
        guard let date else {
            warn(line.number, .citedDateInvalid(reference: reference.text, written: written))
            return nil
        }
        if let own = result.date, date > own {
            warn(line.number, .citedDateAfterDispatch(reference: reference.text, date: date.vietnamese, dispatchDate: own.vietnamese))
            return nil
        }
        if date.year < 1945 || (result.date == nil && date.year > 2100) {
            warn(line.number, .citedDateImplausible(reference: reference.text, date: date.vietnamese))
            return nil
        }
        return date
    }

    /// "… ngày 23/9/2024" or "… ngày 23 tháng 9 năm 2024" right after a reference.
    static func date(after position: Int, in words: [String]) -> CalendarDate? {
        writtenDate(after: position, in: words)?.date ?? nil
    }

    /// The date written after a reference, and the words that wrote it (the date nil when
    /// they name no real day: "31/02/2025").
    static func writtenDate(after position: Int, in words: [String]) -> (date: CalendarDate?, written: String)? {
        guard position + 2 < words.count, VietnameseText.fold(words[position + 1]) == "ngay" else { return nil }
        let word = TaskReader.trimmedDateWord(words[position + 2])
        let parts = word.split(separator: "/")
        if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts[2].count == 4 {
            return (CalendarDate(vietnamese: word), word)
        }
        let folded = words.map { VietnameseText.fold($0) }
        if position + 6 < words.count, folded[position + 3] == "thang", folded[position + 5] == "nam",
           let day = Int(words[position + 2]), let month = Int(words[position + 4]),
           let year = Int(TaskReader.trimmedDateWord(words[position + 6])) {
            return (CalendarDate(year: year, month: month, day: day), "\(day)/\(month)/\(year)")
        }
        return nil
    }

    /// Laws cited by name, without a number: "Thực hiện Điều 15 Luật Dược và …", "Luật Bảo vệ
    /// môi trường năm 2020". A law cited with its number ("Luật số 72/2020/QH14") is a
    /// numbered reference already.
    private mutating func readLawsCited(excluding numberLine: Int?) {
        // Words as written (not folded: "Dược" is a name where "được" is a verb).
        let stops: Set<String> = ["và", "của", "số", "ngày", "đã", "được", "tại", "về", "theo", "này", "hiện", "quy", "như", "thì", "để", "với", "trong", "đối"]
        for (index, line) in lines.enumerated() where index != numberLine && line.text.contains("Luật") {
            let words = line.text.split(separator: " ")
            for (position, word) in words.enumerated() where word == "Luật" || word == "luật" && position > 0 && VietnameseText.fold(words[position - 1]) == "bo" {
                guard position + 1 < words.count, words[position + 1].first?.isUppercase == true,
                      VietnameseText.fold(words[position + 1]) != "so" else { continue }
                var start = position
                if word == "luật" { start -= 1 }
                var end = position + 1
                while end < words.count, end - position < 10 {
                    let current = words[end]
                    if stops.contains(String(current)) || current.contains("/") { break }
                    end += 1
                    if let last = current.last, !(last.isLetter || last.isNumber) { break }
                }
                let name = SourceLine.trimmingEndPunctuation(words[start..<end].joined(separator: " "))
                    .trimmingCharacters(in: CharacterSet(charactersIn: ")”\""))
                guard name.split(separator: " ").count >= 2,
                      !result.lawsCited.contains(where: { VietnameseText.fold($0) == VietnameseText.fold(name) })
                else { continue }
                result.lawsCited.append(name)
                result.citationOrder.append(.init(line: index, word: position, law: name))
            }
        }
    }

    /// The tasks of the body: its numbered items; or, when it has none, the paragraphs that give
    /// an agency something to do — a dispatch relaying a leader's opinion often has one such
    /// paragraph ("Phó Chủ tịch … có ý kiến như sau:" / "Sở Y tế chủ trì …").
    private mutating func readTasks(in body: Range<Int>) {
        let numberedItems = numberedItems(in: body)
        if !numberedItems.isEmpty {
            for (line, number, text) in numberedItems {
                if TaskReader.isApproval(text) {
                    warn(line.number, .approvalItem(item: number))
                    continue
                }
                addTasks(number: number, text: text, line: line)
            }
        } else {
            var count = 0
            for (line, text) in paragraphs(in: body) {
                if text.hasSuffix(":") || TaskReader.isClosing(text) || TaskReader.isApproval(text) { continue }
                let deadline = TaskReader.deadline(in: text, year: result.date?.year)
                let assignment = TaskReader.assignment(of: text, addressees: result.addressees)
                if case .unknown = assignment { continue }
                if deadline == nil, !Self.startsAsTask(text) { continue }
                count += 1
                addTasks(number: String(count), text: text, line: line)
            }
            if count > 0 {
                warn(lines[min(body.lowerBound, lines.count - 1)].number, .paragraphsAsTasks(count: count))
            }
        }
        if result.tasks.isEmpty { warn(lines[min(body.lowerBound, lines.count - 1)].number, .noTask) }
    }

    /// A paragraph that opens on an agency or on "Giao", "Đề nghị", "Yêu cầu".
    static func startsAsTask(_ text: String) -> Bool {
        let folded = VietnameseText.fold(text)
        return TaskReader.assigningVerbs.contains { folded.hasPrefix($0) } || AgencyName.leading(in: text) != nil
    }

    /// Numbered items with their continuation lines (lettered sub-items, dashes, wrapped lines).
    private func numberedItems(in body: Range<Int>) -> [(SourceLine, String, String)] {
        var items: [(SourceLine, String, String)] = []
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
                } else if !afterBlank, TaskReader.isClosing(line.text), parts.last?.hasSuffix(".") == true {
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
            items.append((start, number, text))
        }
        return items
    }

    /// Paragraphs of a body without numbered items: lines up to a blank line or to one that
    /// ends a sentence (".", ":", ";"), as web copies and PDFs hard-wrap them; a dash starts one.
    private func paragraphs(in body: Range<Int>) -> [(SourceLine, String)] {
        var result: [(SourceLine, String)] = []
        var current: [String] = []
        var first: SourceLine? = nil
        func close() {
            if let first, !current.isEmpty {
                var text = current.joined(separator: " ")
                if text.hasSuffix("./.") { text.removeLast(2) }
                result.append((first, text))
            }
            current = []
            first = nil
        }
        for index in body {
            let line = lines[index]
            if line.isBlank || line.isRule {
                close()
                continue
            }
            if line.isListItem { close() }
            if first == nil { first = line }
            current.append(line.isListItem ? line.itemText + (line.text.hasSuffix(".") ? "." : "") : line.text)
            if let last = line.text.last, last == "." || last == ":" || last == ";" || last == "!" { close() }
        }
        close()
        return result
    }

    /// One item or paragraph: a task, or several when it gives more than one ("…; đồng thời …",
    /// "… . Bộ Xây dựng tổng hợp, báo cáo.").
    private mutating func addTasks(number: String, text: String, line start: SourceLine) {
        let parts = TaskReader.parts(of: text, addressees: result.addressees)
        var previous: [String] = []
        var previousCooperating: [String] = []
        for (position, part) in parts.enumerated() {
            let label = parts.count == 1 ? number : "\(number).\(position + 1)"
            var partText = part.text
            if partText.hasSuffix("./.") { partText.removeLast(2) }
            let deadline = TaskReader.deadline(in: partText, year: result.date?.year)
            if let deadline {
                if deadline.anchor == nil, deadline.granularity == .day {
                    warn(start.number, .deadlineNoRealDay(task: label, phrase: deadline.raw))
                } else if deadline.anchor == nil, deadline.qualifier != .monthly {
                    warn(start.number, .deadlineNoDate(task: label, phrase: deadline.raw))
                } else if deadline.anchor != nil, deadline.granularity == .day,
                          !deadline.raw.split(separator: " ").contains(where: { $0.count >= 4 && $0.suffix(4).allSatisfy(\.isNumber) }) {
                    warn(start.number, .deadlineNoYear(task: label, phrase: deadline.raw))
                }
            } else {
                warn(start.number, .noDeadline(task: label))
            }
            var assignees: [String] = []
            var cooperating: [String] = []
            switch TaskReader.assignment(of: partText, addressees: result.addressees) {
            case .named(let found):
                let roles = RoleReader.roles(in: partText, leads: found, addressees: result.addressees)
                let names = roles.leads
                assignees = names
                cooperating = roles.cooperating
                for name in names where !result.addressees.contains(name) && !result.addressees.isEmpty {
                    warn(start.number, .assigneeNotAddressee(task: label, name: name))
                }
            case .everyone(let phrase):
                assignees = result.addressees
                warn(start.number, .assignedToAllAddressees(task: label, phrase: phrase, count: assignees.count))
            case .unknown:
                if part.inherits, !previous.isEmpty {
                    assignees = previous
                    cooperating = previousCooperating
                } else {
                    warn(start.number, .noAssignee(task: label))
                }
            }
            previous = assignees
            previousCooperating = cooperating
            result.tasks.append(ParsedDispatch.Task(number: label, assignees: assignees, cooperating: cooperating,
                                                    text: partText, deadline: deadline))
        }
    }

    /// "a) …", "b) …".
    static func isLettered(_ line: SourceLine) -> Bool {
        let characters = Array(line.text.prefix(2))
        return characters.count == 2 && characters[0].isLetter && characters[0].isLowercase && characters[1] == ")"
    }

    // MARK: End of the document

    private mutating func readRecipients(_ index: Int?) {
        guard let index else {
            warn(lastLineNumber, .noRecipientList)
            return
        }
        let header = lines[index]
        if let colon = header.text.firstIndex(of: ":") {
            let inline = SourceLine.trimmingEndPunctuation(header.text[header.text.index(after: colon)...].drop { $0 == " " || $0 == "-" })
            if !inline.isEmpty { result.recipients.append(inline) }
        }
        // Items after the header, wherever the signature column interleaves with them; an item
        // wrapped onto a line without a dash carries on ("- Lưu: VT, VX" / "(Hương).").
        var lastRaw: String? = nil
        for line in lines[(index + 1)...] where !line.isBlank {
            if line.isListItem {
                let item = line.itemText
                if !item.isEmpty { result.recipients.append(item) }
                lastRaw = item.isEmpty ? nil : line.text
            } else if let raw = lastRaw, !result.recipients.isEmpty, Self.continues(raw, with: line) {
                result.recipients[result.recipients.count - 1] = SourceLine.trimmingEndPunctuation(
                    result.recipients[result.recipients.count - 1] + " " + line.text)
                lastRaw = line.text
            } else {
                lastRaw = nil
            }
        }
        if result.recipients.isEmpty { warn(header.number, .emptyRecipientList) }
    }

    static func isAuthority(_ line: SourceLine) -> Bool {
        guard line.isUpperCase else { return false }
        // "T/M", "K/T": as Party documents write them (Hướng dẫn 36-HD/VPTW).
        return ["tm.", "kt.", "tl.", "tuq.", "q.", "t/m", "k/t", "t/l", "tm/"].contains { prefix in
            line.folded.hasPrefix(prefix) && line.folded.dropFirst(prefix.count).first.map { $0 == " " || $0.isLetter } == true
        }
    }

    /// Folded ranks that may come before a name in the police and the army ("Đại tá …").
    static let ranks: Set<String> = [
        "dai ta", "thuong ta", "trung ta", "thieu ta", "dai uy", "thuong uy", "trung uy", "thieu uy", "thieu tuong",
        "trung tuong", "thuong tuong", "dai tuong",
    ]

    /// "Vũ Huy Phương": two to six words, each capitalised, no digits; "Đại tá Nguyễn Quốc Toản".
    static func isPersonName(_ line: SourceLine) -> Bool {
        var words = line.text.split(separator: " ")
        if words.count > 2, ranks.contains(VietnameseText.fold(words[0...1].joined(separator: " "))) { words.removeFirst(2) }
        return (2...6).contains(words.count)
            && words.allSatisfy { word in word.first.map { $0.isUppercase } == true && word.allSatisfy(\.isLetter) }
            && !line.isUpperCase
    }

    /// "PHÓ GIÁM ĐỐCLê Thị Hạnh" → ("PHÓ GIÁM ĐỐC", "Lê Thị Hạnh"): an upper-case title, then a
    /// person's name, on one line.
    static func titleGluedToName(_ line: SourceLine) -> (String, String)? {
        let characters = Array(line.text)
        guard let lower = characters.firstIndex(where: \.isLowercase), lower >= 3, characters[lower - 1].isUppercase else { return nil }
        let title = SourceLine.collapsingWhitespace(String(characters[..<(lower - 1)]))
        let name = SourceLine.collapsingWhitespace(String(characters[(lower - 1)...]))
        let titleLine = SourceLine(number: line.number, text: title)
        guard titleLine.isUpperCase, title.filter(\.isLetter).count >= 3,
              isPersonName(SourceLine(number: line.number, text: name)) else { return nil }
        return (title, name)
    }

    private mutating func readSigner(from start: Int) {
        let candidates = lines[min(start, lines.count)...].filter { line in
            !line.isBlank && !line.isRule && !line.isSignatureMark && !line.isListItem
                && !line.folded.hasPrefix("noi nhan") && !line.isNationalMotto
        }
        var authority: [String] = []
        var title: String? = nil
        var name: String? = nil
        var titleOpen = false
        for line in candidates {
            if title == nil {
                if Self.isAuthority(line) {
                    authority.append(line.text)
                } else if line.isUpperCase {
                    title = line.text
                    titleOpen = true
                } else if let (glued, person) = Self.titleGluedToName(line) {
                    // "PHÓ GIÁM ĐỐCLê Thị Hạnh": a web copy lost the line break.
                    title = glued
                    name = person
                    break
                }
            } else if titleOpen, line.isUpperCase, !Self.isAuthority(line) {
                // A title wrapped over lines: "PHÓ CHỦ TỊCH" / "THƯỜNG TRỰC", "GIÁM" / "ĐỐC".
                title! += " " + line.text
            } else if name == nil, let (glued, person) = Self.titleGluedToName(line), titleOpen {
                title! += " " + glued
                name = person
                break
            } else if name == nil, Self.isPersonName(line) {
                name = line.text
                break
            }
        }
        _ = titleOpen
        if authority.isEmpty && title == nil && name == nil {
            warn(lastLineNumber, .noSignature)
            return
        }
        if title == nil { warn(lastLineNumber, .signatureWithoutTitle) }
        if name == nil { warn(lastLineNumber, .signatureWithoutName) }
        result.signer = ParsedDispatch.Signer(
            authority: authority.isEmpty ? nil : authority.joined(separator: " / "), title: title, name: name)
    }
}
