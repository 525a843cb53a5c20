/// A failure of the benchmark itself (not of the program measured), with a message for people.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
