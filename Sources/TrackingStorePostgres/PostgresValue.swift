import Foundation
import PostgresNIO

/// One value going to or coming from the server: the four kinds the store's schema uses (text,
/// bigint, boolean; double for an average), and NULL.
///
/// A plain enum rather than PostgresNIO's generic encodables, so that a query's arguments are
/// one `[PostgresValue]` built at run time (`execute(sql, [.text(id), nil])`), results compare
/// with `==` (the seed test compares whole tables with SQLite's), and nothing generic leaks
/// into the store's code.
public enum PostgresValue: Sendable, Hashable {
    case null
    case text(String)
    case integer(Int64)
    case boolean(Bool)
    case double(Double)

    public init(_ value: String?) { self = value.map { .text($0) } ?? .null }
    public init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    public init(_ value: Int64?) { self = value.map { .integer($0) } ?? .null }
    public init(_ value: Bool?) { self = value.map { .boolean($0) } ?? .null }

    public var isNull: Bool { self == .null }

    /// Appends the value with its own type (text, int8, bool, float8; NULL untyped, so that the
    /// server infers it from the statement).
    func append(to bindings: inout PostgresBindings) {
        switch self {
        case .null: bindings.appendNull()
        case .text(let value): bindings.append(value)
        case .integer(let value): bindings.append(value)
        case .boolean(let value): bindings.append(value)
        case .double(let value): bindings.append(value)
        }
    }

    /// Reads one cell (always in binary format: PostgresNIO asks for it). Types outside the
    /// schema's are refused: cast them in SQL (`applied_at::text`).
    init(_ cell: PostgresCell) throws(PostgresStoreError) {
        guard cell.bytes != nil else {
            self = .null
            return
        }
        do {
            switch cell.dataType {
            case .bool: self = .boolean(try cell.decode(Bool.self))
            case .int2, .int4, .int8: self = .integer(try cell.decode(Int64.self))
            case .float4, .float8: self = .double(try cell.decode(Double.self))
            // sum() of a bigint is a numeric: kept exact, as its decimal text.
            case .numeric: self = .text("\(try cell.decode(Decimal.self))")
            case .text, .varchar, .name, .bpchar, .json, .jsonb, .uuid: self = .text(try cell.decode(String.self))
            default:
                throw PostgresStoreError.other(server: "", message: "column \(cell.columnName): type oid \(cell.dataType.rawValue) is not read by theodoi; cast it to text")
            }
        } catch let error as PostgresStoreError {
            throw error
        } catch {
            throw .other(server: "", message: "column \(cell.columnName): cannot read its value")
        }
    }
}

extension PostgresValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByNilLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(floatLiteral value: Double) { self = .double(value) }
}

/// One row of a result: the column names and the values, with typed getters by index.
///
/// The getters return nil for NULL only; asking a text column for an integer is a bug in the
/// caller's SQL and stops the program with the column's name rather than returning a wrong value.
public struct PostgresRecord: Sendable, Hashable {
    public let columns: [String]
    public let values: [PostgresValue]

    public init(columns: [String], values: [PostgresValue]) {
        precondition(columns.count == values.count)
        self.columns = columns
        self.values = values
    }

    public var count: Int { values.count }

    public subscript(index: Int) -> PostgresValue { values[index] }

    /// The value of the first column of that name; NULL when there is none.
    public subscript(column: String) -> PostgresValue {
        columns.firstIndex(of: column).map { values[$0] } ?? .null
    }

    public func text(_ index: Int) -> String? {
        switch values[index] {
        case .null: return nil
        case .text(let value): return value
        default: mismatch(index, "text")
        }
    }

    public func integer(_ index: Int) -> Int64? {
        switch values[index] {
        case .null: return nil
        case .integer(let value): return value
        default: mismatch(index, "integer")
        }
    }

    public func int(_ index: Int) -> Int? { integer(index).map { Int($0) } }

    public func bool(_ index: Int) -> Bool? {
        switch values[index] {
        case .null: return nil
        case .boolean(let value): return value
        default: mismatch(index, "boolean")
        }
    }

    public func double(_ index: Int) -> Double? {
        switch values[index] {
        case .null: return nil
        case .double(let value): return value
        case .integer(let value): return Double(value)
        default: mismatch(index, "double")
        }
    }

    private func mismatch(_ index: Int, _ wanted: String) -> Never {
        preconditionFailure("column \(columns[index]) holds \(values[index]), read as \(wanted)")
    }
}
