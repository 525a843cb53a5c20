import Foundation
import Testing
@testable import Tracking

/// Pins down the hand-written JSON: pretty printing in the given key order (sorted for plain
/// objects), escaping of quotes and control characters, non-finite numbers, and decoding.
@Suite struct JSONValueTests {
    @Test func rendersInOrderWithTwoSpaceIndent() {
        let value = JSONValue.orderedObject([
            ("today", .string("2025-02-12")),
            ("count", .integer(2)),
            ("items", .array([.bool(true), .null, .number(1.5)])),
            ("empty", .array([])),
            ("nested", .orderedObject([JSONValue.Pair]())),
        ])
        #expect(value.rendered() == """
            {
              "today": "2025-02-12",
              "count": 2,
              "items": [
                true,
                null,
                1.5
              ],
              "empty": [],
              "nested": {}
            }
            """)
    }

    @Test func plainObjectsAreSortedByKey() {
        let value = JSONValue.object(["b": .integer(1), "a": .integer(2), "c": .object([:])])
        #expect(value.rendered() == "{\n  \"a\": 2,\n  \"b\": 1,\n  \"c\": {}\n}")
    }

    @Test func stringsAreEscapedAndControlCharactersNeverWrittenRaw() throws {
        let text = "a\"b\\c\nd\te\rf\u{1B}[31m\u{07}\u{7F}\u{85}đ Khê"
        let rendered = JSONValue.string(text).rendered()
        #expect(rendered == #""a\"b\\c\nd\te\rf\u001b[31m\u0007\u007f\u0085đ Khê""#)
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        // And it is still JSON that reads back to the same text.
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(rendered)]".utf8)) as? [String]
        #expect(decoded == [text])
    }

    @Test func numbers() {
        #expect(JSONValue.integer(-3).rendered() == "-3")
        #expect(JSONValue.number(0.25).rendered() == "0.25")
        #expect(JSONValue.number(.infinity).rendered() == "null")
        #expect(JSONValue.number(.nan).rendered() == "null")
    }

    @Test(arguments: [
        (JSONValue.null, "null"), (.bool(false), "false"), (.integer(12), "12"), (.number(1.5), "1.5"),
        (.string("x"), "\"x\""), (.array([.integer(1)]), "[…]"), (.object([:]), "{…}"), (.orderedObject([JSONValue.Pair]()), "{…}"),
    ])
    func summaries(value: JSONValue, summary: String) {
        #expect(value.summary == summary)
    }

    @Test func decoding() throws {
        let json = #"{"i": 12, "d": 1.5, "b": true, "n": null, "s": "Khê", "a": [1, "x"], "o": {"k": false}}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        #expect(value == .object([
            "i": .integer(12), "d": .number(1.5), "b": .bool(true), "n": .null, "s": .string("Khê"),
            "a": .array([.integer(1), .string("x")]), "o": .object(["k": .bool(false)]),
        ]))
        // 1 and 0 are numbers, not booleans.
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data("[1, 0]".utf8)) == .array([.integer(1), .integer(0)]))
    }
}
