import Tracking

/// One doubt of the parser: where it is (the physical line), what kind it is, and the words of
/// the text it is about. A value rather than a sentence, so that `parse` and `import` say it in
/// the user's language (issue 10: English lines under a Vietnamese heading) and a script can
/// tell the kinds apart by ``code`` whatever the language.
public struct ParseWarning: Hashable, Sendable {
    /// The physical line (from 1); a field missing altogether is reported on line 1, or on the
    /// last line for the parts that end a document.
    public var line: Int
    public var kind: Kind

    public init(line: Int, _ kind: Kind) {
        self.line = line
        self.kind = kind
    }

    /// What was missing or guessed, with the text concerned as written in the dispatch.
    public enum Kind: Hashable, Sendable {
        // The document as a whole.
        case emptyText
        // Header.
        case noReferenceLine
        case notAReference(written: String)
        case noIssuer
        case issuerToneMarks(written: String, standard: String)
        case noPlaceAndDate
        case dateWithoutPlace
        case noSubjectLine
        case emptySubject
        // Addressees.
        case noAddresseeLine
        case addresseesSplit(written: String, names: [String])
        case noAddressee
        // Documents cited: `reference` as written ("1671-CV/TU"), `date` as dd/mm/yyyy.
        case citedDateInvalid(reference: String, written: String)
        case citedDateAfterDispatch(reference: String, date: String, dispatchDate: String)
        case citedDateImplausible(reference: String, date: String)
        // Tasks: `task` is its number ("2", "2.1").
        case approvalItem(item: String)
        case paragraphsAsTasks(count: Int)
        case noTask
        case deadlineNoRealDay(task: String, phrase: String)
        case deadlineNoDate(task: String, phrase: String)
        case deadlineNoYear(task: String, phrase: String)
        case noDeadline(task: String)
        case assigneeNotAddressee(task: String, name: String)
        case assignedToAllAddressees(task: String, phrase: String, count: Int)
        case noAssignee(task: String)
        // End of the document.
        case noRecipientList
        case emptyRecipientList
        case noSignature
        case signatureWithoutTitle
        case signatureWithoutName
    }

    /// "dòng 12: không thấy dòng “Kính gửi:”; …" / "line 12: no “Kính gửi:” line; …".
    public func message(_ language: Language) -> String {
        language.pick("dòng", "line") + " \(line): " + kind.message(language)
    }

    /// A stable machine name of the kind ("no_addressee_line"), the same in every language.
    public var code: String { kind.code }
}
