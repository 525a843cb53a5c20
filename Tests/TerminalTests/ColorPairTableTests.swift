import Canvas
import Terminal
import Testing

/// Colour pairs numbered on demand, per terminal capability.
struct ColorPairTableTests {
    @Test func defaultColoursUsePairZeroAndAllocateNothing() {
        var table = ColorPairTable(colorCount: 256, pairLimit: 65536)
        let allocation = table.pair(for: Style(bold: true))
        #expect(allocation.number == 0)
        #expect(!allocation.isNew)
        #expect(table.numbers.isEmpty)
    }

    @Test func pairsAreNumberedInOrderOfFirstUseAndReused() {
        var table = ColorPairTable(colorCount: 256, pairLimit: 65536)
        let red = table.pair(for: Style(foreground: .red))
        #expect(red == .init(number: 1, colors: .init(foreground: 1, background: -1), isNew: true))
        let onBlue = table.pair(for: Style(foreground: .white, background: .blue))
        #expect(onBlue == .init(number: 2, colors: .init(foreground: 7, background: 4), isNew: true))
        // The same colours with other attributes: the same pair, not new.
        let redAgain = table.pair(for: Style(foreground: .red, bold: true, reverse: true))
        #expect(redAgain == .init(number: 1, colors: .init(foreground: 1, background: -1), isNew: false))
        #expect(table.numbers.count == 2)
    }

    @Test func indexedColoursOn256ColourTerminals() {
        var table = ColorPairTable(colorCount: 256, pairLimit: 65536)
        let orange = table.pair(for: Style(foreground: .indexed(208, fallback: .yellow), background: .indexed(236, fallback: .black)))
        #expect(orange.colors == .init(foreground: 208, background: 236))
    }

    @Test(arguments: [8, 16])
    func basicFallbackOnFewerColours(colorCount: Int) {
        var table = ColorPairTable(colorCount: colorCount, pairLimit: 64)
        let orange = table.pair(for: Style(foreground: .indexed(208, fallback: .yellow)))
        #expect(orange.colors == .init(foreground: 3, background: -1))
        #expect(orange.number == 1)
        // The fallback and the basic colour it names share a pair.
        #expect(table.pair(for: Style(foreground: .yellow)).number == 1)
    }

    @Test func noColourTerminalIgnoresColours() {
        var table = ColorPairTable(colorCount: 0, pairLimit: 0)
        #expect(!table.usesColor)
        let allocation = table.pair(for: Style(foreground: .red, background: .white, bold: true))
        #expect(allocation.number == 0)
        #expect(!allocation.isNew)
        #expect(table.numbers.isEmpty)
    }

    @Test func withoutDefaultColoursTheDefaultsAreWhiteOnBlack() {
        var table = ColorPairTable(colorCount: 8, pairLimit: 64, defaultColors: false)
        #expect(table.pair(for: Style(foreground: .red)).colors == .init(foreground: 1, background: 0))
        #expect(table.pair(for: Style(background: .blue)).colors == .init(foreground: 7, background: 4))
    }

    @Test func whenPairsRunOutPairZeroIsUsed() {
        var table = ColorPairTable(colorCount: 8, pairLimit: 3)  // pairs 1 and 2 only
        #expect(table.pair(for: Style(foreground: .red)).number == 1)
        #expect(table.pair(for: Style(foreground: .green)).number == 2)
        let third = table.pair(for: Style(foreground: .blue))
        #expect(third.number == 0)
        #expect(!third.isNew)
        // Those already numbered keep their numbers.
        #expect(table.pair(for: Style(foreground: .green)).number == 2)
    }

    @Test func pairNumbersStayWithinShort() {
        let table = ColorPairTable(colorCount: 256, pairLimit: 1 << 20)
        #expect(table.pairLimit == 32768)
    }
}
