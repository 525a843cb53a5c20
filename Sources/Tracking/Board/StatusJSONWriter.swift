/// Writes the JSON of ``StatusReport/json()`` piece by piece, a chunk of directives at a time,
/// byte for byte as the whole value would render: `theodoi status --format json` over 10⁵
/// assignments without holding them all (nor their JSON tree) in memory.
///
/// ```swift
/// var writer = StatusJSONWriter(today: today, policy: .literal)
/// emit(writer.opening)
/// for board in boards { emit(writer.add(StatusReport(board: board, language: .vi))) }
/// emit(writer.closing)
/// ```
public struct StatusJSONWriter: Sendable {
    public let opening: String
    private var wroteDirective = false

    public init(today: CalendarDate, policy: DeadlinePolicy) {
        opening = "{\n  \"today\": " + JSONValue.quoted(today.iso) + ",\n  \"policy\": " + JSONValue.quoted(policy.rawValue)
            + ",\n  \"directives\": "
    }

    /// The text of the report's directives, to write after what came before.
    public mutating func add(_ report: StatusReport) -> String {
        var text = ""
        for directive in report.directivesJSON() {
            text += (wroteDirective ? ",\n    " : "[\n    ") + directive.rendered(indent: 2)
            wroteDirective = true
        }
        return text
    }

    /// The end of the document (without a final newline, as ``JSONValue/rendered(indent:)``).
    public var closing: String {
        wroteDirective ? "\n  ]\n}" : "[]\n}"
    }
}
