import ArgumentParser
import Foundation
import Tracking
import TrackingStore

/// `theodoi area …`: the areas (khu vực) a directive is about, and which directive each belongs
/// to. A board shows the panels of its directive's areas only; a report gives figures for them.
struct AreaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "area",
        abstract: HelpText.pick("Xem, thêm, gắn và gỡ các khu vực của văn bản chỉ đạo.", "List, add, link and unlink the areas (khu vực) of directives."),
        discussion: HelpText.pick("""
            Khu vực được gọi bằng tên, mã, hoặc phần đầu không dấu của tên hay xã, phường \
            ("phong khe", "phu lam"), như trong số liệu của báo cáo. Thêm, gắn và gỡ đều được ghi \
            vào nhật ký thay đổi; chỉ quản trị và điều phối viên được làm.

            Ví dụ:
              theodoi area list
              theodoi area add "KCN Quế Võ" --locality "phường Phương Liễu" --district "thị xã Quế Võ" \\
                  --industry "dệt nhuộm" --government "UBND thị xã Quế Võ"
              theodoi area link 12/UBND-NN.TN "KCN Quế Võ"
              theodoi area unlink 12/UBND-NN.TN "que vo"
            """, """
            An area is named by its name, its id, or a folded prefix of its name or locality \
            ("phong khe", "phu lam"), as in a report's figures. Adding, linking and unlinking \
            are recorded in the audit trail; only admins and coordinators may do them.

            Examples:
              theodoi area list
              theodoi area add "KCN Quế Võ" --locality "phường Phương Liễu" --district "thị xã Quế Võ" \\
                  --industry "dệt nhuộm" --government "UBND thị xã Quế Võ"
              theodoi area link 12/UBND-NN.TN "KCN Quế Võ"
              theodoi area unlink 12/UBND-NN.TN "que vo"
            """),
        subcommands: [List.self, Add.self, Link.self, Unlink.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: HelpText.pick("Mọi khu vực, với địa bàn, ngành nghề và các văn bản liên quan.", "Every area, with its place, industry and directives."))
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let context = try AppContext(global)
            let l = context.language
            let listings = try context.openStore().areaListings()
            guard !listings.isEmpty else {
                Output.text(l.pick("Chưa có khu vực nào (thêm bằng: theodoi area add).", "No areas yet (add one with: theodoi area add).") + "\n")
                return
            }
            var lines: [String] = []
            for listing in listings {
                let area = listing.area
                let industry = area.industry.isEmpty ? "" : "; \(area.industry)"
                lines.append("\(area.name) [\(area.id)] — \(area.locality), \(area.district)\(industry)")
                if let government = listing.government {
                    lines.append("  " + l.pick("Phụ trách: ", "In charge: ") + government)
                }
                lines.append("  " + l.pick("Văn bản: ", "Directives: ")
                    + (listing.directives.isEmpty ? l.pick("(chưa gắn)", "(none linked)")
                                                  : listing.directives.map(\.text).joined(separator: ", ")))
            }
            Output.text(lines.joined(separator: "\n") + "\n")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: HelpText.pick("Thêm một khu vực.", "Create an area."),
            discussion: HelpText.pick("Mã khu vực được tạo từ tên (\"KCN Quế Võ\" → kcn-que-vo). Gắn vào văn bản bằng `area link`.", "Its id is made from the name (\"KCN Quế Võ\" → kcn-que-vo). Link it to directives with `area link`."))
        @Argument(help: ArgumentHelp(HelpText.pick("Tên hiện trên bảng theo dõi và trong số liệu (\"CCN Phú Lâm\").", "The name shown on boards and in figures (\"CCN Phú Lâm\")."), valueName: "name"))
        var name: String
        @Option(name: .long, help: ArgumentHelp(HelpText.pick("Xã, phường (\"xã Phú Lâm\").", "The commune or ward (\"xã Phú Lâm\")."), valueName: "text"))
        var locality: String
        @Option(name: .long, help: ArgumentHelp(HelpText.pick("Huyện, thị xã, thành phố (\"huyện Tiên Du\").", "The district (\"huyện Tiên Du\")."), valueName: "text"))
        var district: String
        @Option(name: .long, help: ArgumentHelp(HelpText.pick("Ngành nghề gây ô nhiễm (\"tái chế giấy\").", "The trade that pollutes (\"tái chế giấy\")."), valueName: "text"))
        var industry: String = ""
        @Option(name: .long, help: ArgumentHelp(HelpText.pick("Chính quyền địa phương phụ trách: tên cơ quan, hoặc phần đầu của tên không dấu.", "The local government in charge, as an agency name or a folded prefix of it."), valueName: "agency"))
        var government: String?
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            let l = (try? AppContext.language(global.lang ?? ProcessInfo.processInfo.environment["THEODOI_LANG"])) ?? .vi
            for (option, value) in [("name", name), ("--locality", locality), ("--district", district)]
            where value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError(l.pick("\(option) không được để trống", "\(option) must not be empty"))
            }
        }

        func run() throws {
            let context = try AppContext(global)
            let (store, agencies) = try AreaCommand.openAsCoordinator(context)
            // The government in charge: an agency of the store (named as --agency names one),
            // else a new one of that name, made with the area (a commune's committee is often
            // not an addressee of any directive yet).
            var government: AreaGovernment?
            if let name = self.government {
                switch NameMatcher(agencies, names: { $0.searchNames }).match(name) {
                case .found(let agency): government = .existing(agency.id)
                case .ambiguous(let candidates): throw StoreError.ambiguousAgency(name, candidates: candidates.map(\.name))
                case .notFound: government = .new(name: name)
                }
            }
            let (area, created) = try store.addArea(name: name.trimmingCharacters(in: .whitespaces), locality: locality, district: district,
                                                    industry: industry, government: government, user: context.user,
                                                    at: context.clock.timestamp())
            let l = context.language
            var lines = [l.pick("Đã thêm khu vực \(area.name) [\(area.id)].", "Added area \(area.name) [\(area.id)].")]
            if let created {
                lines.append(l.pick("Cơ quan phụ trách mới: \(created.name) [\(created.id)].", "New government in charge: \(created.name) [\(created.id)]."))
            }
            lines.append(l.pick("Gắn vào văn bản: theodoi area link SỐ-HIỆU \"\(area.name)\"", "Link it: theodoi area link REFERENCE \"\(area.name)\""))
            Output.text(lines.joined(separator: "\n") + "\n")
        }
    }

    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "link", abstract: HelpText.pick("Gắn khu vực vào văn bản chỉ đạo: bảng theo dõi của văn bản hiện khu vực đó, báo cáo có số liệu cho khu vực đó.", "Link areas to a directive: its board shows them, its reports give figures for them."))
        @OptionGroup var change: AreaChange

        func run() throws { try change.apply(linking: true) }
    }

    struct Unlink: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unlink", abstract: HelpText.pick("Gỡ khu vực khỏi văn bản chỉ đạo (không gỡ được khi đã có báo cáo mang số liệu của khu vực đó).", "Unlink areas from a directive (refused while its reports carry figures for them)."))
        @OptionGroup var change: AreaChange

        func run() throws { try change.apply(linking: false) }
    }

    /// What `area link` and `area unlink` take: a directive and the areas, named as figures name them.
    struct AreaChange: ParsableArguments {
        @Argument(help: ArgumentHelp(HelpText.pick("Số, ký hiệu văn bản chỉ đạo (\"239/UBND-NN.TN\").", "The directive's reference (\"239/UBND-NN.TN\")."), valueName: "directive"))
        var directive: String
        @Argument(help: ArgumentHelp(HelpText.pick("Các khu vực.", "The areas."), valueName: "area"))
        var areas: [String]
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            let l = (try? AppContext.language(global.lang ?? ProcessInfo.processInfo.environment["THEODOI_LANG"])) ?? .vi
            if areas.isEmpty { throw ValidationError(l.pick("thiếu tên khu vực", "no area given")) }
        }

        func apply(linking: Bool) throws {
            let context = try AppContext(global)
            let (store, _) = try AreaCommand.openAsCoordinator(context)
            let all = try store.areas()
            let chosen = try areas.map { name throws(StoreError) in try Area.resolve(name, in: all) }
            let ids = chosen.map(\.id), time = context.clock.timestamp()
            let changed = linking
                ? try store.linkAreas(ids, toDirective: directive, user: context.user, at: time)
                : try store.unlinkAreas(ids, fromDirective: directive, user: context.user, at: time)
            Output.text(AreaCommand.outcome(chosen, changed: changed, directive: directive, linking: linking, language: context.language))
        }
    }

    /// The store, once the user is known to be an admin or coordinator; with the agencies.
    static func openAsCoordinator(_ context: AppContext) throws -> (any TrackingStore, [Agency]) {
        let store = try context.openStore()
        let agencies = try store.snapshot(asOf: context.today, directives: [], includingReports: false).agencies
        guard try context.access(agencies: agencies).role >= .coordinator else {
            throw CommandLineError.notCoordinator(user: context.user)
        }
        return (store, agencies)
    }

    /// One line per area: changed, or already so.
    static func outcome(_ areas: [Area], changed: [String], directive: String, linking: Bool, language l: Language) -> String {
        areas.map { area in
            switch (linking, changed.contains(area.id)) {
            case (true, true): l.pick("Đã gắn \(area.name) vào \(directive).", "Linked \(area.name) to \(directive).")
            case (true, false): l.pick("\(area.name) đã gắn với \(directive) từ trước.", "\(area.name) was already linked to \(directive).")
            case (false, true): l.pick("Đã gỡ \(area.name) khỏi \(directive).", "Unlinked \(area.name) from \(directive).")
            case (false, false): l.pick("\(area.name) không gắn với \(directive).", "\(area.name) was not linked to \(directive).")
            }
        }.joined(separator: "\n") + "\n"
    }
}
