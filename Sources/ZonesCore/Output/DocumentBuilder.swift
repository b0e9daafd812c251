/// Lays out a topic of the report as a linear document of `Block`s, in reading order.
public struct DocumentBuilder: Sendable {
    public var report: Report

    public init(report: Report) {
        self.report = report
    }

    public func blocks(for topic: Topic) -> [Block] {
        switch topic {
        case .pane(.overview): overview()
        case .pane(.statistics): statistics()
        case .pane(.zones): report.zones.flatMap(zone)
        case .pane(.priorities): priorities()
        case .pane(.people): [.heading(level: 1, zh: Pane.people.label.zh, en: Pane.people.label.en)] + report.people.flatMap { person($0, level: 2) }
        case .pane(.source): source()
        case .zone(let id): report.zone(id).map(zone) ?? []
        case .priority(let id): report.priority(id).map { priority($0, level: 1) } ?? []
        case .person(let id): report.person(id).map { person($0, level: 1) } ?? []
        }
    }

    /// The whole report: every pane in order.
    public func wholeReport() -> [Block] {
        Pane.allCases.flatMap { blocks(for: .pane($0)) }
    }

    public func overview() -> [Block] {
        let o = report.overview
        return [
            .heading(level: 1, zh: o.title.zh, en: o.title.en, source: o.title.source),
            .field(label: Label(zh: "专报", en: "Report"), value: o.series, pinyin: nil),
            .field(label: Label(zh: "发布", en: "Issued by"), value: o.issuer.excerpt, pinyin: o.issuer.pinyin),
            .field(label: Label(zh: "日期", en: "Date"), value: o.dateText, pinyin: nil),
            .field(label: Label(zh: "论坛", en: "Forum"), value: o.forum.excerpt, pinyin: o.forum.pinyin),
            .field(label: Label(zh: "主题", en: "Theme"), value: o.theme, pinyin: nil),
            .field(label: Label(zh: "与会", en: "Participants"), value: o.participants, pinyin: nil),
            .field(label: Label(zh: "宣言", en: "Declaration"), value: o.declaration, pinyin: nil),
            .field(label: Label(zh: "联盟", en: "Alliance"), value: o.alliance, pinyin: nil),
            .field(label: Label(zh: "本期", en: "This report"), value: o.purpose, pinyin: nil),
            .heading(level: 2, zh: "编者按", en: "Editor's note"),
            .text(o.editorNote, bullet: false),
            .heading(level: 2, zh: "摘要", en: "Summary"),
        ] + o.summary.map { .text($0.excerpt, bullet: true) }
            + [.heading(level: 2, zh: "嘉宾共识", en: "The guests' shared view")]
            + o.consensus.map { .text($0.excerpt, bullet: true) }
    }

    public func statistics() -> [Block] {
        let s = report.statistics
        var blocks: [Block] = [
            .heading(level: 1, zh: s.heading.zh, en: s.heading.en, source: s.heading.source),
            .text(s.intro, bullet: false),
            .heading(level: 2, zh: "全国数字", en: "National figures"),
        ]
        blocks += s.figures.map { .figure($0) }
        blocks.append(.heading(level: 2, zh: "三个转变", en: "Three shifts"))
        for shift in s.shifts {
            blocks.append(.text(shift.statement, bullet: true))
            blocks.append(.field(label: Label(zh: shift.area.zh, en: shift.area.en),
                                 value: Excerpt(zh: "\(shift.from.zh) → \(shift.to.zh)", en: "\(shift.from.en) → \(shift.to.en)", source: shift.from.source),
                                 pinyin: nil))
        }
        return blocks
    }

    func speakerFields(_ statement: Statement) -> [Block] {
        guard let person = report.person(statement.speaker) else { return [] }
        return [
            .field(label: Label(zh: "发言", en: "Speaker"), value: person.name.excerpt, pinyin: person.name.pinyin),
            .field(label: Label(zh: "职务", en: "Title"), value: person.title, pinyin: nil),
            .field(label: Label(zh: "单位", en: "Organisation"), value: person.organisation.excerpt, pinyin: person.organisation.pinyin),
        ]
    }

    public func zone(_ zone: Zone) -> [Block] {
        var blocks: [Block] = [
            .heading(level: 1, zh: zone.name.zh, en: zone.name.en, source: zone.name.source),
            .field(label: Label(zh: "简称", en: "Short name"), value: zone.shortName.excerpt, pinyin: zone.shortName.pinyin),
        ]
        blocks += speakerFields(zone.statement)
        blocks.append(.field(label: Label(zh: "亮点", en: "Headline"), value: zone.headline, pinyin: nil))
        blocks.append(.heading(level: 2, zh: "要点", en: "Points"))
        blocks.append(.text(zone.statement.attribution, bullet: false))
        blocks += zone.statement.points.map { .text($0.excerpt, bullet: true) }
        if !zone.figures.isEmpty {
            blocks.append(.heading(level: 2, zh: "数字", en: "Figures"))
            blocks += zone.figures.map { .figure($0) }
        }
        return blocks
    }

    public func statement(_ statement: Statement, level: Int) -> [Block] {
        let name = report.person(statement.speaker)?.name
        return [.heading(level: level, zh: name?.zh ?? statement.speaker, en: name?.en ?? statement.speaker),
                .text(statement.attribution, bullet: false)]
            + statement.points.map { .text($0.excerpt, bullet: true) }
    }

    func priorities() -> [Block] {
        let p = report.priorities
        var blocks: [Block] = [
            .heading(level: 1, zh: p.heading.zh, en: p.heading.en, source: p.heading.source),
            .text(p.context, bullet: false),
        ]
        blocks += statement(p.framing, level: 2)
        for item in p.items { blocks += priority(item, level: 2) }
        return blocks
    }

    public func priority(_ item: Priority, level: Int) -> [Block] {
        [.heading(level: level, zh: item.title.zh, en: item.title.en, source: item.title.source)]
            + item.statements.flatMap { statement($0, level: level + 1) }
    }

    public func person(_ person: Person, level: Int) -> [Block] {
        var blocks: [Block] = [
            .heading(level: level, zh: person.name.zh, en: person.name.en),
            .field(label: Label(zh: "姓名", en: "Name"), value: person.name.excerpt, pinyin: person.name.pinyin),
            .field(label: Label(zh: "职务", en: "Title"), value: person.title, pinyin: nil),
            .field(label: Label(zh: "单位", en: "Organisation"), value: person.organisation.excerpt, pinyin: person.organisation.pinyin),
        ]
        for placed in report.statements(by: person.id) {
            let (zh, en) = placeTitle(placed.place)
            blocks.append(.heading(level: level + 1, zh: zh, en: en))
            blocks.append(.statement(placed.place))
            blocks.append(.text(placed.statement.attribution, bullet: false))
            blocks += placed.statement.points.map { .text($0.excerpt, bullet: true) }
        }
        return blocks
    }

    public func placeTitle(_ place: StatementPlace) -> (String, String) {
        switch place {
        case .zone(let id):
            let zone = report.zone(id)
            return (zone?.name.zh ?? id, zone?.name.en ?? id)
        case .framing:
            return (report.priorities.heading.zh, report.priorities.heading.en)
        case .priority(let id):
            let item = report.priority(id)
            return (item?.title.zh ?? id, item?.title.en ?? id)
        }
    }

    func source() -> [Block] {
        [.heading(level: 1, zh: "原文", en: "Original text (Chinese)")] + report.source.paragraphs.map { .original($0) }
    }
}
