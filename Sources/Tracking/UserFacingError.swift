/// An error caused by what a person typed or pointed at (a wrong date, an unknown agency, a
/// broken file), as opposed to a bug. Front ends show its message on one line, in the user's
/// language, and never a stack trace.
public protocol UserFacingError: Error {
    func message(_ language: Language) -> String
}
