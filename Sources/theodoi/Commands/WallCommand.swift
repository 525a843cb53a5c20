import ArgumentParser
import Dashboard
import Foundation
import Terminal
import Tracking
import TrackingStore
import TrackingStorePostgres

/// `theodoi wall`: the read-only display for a meeting-room screen, usually the only command of
/// an SSH account. It opens the database read-only, obeys no key that could change anything,
/// turns its pages by itself and shows every change another process writes.
struct WallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wall",
        abstract: HelpText.pick("Màn hình treo tường, chỉ xem: tự chuyển trang, tự cập nhật.", "The read-only wall display: rotating pages, live refresh."),
        discussion: HelpText.pick("""
            Một văn bản chỉ đạo (hoặc một --directive): trang tổng quan, từng khu vực, các cơ \
            quan, các thời hạn cùng lịch. Nhiều văn bản: danh sách văn bản, bảng theo dõi của \
            từng văn bản chưa xong (gấp nhất trước; hoặc các văn bản nêu bằng --directive), rồi \
            mọi thời hạn. Phím: ← → hoặc Space chuyển trang, r làm mới, q thoát; không phím nào \
            khác có tác dụng. Thay đổi do chương trình khác ghi hiện ra trong vòng một giây. Khi \
            không đọc được cơ sở dữ liệu (mất, bị khóa, bị thay, hỏng), màn hình báo như vậy, \
            giữ dữ liệu đọc được lần cuối (ghi rõ là cũ) và tự phục hồi. Xem README về tài \
            khoản SSH chỉ chạy màn hình treo tường.

            Ví dụ:
              theodoi wall
              theodoi wall --rotate 30
              theodoi wall --rotate 0     # đứng yên một trang
              theodoi wall --directive 239/UBND-NN.TN
            """, """
            With one directive (or one --directive): its overview, each area, the agencies, the \
            deadlines with the calendar. With several: the list of directives, the board of each \
            directive not yet done (most urgent first; or those named with --directive), then every \
            deadline. Keys: \
            ← → or Space turn pages, r refreshes, q quits; nothing else is obeyed. A change made by \
            any other process shows within a second. When the database cannot be read (missing, \
            locked, replaced, corrupt) the wall says so, keeps the last good data marked stale and \
            recovers by itself. See the README for an SSH account whose only command is the wall.

            Examples:
              theodoi wall
              theodoi wall --rotate 30
              theodoi wall --rotate 0     # hold one page
              theodoi wall --directive 239/UBND-NN.TN
            """)
    )

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("Số giây mỗi trang; 0 là đứng yên một trang.", "Seconds per page; 0 holds the page."), valueName: "seconds"))
    var rotate: Int = 15

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("Chỉ hiện văn bản chỉ đạo này (ví dụ 239/UBND-NN.TN); dùng được nhiều lần.", "Hold the wall to this directive (e.g. 239/UBND-NN.TN); repeatable."),
                                            valueName: "REF"))
    var directive: [String] = []

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (0...86_400).contains(rotate) else {
            throw ValidationError("--rotate takes a number of seconds from 0 to 86400")
        }
    }

    func run() throws {
        let context = try AppContext(global)
        let openReadOnly = { () throws(StoreError) -> any TrackingStore in try context.openStore(mode: .readOnly) }
        // A directive the store does not hold is a mistake to say now, not a page to wait for;
        // one typed in another case ("07/stnmt-ccmt") is held by its stored reference, which
        // is what the pages compare with what they read.
        var held = directive
        let opened = try? openReadOnly()
        if !directive.isEmpty, let store = opened {
            held = try store.directiveReferences(directive)
        }
        // On a shared server the wall runs as a role that may only read: one that could write
        // is refused before anything shows (issue 13), so that a wall left in a meeting room
        // cannot be turned into a writer. A server not reachable yet is waited for as usual.
        if let store = opened as? PostgresStore {
            let rights = try store.writeRights()
            guard rights.isEmpty else { throw PostgresStoreError.tooManyRights(user: store.server.user, rights: rights) }
        }
        try ScreenSession.run(context: context, plainText: openReadOnly) { screen in
            try DashboardLoop(context: context, screen: screen, mode: .wall, rotateSeconds: rotate,
                              wallDirectives: held.isEmpty ? nil : held, openStore: openReadOnly).run()
        }
    }
}
