/// The five parts every report contains, in the dispatch's own order and words.
public enum ReportSection: String, CaseIterable, Sendable, Codable {
    case workDone = "work_done"
    case results
    case lessons
    case causes
    case solutions

    public func label(_ language: Language) -> String {
        switch self {
        case .workDone: language.pick("Công việc đã triển khai", "Work done")
        case .results: language.pick("Kết quả đạt được", "Results")
        case .lessons: language.pick("Bài học kinh nghiệm", "Lessons learned")
        case .causes: language.pick("Nguyên nhân tồn tại", "Causes of shortcomings")
        case .solutions: language.pick("Giải pháp thời gian tới", "Solutions ahead")
        }
    }
}
