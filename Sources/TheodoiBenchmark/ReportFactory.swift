import Tracking

/// Draws an agency's report: its own reference ("45/BC-UBND"), a date, the five sections with a
/// few hundred characters of Vietnamese each, and figures for one to three of the areas.
struct ReportFactory {
    func make(agencyName: String, revision: Int, date: CalendarDate, using rng: inout SplitMix64) -> ReportContent {
        var sections: [ReportSection: String] = [:]
        for (index, section) in ReportSection.allCases.enumerated() {
            // Work done and results always; the rest most of the time.
            guard index < 2 || rng.chance(0.8) else { continue }
            let pool = VietnameseCorpus.sectionSentences[index]
            let sentences = rng.sample(pool, count: rng.int(1...min(3, pool.count)))
            var text = sentences.joined(separator: " ")
            if revision > 1, index == 0 {
                text = "Bổ sung, cập nhật lần \(revision): " + text
            }
            sections[section] = text
        }
        let areas = rng.sample(VietnameseCorpus.areaIDs, count: rng.int(1...3))
        let figures = areas.map { area in
            let inspected = rng.int(0...60)
            let violations = rng.int(0...inspected)
            let fines = rng.int(0...violations)
            return AreaFigures(
                areaID: area, inspected: inspected, violations: violations, finesCount: fines,
                finesVND: fines * rng.int(5...120) * 1_000_000,
                suspended: rng.chance(0.7) ? rng.int(0...violations) : nil,
                powerCut: rng.chance(0.6) ? rng.int(0...max(0, violations / 3)) : nil,
                relocated: rng.chance(0.5) ? rng.int(0...3) : nil,
                complaintsHandled: rng.chance(0.6) ? rng.int(0...10) : nil)
        }
        return ReportContent(reference: "\(rng.int(1...999))/BC-\(Self.code(of: agencyName))", date: date,
                             sections: sections, figures: figures)
    }

    /// The initials of an agency's name, as report symbols use them: "Sở Tài nguyên và Môi
    /// trường" → "STNMT", "Công an huyện Tiên Du" → "CATD".
    static func code(of name: String) -> String {
        let skipped: Set<String> = ["và", "huyện", "thị", "xã", "phường", "thành", "phố", "tỉnh", "–"]
        let letters = name.split(separator: " ")
            .filter { !skipped.contains($0.lowercased()) }
            .compactMap { word in word.first.map { String($0).uppercased() } }
        return letters.isEmpty ? "BC" : letters.joined()
    }
}
