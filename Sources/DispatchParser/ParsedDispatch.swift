import Foundation
import Tracking

/// What ``DispatchParser`` found in the text of a dispatch. A field that was not found is nil
/// (or empty) and has a warning; nothing is invented.
public struct ParsedDispatch: Hashable, Sendable {
    /// A document the dispatch cites ("công văn số 1671-CV/TU ngày 23/9/2024"), as the domain
    /// models it; its date is nil when the text gives none.
    public typealias Citation = Tracking.Citation

    /// A numbered item of the body: "2. Giao Sở Tài nguyên và Môi trường …, trước ngày 20/02/2025./."
    public struct Task: Hashable, Sendable {
        /// "1", "2".
        public var number: String
        /// The agencies the item is given to — its leads ("chủ trì") — as named in the addressee
        /// list when they could be matched to it.
        public var assignees: [String]
        /// The agencies asked to cooperate ("phối hợp với Y, Z"), apart from the leads: the
        /// task's status is the leads' (``RoleReader``). Empty when the item names none, or only
        /// "các cơ quan liên quan".
        public var cooperating: [String] = []
        /// The item's text without its number and without the "./." end mark.
        public var text: String
        /// The deadline phrase and the date it names; nil when the item has none.
        public var deadline: Deadline?

        public init(number: String, assignees: [String], cooperating: [String] = [], text: String, deadline: Deadline?) {
            self.number = number
            self.assignees = assignees
            self.cooperating = cooperating
            self.text = text
            self.deadline = deadline
        }
    }

    /// The signature block, as the domain models it (authority chain, title, name).
    public typealias Signer = Tracking.Signer

    public var reference: DocumentReference?
    /// The issuing body, its lines joined ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH").
    public var issuer: String?
    public var place: String?
    public var date: CalendarDate?
    /// The "V/v" line without "V/v", wrapped lines joined.
    public var subject: String?
    public var references: [Citation] = []
    /// Laws cited by name, without a number ("Luật Dược"), in the order written.
    public var lawsCited: [String] = []
    /// Where each citation (of `references`, then `lawsCited`) was written, to list them all in
    /// the order of the text.
    struct CitationPlace: Hashable, Sendable {
        var line: Int
        var word: Int
        /// The law's name; nil for a numbered reference.
        var law: String?
    }
    var citationOrder: [CitationPlace] = []
    /// One agency per entry: grouped lines ("Các Sở: A, B") are split.
    public var addressees: [String] = []
    public var tasks: [Task] = []
    /// "Nơi nhận:" items, as written, without the list marks and final punctuation.
    public var recipients: [String] = []
    public var signer: Signer?
    /// One per doubt, in the order of reading; ``ParseWarning/message(_:)`` says it.
    public var warnings: [ParseWarning] = []

    public init() {}

    /// Numbered references and laws cited by name, in the order of the text; a law has no date.
    var citationsInOrder: [(text: String, date: CalendarDate?)] {
        guard !lawsCited.isEmpty else { return references.map { ($0.reference.text, $0.date) } }
        var numbered = references.makeIterator()
        let places = citationOrder.count == references.count + lawsCited.count
            ? citationOrder.sorted { ($0.line, $0.word) < ($1.line, $1.word) } : []
        guard !places.isEmpty else {
            return references.map { ($0.reference.text, $0.date) } + lawsCited.map { ($0, nil) }
        }
        // Numbered references keep their own order (the first mention); laws slot in by place.
        let referencePlaces = citationOrder.filter { $0.law == nil }
        var pairs: [(CitationPlace, (String, CalendarDate?))] = []
        for place in referencePlaces { if let next = numbered.next() { pairs.append((place, (next.reference.text, next.date))) } }
        for place in citationOrder where place.law != nil { pairs.append((place, (place.law!, nil))) }
        return pairs.sorted { ($0.0.line, $0.0.word) < ($1.0.line, $1.0.word) }.map { $0.1 }
    }

    /// The JSON of SPEC §4, keys in the specification's order. `warnings` stays an array of
    /// strings (SPEC: fields are only added), said in `language`; `warning_codes`, added after
    /// it, gives each one's ``ParseWarning/code`` for scripts, the same in every language.
    public func jsonValue(_ language: Language) -> JSONValue {
        func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return .orderedObject([
            ("reference", string(reference?.text)),
            ("number", string(reference?.number)),
            ("symbol", string(reference?.symbol)),
            ("issuer", string(issuer)),
            ("place", string(place)),
            ("date", string(date?.iso)),
            ("subject", string(subject)),
            ("references", .array(citationsInOrder.map { citation in
                .orderedObject([
                    ("reference", .string(citation.text)),
                    ("date", string(citation.date?.iso)),
                ])
            })),
            ("addressees", .array(addressees.map(JSONValue.string))),
            ("tasks", .array(tasks.map { task in
                .orderedObject([
                    ("number", .string(task.number)),
                    ("assignees", .array(task.assignees.map(JSONValue.string))),
                    ("text", .string(task.text)),
                    ("deadline", task.deadline.map { deadline in
                        .orderedObject([
                            ("raw", .string(deadline.raw)),
                            ("date", string(deadline.anchor?.iso)),
                            ("granularity", .string(deadline.granularity.rawValue)),
                        ])
                    } ?? .null),
                    ("cooperating", .array(task.cooperating.map(JSONValue.string))),
                ])
            })),
            ("recipients", .array(recipients.map(JSONValue.string))),
            ("signer", signer.map { signer in
                .orderedObject([
                    ("authority", string(signer.authority)),
                    ("title", string(signer.title)),
                    ("name", string(signer.name)),
                ])
            } ?? .null),
            ("warnings", .array(warnings.map { .string($0.message(language)) })),
            ("warning_codes", .array(warnings.map { .string($0.code) })),
        ])
    }
}
