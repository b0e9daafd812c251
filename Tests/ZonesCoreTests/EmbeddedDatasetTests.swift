import Testing
@testable import ZonesCore

@Suite("The embedded dataset")
struct EmbeddedDatasetTests {
    let report = Fixtures.report

    @Test("is the file in Assets, byte for byte")
    func embeddedIsAssetFile() {
        #expect(EmbeddedDataset.json == Fixtures.datasetJSON)
    }

    @Test("holds the five featured zones in the report's order")
    func fiveZones() {
        #expect(report.zones.map(\.id) == ["zhongguancun", "zhangjiang", "hangzhou", "changzhutan", "chengdu"])
        #expect(report.zones.map(\.shortName.zh) == ["中关村", "张江", "杭州", "长株潭", "成都"])
    }

    @Test("holds the ten speakers with pinyin slugs as ids")
    func tenPeople() {
        #expect(report.people.map(\.id) == ["zhang-yulei", "zhai-jinguo", "yu-jun", "zhou-bin", "lu-tiecheng",
                                            "bai-jinfu", "lyu-wei", "wu-jun", "wu-jiaxi", "zhang-wei"])
        #expect(report.people.map(\.name.zh) == ["张宇蕾", "翟金国", "俞钧", "周斌", "卢铁城", "白津夫", "吕薇", "吴俊", "吴家喜", "张威"])
    }

    @Test("gives every person a title, an organisation and at least one statement")
    func peopleAreLinkedToWhatTheySaid() {
        for person in report.people {
            #expect(!person.title.zh.isEmpty && !person.organisation.zh.isEmpty, "\(person.id)")
            #expect(!report.statements(by: person.id).isEmpty, "\(person.id) said nothing")
        }
        #expect(report.statements(by: "wu-jiaxi").map(\.place) == [.priority("national-strategy"), .priority("opening-up")])
        #expect(report.statements(by: "bai-jinfu").map(\.place) == [.framing, .priority("empowerment")])
        #expect(report.statements(by: "zhai-jinguo").map(\.place) == [.zone("zhangjiang")])
    }

    @Test("reads the names as the report's people and places are read")
    func pinyinReadings() {
        #expect(report.zone("changzhutan")?.shortName.pinyin == "Chángzhūtán")
        #expect(report.zone("chengdu")?.shortName.pinyin == "Chéngdū")
        #expect(report.zone("zhongguancun")?.shortName.pinyin == "Zhōngguāncūn")
        #expect(report.person("zhai-jinguo")?.name.pinyin == "Zhái Jīnguó")
        #expect(report.person("lyu-wei")?.name.pinyin == "Lǚ Wēi")
        #expect(report.person("lyu-wei")?.name.en == "Lyu Wei")
    }

    @Test("holds the three priorities after Bai Jinfu's framing")
    func priorities() {
        #expect(report.priorities.items.map(\.id) == ["national-strategy", "opening-up", "empowerment"])
        #expect(report.priorities.framing.speaker == "bai-jinfu")
        #expect(report.priorities.items.map { $0.statements.map(\.speaker) } == [
            ["lyu-wei", "wu-jun", "wu-jiaxi"], ["wu-jiaxi", "zhang-wei"], ["bai-jinfu"],
        ])
    }

    @Test("states the national figures as numbers with units")
    func nationalFigures() {
        let figures = Dictionary(uniqueKeysWithValues: report.statistics.figures.map { ($0.id, $0) })
        #expect(figures["statistics.years"]?.value == 15)
        #expect(figures["statistics.zones"]?.value == 23)
        #expect(figures["statistics.provinces"]?.value == 21)
        #expect(figures["statistics.cities"]?.value == 60)
        #expect(figures["statistics.high-tech-zones"]?.value == 66)
        #expect(figures["statistics.zones"]?.unit.zh == "家")
        #expect(report.statistics.shifts.map(\.from.zh) == ["量的增长", "势的积蓄", "点上突破"])
        #expect(report.statistics.shifts.map(\.to.zh) == ["质的提升", "能的飞跃", "面上扩散"])
    }

    @Test("states every figure of the featured zones")
    func zoneFigures() {
        func values(_ zone: String) -> [Double?] { report.zone(zone)?.figures.map(\.value) ?? [] }
        let zhongguancun = report.zone("zhongguancun")?.figures ?? []
        #expect(zhongguancun.contains { $0.value == 50000 && $0.qualifier == .about })
        #expect(zhongguancun.contains { $0.value == 9 })
        #expect(zhongguancun.contains { $0.value == 4 } && zhongguancun.contains { $0.value == 7 })
        #expect(zhongguancun.contains { $0.value == nil && $0.text.zh.contains("X") })
        let zhangjiang = values("zhangjiang")
        #expect(zhangjiang.filter { $0 == 20 }.count == 5)
        #expect(zhangjiang.filter { $0 == 80 }.count == 3)
        #expect(zhangjiang.contains(8))
        #expect(report.zone("hangzhou")?.figures.first.map { ($0.value, $0.qualifier) } ?? (nil, .exact) == (10, .over))
        #expect(values("changzhutan") == [13])
        #expect(values("chengdu") == [7])
    }

    @Test("gives every figure's value in the words that state it")
    func figuresAreInTheirText() {
        let all = report.statistics.figures + report.zones.flatMap(\.figures)
        for figure in all {
            guard let value = figure.value, value < 1000, value == value.rounded(), figure.id != "statistics.years",
                  !figure.text.zh.contains("九"), !figure.text.zh.contains("十") else { continue }
            #expect(figure.text.zh.contains(FigureFormat.number(value)), "\(figure.id): \(figure.text.zh)")
        }
    }
}
