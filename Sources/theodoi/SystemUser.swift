import Foundation

/// The Unix user running theodoi, as recorded in the audit trail. Taken from the password
/// database for the effective uid, not from `$USER`, which anyone can set.
enum SystemUser {
    static var current: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "uid-\(geteuid())"
    }
}
