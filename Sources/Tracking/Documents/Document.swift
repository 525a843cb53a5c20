/// An official document: the directive itself or one it follows up.
public struct Document: Hashable, Sendable {
    public var reference: DocumentReference
    /// "công văn", "kế hoạch", "quyết định"…
    public var kind: String
    /// The issuing body as printed: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH".
    public var issuer: String
    public var place: String?
    public var date: CalendarDate?
    /// The "V/v" line, without "V/v".
    public var subject: String?
    public var signer: Signer?
    /// Earlier documents this one follows up, with their dates.
    public var followsUp: [Citation]
    /// "Kính gửi", one entry per agency (grouped lines already split).
    public var addressees: [String]
    /// "Nơi nhận", including the archive line.
    public var recipients: [String]

    public init(
        reference: DocumentReference, kind: String, issuer: String, place: String? = nil,
        date: CalendarDate? = nil, subject: String? = nil, signer: Signer? = nil,
        followsUp: [Citation] = [], addressees: [String] = [], recipients: [String] = []
    ) {
        self.reference = reference
        self.kind = VietnameseText.normalized(kind)
        self.issuer = VietnameseText.normalized(issuer)
        self.place = place.map(VietnameseText.normalized)
        self.date = date
        self.subject = subject.map(VietnameseText.normalized)
        self.signer = signer
        self.followsUp = followsUp
        self.addressees = addressees.map(VietnameseText.normalized)
        self.recipients = recipients.map(VietnameseText.normalized)
    }
}

/// A mention of another document: "công văn số 1671-CV/TU ngày 23/9/2024".
public struct Citation: Hashable, Sendable {
    public var reference: DocumentReference
    public var date: CalendarDate?

    public init(reference: DocumentReference, date: CalendarDate?) {
        self.reference = reference
        self.date = date
    }
}

/// The signature block: "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG / Vũ Huy Phương".
public struct Signer: Hashable, Sendable {
    /// The authority line(s) with their prefix (TM., KT., TL., TUQ., Q.), chained with " / ".
    public var authority: String?
    public var title: String?
    public var name: String?

    public init(authority: String?, title: String?, name: String?) {
        self.authority = authority.map(VietnameseText.normalized)
        self.title = title.map(VietnameseText.normalized)
        self.name = name.map(VietnameseText.normalized)
    }
}
