import Foundation

/// The Unix groups of the user running theodoi, for the `"@group"` rules of `config.toml`.
///
/// From the group database (`getgrouplist`, which also asks LDAP or sssd where they are set
/// up) rather than from the groups this process happens to carry, so that a user added to
/// `congan` may report without logging in again; plus the effective group, so that
/// `sg congan theodoi …` counts too.
enum SystemGroups {
    static func names(of user: String) -> [String] {
        var ids: [gid_t] = [getegid()]
        if let entry = getpwnam(user) {
            let primary = entry.pointee.pw_gid
            var count: Int32 = 64
            // getgrouplist says how many there are when the buffer is too small; ask again,
            // a few times at most (the database may change between the calls).
            for _ in 0..<4 {
                var buffer = [gid_t](repeating: 0, count: Int(count))
                let needed = count
                count = needed
                if getgrouplist(user, primary, &buffer, &count) != -1 {
                    ids += buffer.prefix(Int(count))
                    break
                }
                count = max(count, needed * 2)
            }
        }
        var names: [String] = []
        for id in ids {
            guard let group = getgrgid(id), let name = group.pointee.gr_name else { continue }
            let text = String(cString: name)
            if !names.contains(text) { names.append(text) }
        }
        return names
    }
}
