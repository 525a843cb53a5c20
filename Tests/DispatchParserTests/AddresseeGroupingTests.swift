import Testing
import Tracking
@testable import DispatchParser

/// The "Kính gửi" lines theodoi writes in a reminder draft read back into the same agencies.
@Suite struct AddresseeGroupingTests {
    @Test func groupedLinesSplitBackIntoTheAgencies() {
        let names = ["Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Công an tỉnh", "Cục Thuế tỉnh",
                     "UBND thành phố Bắc Ninh", "UBND huyện Tiên Du", "UBND huyện Yên Phong"]
        let agencies = names.map { Agency(id: VietnameseText.fold($0), name: $0, shortName: $0, kind: .department) }
        let lines = AddresseeGrouping.lines(agencies)
        #expect(lines.count == 4)
        #expect(lines.flatMap { AddresseeSplitter.split($0).names } == names)
    }
}
