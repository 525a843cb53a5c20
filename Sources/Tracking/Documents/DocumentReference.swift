/// The number and symbol of an official document ("Số: 239/UBND-NN.TN").
///
/// Two grammars are in use (Decree 30/2020/NĐ-CP and the Party's rules):
/// - state: `NUMBER/SYMBOL`, where a typed document adds a year or a type code
///   ("239/UBND-NN.TN", "387/KH-UBND", "06/2024/QĐ-UBND");
/// - Party: `NUMBER-TYPE/ISSUER` ("1671-CV/TU").
/// Unit codes change with reorganisations, so nothing here knows any particular code.
public struct DocumentReference: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Grammar: String, Sendable, Codable {
        case state
        case party
    }

    /// The reference exactly as written, in NFC ("239/UBND-NN.TN").
    public var text: String
    /// "239"
    public var number: String
    /// Everything after the number: "UBND-NN.TN", "2024/QĐ-UBND", "CV/TU".
    public var symbol: String
    public var grammar: Grammar

    public var description: String { text }

    /// A reference already read and stored in its parts (the store's `document` row): no
    /// parsing, no normalising — the list of directives builds one per directive on its first paint.
    public init(text: String, number: String, symbol: String, grammar: Grammar) {
        self.text = text
        self.number = number
        self.symbol = symbol
        self.grammar = grammar
    }

    /// Reads a reference; nil when the text has no leading number followed by a symbol.
    public init?(_ raw: String) {
        let text = VietnameseText.normalized(raw).trimmingWhitespace()
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        let rest = text.dropFirst(digits.count)
        guard let separator = rest.first, separator == "/" || separator == "-" else { return nil }
        let symbol = String(rest.dropFirst())
        guard !symbol.isEmpty, !symbol.contains(where: \.isWhitespace),
              symbol.contains(where: \.isLetter)
        else { return nil }
        if separator == "-" {
            // Party grammar needs its "/ISSUER": "1671-CV/TU".
            guard symbol.contains("/") else { return nil }
        }
        self.text = text
        self.number = String(digits)
        self.symbol = symbol
        self.grammar = separator == "-" ? .party : .state
    }
}
