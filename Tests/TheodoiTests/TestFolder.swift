import Foundation

/// A temporary folder with a database path and report files, removed afterwards.
final class TestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("theodoi-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var database: String { url.appendingPathComponent("theodoi.sqlite").path }

    func write(_ name: String, _ text: String) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

enum ReportJSON {
    static let valid = """
        {"reference": "12/BC-CAT", "date": "2025-02-12",
         "work_done": "Kiểm tra 20 cơ sở tái chế giấy", "results": "12 cơ sở dừng hoạt động",
         "lessons": "Phối hợp sớm với điện lực", "causes": "Thiếu mặt bằng di dời", "solutions": "Di dời vào CCN",
         "figures": [
           {"area": "Phong Khê", "inspected": 20, "violations": 12, "fines_count": 5, "fines_vnd": 1300000000,
            "suspended": 12, "power_cut": 5, "relocated": 0, "complaints_handled": 3},
           {"area": "phu lam", "inspected": 7, "fines_vnd": "340.000.000"},
           {"area": "van mon", "inspected": 15, "violations": 15}
         ]}
        """
}
