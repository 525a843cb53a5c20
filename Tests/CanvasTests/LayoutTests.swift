import Canvas
import Testing

/// Layout splits cover the area exactly and shrink predictably when room runs out.
@Suite struct LayoutTests {
    @Test func fixedAndFillPartsCoverTheArea() {
        let rows = Layout.split(Rect(x: 0, y: 0, width: 80, height: 24), .vertical, [.fixed(1), .fill(1), .fixed(1)])
        #expect(rows.map(\.height) == [1, 22, 1])
        #expect(rows.map(\.y) == [0, 1, 23])
    }

    @Test func fillsShareByWeightAndTheLastTakesTheRemainder() {
        let columns = Layout.split(Rect(x: 0, y: 0, width: 80, height: 1), .horizontal, [.fill(1), .fill(1), .fill(1)])
        #expect(columns.map(\.width) == [26, 26, 28])
        #expect(columns.map(\.x) == [0, 26, 52])
    }

    @Test func notEnoughRoomShrinksFromTheEnd() {
        let rows = Layout.split(Rect(x: 0, y: 0, width: 10, height: 5), .vertical, [.fixed(3), .fixed(3), .fill(1)])
        #expect(rows.map(\.height) == [3, 2, 0])
    }

    @Test func boxReturnsItsInside() {
        var buffer = Buffer(width: 10, height: 4)
        let inner = Box(title: "Khu vực dài quá").render(buffer.area, &buffer)
        #expect(inner == Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(buffer.lines()[0] == "┌ Khu vự…┐")
        #expect(buffer.lines()[3] == "└────────┘")
    }
}
