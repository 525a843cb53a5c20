import Foundation
import Testing
@testable import Tracking

/// Pins down reading a document's number and symbol in the state grammar ("239/UBND-NN.TN")
/// and the Party grammar ("1671-CV/TU"), and refusing what is neither.
@Suite struct DocumentReferenceTests {
    @Test(arguments: [
        ("239/UBND-NN.TN", "239", "UBND-NN.TN", DocumentReference.Grammar.state),
        ("387/KH-UBND", "387", "KH-UBND", .state),
        ("06/2024/QĐ-UBND", "06", "2024/QĐ-UBND", .state),
        ("8726/VPCP-KGVX", "8726", "VPCP-KGVX", .state),
        ("1671-CV/TU", "1671", "CV/TU", .party),
        ("  12/BC-CAT \n", "12", "BC-CAT", .state),
    ])
    func reads(text: String, number: String, symbol: String, grammar: DocumentReference.Grammar) throws {
        let reference = try #require(DocumentReference(text))
        #expect(reference.number == number)
        #expect(reference.symbol == symbol)
        #expect(reference.grammar == grammar)
        #expect(reference.text == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(reference.description == reference.text)
    }

    @Test(arguments: [
        "", "UBND-NN.TN", "Số: 239/UBND-NN.TN", "239", "239/", "239/2024", "239 /UBND", "239/UBND NN",
        "1671-CV", "239.UBND", "-239/UBND", "/UBND",
    ])
    func refuses(text: String) {
        #expect(DocumentReference(text) == nil)
    }

    @Test func storedInNFC() throws {
        let reference = try #require(DocumentReference("06/2024/QĐ-UBND".decomposedStringWithCanonicalMapping))
        #expect(Array(reference.text.unicodeScalars) == Array("06/2024/QĐ-UBND".unicodeScalars))
        #expect(reference == DocumentReference("06/2024/QĐ-UBND"))
    }
}
