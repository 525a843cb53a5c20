import Foundation

/// A JSON value, for input that must be checked field by field and for output whose key order
/// should read like the specification rather than alphabetically.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    /// An object written in the given key order (decoding never produces it).
    case orderedObject([Pair])

    public struct Pair: Hashable, Sendable {
        public var key: String
        public var value: JSONValue
    }

    public static func orderedObject(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .orderedObject(pairs.map { Pair(key: $0.0, value: $0.1) })
    }

    /// A few words for an error message: "true", "an array".
    public var summary: String {
        switch self {
        case .null: "null"
        case .bool(let value): String(value)
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .string(let value): "\"\(value)\""
        case .array: "[…]"
        case .object, .orderedObject: "{…}"
        }
    }

    /// Pretty-printed JSON with two-space indentation, UTF-8 text unescaped, keys in order.
    ///
    /// Written into one byte buffer: `status --format json` renders 10⁵ assignments, and
    /// building a string per value and joining them cost most of its time.
    public func rendered(indent: Int = 0) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        write(into: &bytes, indent: indent)
        return String(decoding: bytes, as: UTF8.self)
    }

    func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .integer(let value): out += String(value).utf8
        case .number(let value): out += (value.isFinite ? String(value) : "null").utf8
        case .string(let value): Self.writeQuoted(value, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                out += (index == 0 ? "\n" : ",\n").utf8
                Self.pad(indent + 1, &out)
                item.write(into: &out, indent: indent + 1)
            }
            out.append(UInt8(ascii: "\n"))
            Self.pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let dictionary):
            JSONValue.orderedObject(dictionary.keys.sorted().map { ($0, dictionary[$0]!) }).write(into: &out, indent: indent)
        case .orderedObject(let pairs):
            guard !pairs.isEmpty else { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (index, pair) in pairs.enumerated() {
                out += (index == 0 ? "\n" : ",\n").utf8
                Self.pad(indent + 1, &out)
                Self.writeQuoted(pair.key, into: &out)
                out += ": ".utf8
                pair.value.write(into: &out, indent: indent + 1)
            }
            out.append(UInt8(ascii: "\n"))
            Self.pad(indent, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func pad(_ level: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        writeQuoted(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON string literal. Control characters (C0, DEL, C1) are escaped, never written raw.
    static func writeQuoted(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): out += "\\\"".utf8
                case UInt8(ascii: "\\"): out += "\\\\".utf8
                case UInt8(ascii: "\n"): out += "\\n".utf8
                case UInt8(ascii: "\r"): out += "\\r".utf8
                case UInt8(ascii: "\t"): out += "\\t".utf8
                case 0..<0x20, 0x7F:
                    escape(UInt32(byte), &out)
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    // U+0080–U+009F, the C1 controls.
                    escape(UInt32(bytes[index + 1]), &out)
                    index += 1
                case 0xD8, 0xE2, 0xEF:
                    // The invisible characters that reorder or hide text (U+202E…), escaped as
                    // VisibleText shows them on terminals: a reader of the JSON sees "\u202e".
                    let length = byte == 0xD8 ? 2 : 3
                    if index + length <= bytes.count,
                       let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self).unicodeScalars.first,
                       scalar.utf8.count == length, Self.isHidden(scalar) {
                        escape(scalar.value, &out)
                        index += length - 1
                    } else {
                        out.append(byte)
                    }
                default:
                    out.append(byte)
                }
                index += 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The same set as `VisibleText.isHiddenFormat` (Canvas, which this module does not import).
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    private static func escape(_ value: UInt32, _ out: inout [UInt8]) {
        let hex = String(value, radix: 16)
        out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
    }
}

extension JSONValue: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }
}
