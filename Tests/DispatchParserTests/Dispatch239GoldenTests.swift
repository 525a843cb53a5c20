import DispatchParser
import Foundation
import Testing
import Tracking

/// 239/UBND-NN.TN must stay parsed exactly as before issue 10: every value of
/// `Fixtures/239-UBND-NN.TN.expected.json` (the JSON of that time), warnings included. Fields
/// added since (SPEC §4: fields are only added) are left out of the comparison. The warnings of
/// that time were English: they are compared in English, which must keep its wording.
@Suite struct Dispatch239GoldenTests {
    /// `actual` with only the keys `golden` has, recursively.
    static func pruned(_ actual: Any, like golden: Any) -> Any {
        if let object = actual as? [String: Any], let model = golden as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, value) in object where model[key] != nil {
                result[key] = pruned(value, like: model[key]!)
            }
            return result
        }
        if let array = actual as? [Any], let model = golden as? [Any] {
            return array.enumerated().map { index, value in index < model.count ? pruned(value, like: model[index]) : value }
        }
        return actual
    }

    @Test func jsonOf239IsUnchanged() throws {
        let text = try DispatchParserTests.fixture("239-UBND-NN.TN.txt")
        let golden = try JSONSerialization.jsonObject(
            with: Data(contentsOf: DispatchParserTests.fixtures.appendingPathComponent("239-UBND-NN.TN.expected.json")))
        let actual = try JSONSerialization.jsonObject(with: Data(DispatchParser.parse(text).jsonValue(.en).rendered().utf8))
        let kept = Self.pruned(actual, like: golden)
        #expect((kept as? NSDictionary) == (golden as? NSDictionary))
        // Nothing taken away: the same keys, the same number of items.
        let keys = (kept as? [String: Any]).map { Set($0.keys) }
        #expect(keys == (golden as? [String: Any]).map { Set($0.keys) })
    }
}
