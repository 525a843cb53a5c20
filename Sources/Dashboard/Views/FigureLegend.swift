import Canvas
import Tracking

/// The key to the short figure heads ("KT: Cơ sở được kiểm tra · VP: Vi phạm phát hiện · …"),
/// drawn under every table or panel that uses them and listed in full in `?` help: an
/// abbreviation explained nowhere is what a new user stumbled on (issue 9).
enum FigureLegend {
    /// "KT: Cơ sở được kiểm tra", one per figure in the form's order.
    static func entries(_ language: Language) -> [String] {
        AreaFigures.Field.allCases.map { field in
            let name = field.name(language)
            return name.short + ": " + name.long
        }
    }

    /// The legend in at most `maxLines` lines of `width` columns, broken between entries only.
    /// When not every entry fits, the last line ends with "…" after its last whole entry; an
    /// entry wider than a line is cut at a character boundary (``TextClipper``).
    static func lines(_ language: Language, width: Int, maxLines: Int) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        let separator = " · ", more = " …"
        func text(_ parts: [String]) -> String { parts.joined(separator: separator) }
        var lines: [[String]] = [[]]
        var remaining = entries(language)[...]
        while let entry = remaining.first {
            if DisplayWidth.of(text(lines[lines.count - 1] + [entry])) <= width {
                lines[lines.count - 1].append(entry)
                remaining.removeFirst()
            } else if lines[lines.count - 1].isEmpty {
                // An entry wider than a whole line, cut.
                lines[lines.count - 1] = [TextClipper.clip(entry, to: width)]
                remaining.removeFirst()
            } else if lines.count < maxLines {
                lines.append([])
            } else {
                break
            }
        }
        var last = lines.removeLast()
        if !remaining.isEmpty {
            // Room for the "…": whole entries give way from the end of the last line.
            while last.count > 1, DisplayWidth.of(text(last) + more) > width { last.removeLast() }
            if DisplayWidth.of(text(last) + more) <= width { last[last.count - 1] += more }
        }
        return (lines + [last]).map(text).filter { !$0.isEmpty }
    }

    /// Draws ``lines(_:width:maxLines:)`` from `area`'s top, dimmed; returns the lines drawn.
    @discardableResult
    static func render(_ language: Language, theme: Theme, area: Rect, into buffer: inout Buffer) -> Int {
        let lines = lines(language, width: area.width, maxLines: area.height)
        for (index, line) in lines.enumerated() {
            buffer.write(line, x: area.x, y: area.y + index, maxWidth: area.width, style: theme.muted)
        }
        return lines.count
    }
}
