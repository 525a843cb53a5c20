/// The "Kính gửi:" lines of a dispatch, grouped as dispatches group their addressees:
/// departments on one line ("Các Sở: Xây dựng, Tài chính"), local committees on one line
/// ("UBND thành phố Bắc Ninh, huyện Tiên Du và huyện Yên Phong"), every other agency on its
/// own line — as dispatch 239's own "Kính gửi" does. ``DispatchParser``'s splitter reads these
/// lines back into the same agencies.
///
/// Source of the layout: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II ("Nơi nhận" of a
/// công văn: "Kính gửi:" followed by one addressee on the same line, or several, each on its own
/// line after a dash, a semicolon after each and a full stop after the last).
public enum AddresseeGrouping {
    /// The lines, without the leading dash or the closing punctuation, in the order of the
    /// first agency of each group.
    public static func lines(_ agencies: [Agency]) -> [String] {
        enum Group: Hashable { case departments, committees, single(String) }
        var order: [Group] = []
        var members: [Group: [String]] = [:]
        for agency in agencies {
            let name = agency.name
            let group: Group
            if name.hasPrefix("Sở "), agencies.filter({ $0.name.hasPrefix("Sở ") }).count > 1 {
                group = .departments
            } else if name.hasPrefix("UBND "), agencies.filter({ $0.name.hasPrefix("UBND ") }).count > 1 {
                group = .committees
            } else {
                group = .single(agency.id)
            }
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(name)
        }
        return order.map { group in
            let names = members[group] ?? []
            switch group {
            case .departments:
                return "Các Sở: " + names.map { String($0.dropFirst("Sở ".count)) }.joined(separator: ", ")
            case .committees:
                let places = names.map { String($0.dropFirst("UBND ".count)) }
                return "UBND " + (places.dropLast().joined(separator: ", ") + " và " + places.last!)
            case .single:
                return names[0]
            }
        }
    }
}
