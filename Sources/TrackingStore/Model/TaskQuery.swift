import Foundation
import Tracking

/// How a command's task query is resolved, the same on every engine: a task id ("1"), a
/// directive and number ("239/UBND-NN.TN#1", "239#1", also with ":"), or a number alone when one
/// directive has it. Each engine supplies the few indexed reads; the rules and the messages are
/// here once.
package enum TaskQuery {
    /// A task a query may name, with what its messages show.
    package struct Candidate: Sendable {
        package var id: Int64, document: Int64, reference: String, number: String, documentNumber: String

        package init(id: Int64, document: Int64, reference: String, number: String, documentNumber: String) {
            self.id = id
            self.document = document
            self.reference = reference
            self.number = number
            self.documentNumber = documentNumber
        }

        var label: String { "\(id) (\(reference) #\(number))" }
    }

    /// - Parameters:
    ///   - documentOfTask: the directive of a task id, nil for none.
    ///   - asWritten: the tasks of that number in the directive whose reference or number is
    ///     written exactly so (one indexed look-up).
    ///   - withNumber: every task of that number, by the directive's date.
    ///   - first: the first tasks of the store (eleven), for the message of an unknown one.
    /// - Throws: ``StoreError/unknownTask(_:known:)`` (with at most ten tasks) or
    ///   ``StoreError/ambiguousTask(_:candidates:)``, and what the reads throw.
    package static func resolve(_ raw: String, documentOfTask: (Int64) throws -> Int64?,
                                asWritten: (_ number: String, _ written: String) throws -> [Candidate],
                                withNumber: (String) throws -> [Candidate],
                                first: () throws -> [Candidate]) throws -> (task: Int64, document: Int64) {
        let query = VietnameseText.normalized(raw).trimmingCharacters(in: .whitespaces)
        if let id = Int64(query), let document = try documentOfTask(id) { return (id, document) }
        var found: [Candidate]
        if let hash = query.lastIndex(where: { $0 == "#" || $0 == ":" }) {
            let written = String(query[..<hash]), number = String(query[query.index(after: hash)...])
            // As written first (one indexed look-up, whatever the store's size); the folded
            // comparison ("239/ubnd-nn.tn#1") only when that finds nothing.
            found = try asWritten(number, written)
            if found.isEmpty {
                let reference = VietnameseText.fold(written)
                found = try withNumber(number).filter {
                    VietnameseText.fold($0.reference) == reference || $0.documentNumber == reference
                }
            }
        } else {
            found = try withNumber(query)
        }
        switch found.count {
        case 1:
            return (found[0].id, found[0].document)
        case 0:
            let known = try first()
            throw StoreError.unknownTask(query, known: known.prefix(10).map(\.label) + (known.count > 10 ? ["…"] : []))
        default:
            throw StoreError.ambiguousTask(query, candidates: found.prefix(10).map(\.label) + (found.count > 10 ? ["…"] : []))
        }
    }
}
