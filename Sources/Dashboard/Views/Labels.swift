import Foundation
import Tracking

/// Words shared by several views, in both languages.
struct Labels {
    let language: Language

    func pick(_ vietnamese: String, _ english: String) -> String { language.pick(vietnamese, english) }

    var areas: String { pick("Khu vực ô nhiễm", "Pollution areas") }
    var agencies: String { pick("Cơ quan được giao", "Agencies") }
    var deadlines: String { pick("Các thời hạn", "Deadlines") }
    var noData: String { pick("Chưa có báo cáo nào có số liệu", "No report has figures yet") }

    func task(_ number: String) -> String { pick("Nhiệm vụ \(number)", "Task \(number)") }
    func shortTask(_ number: String) -> String { pick("NV\(number)", "T\(number)") }
    func reported(_ done: Int, _ total: Int) -> String { pick("đã báo cáo \(done)/\(total)", "reported \(done)/\(total)") }
    func due(_ date: CalendarDate) -> String { pick("hạn ", "due ") + language.longDate(date) }

    func policyName(_ policy: DeadlinePolicy) -> String { policy.label(language) }

    /// "HH:MM"
    static func clock(_ minuteOfDay: Int) -> String {
        let hours = minuteOfDay / 60, minutes = minuteOfDay % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// "1.300.000.000 đ" where there is room, "1,3 tỷ đ" where there is not.
    func money(_ value: Int, room: Int) -> String {
        let full = language == .vi ? VietnameseNumber.money(value) : VietnameseNumber.grouped(value).replacingOccurrences(of: ".", with: ",") + " VND"
        return full.count <= room ? full : VietnameseNumber.shortMoney(value, language: language)
    }
}
