import Testing
@testable import NoticeKit

@Suite struct MojibakeDetectorTests {
    func damage(_ text: String) -> [Damage] { MojibakeDetector().damage(in: text) }

    func printed(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return damage(text).map { Array(scalars[$0.span.start..<$0.span.end]).string }
    }

    /// GBK bytes of `text` with the byte at `lost` replaced by `?`, decoded from there on out of step,
    /// and full-width punctuation narrowed afterwards, as the reference notice was damaged.
    func byteShifted(_ text: String, losing character: Int) throws -> String {
        let gbk = Transcoder(encoding: .gb18030)
        let prefix = try #require(gbk.encode(String(text.prefix(character))))
        var bytes = try #require(gbk.encode(text))
        bytes[prefix.count] = 0x3F
        let decoded = gbk.decode(bytes).text
        return String(decoded.map { character -> Character in
            switch character {
            case "！": "!"
            case "；": ";"
            case "，": ","
            default: character
            }
        })
    }

    @Test func referenceNoticeSpansAndRepairs() {
        let first = damage("做好“六穩”工作、落實“六?!比蝿?,切實維護市場秩序,推動“六保”落地")
        #expect(first.map(\.printed) == ["?!比蝿?"])
        #expect(first.first?.suggestion == "保”任務")
        let second = damage("把工作落到實處?;顒咏Y束后及時總結")
        #expect(second.map(\.printed) == ["?;顒咏Y"])
        #expect(second.first?.suggestion == "。活動結")
        #expect((second.first?.confidence ?? 0) > 0.6)
    }

    /// Damage made from known text by losing one byte is found and undone.
    @Test(arguments: [
        ("各地要認真組織開展活動。活動結束後及時總結經驗", 11),
        ("请于本月底前报送材料,联系电话见附件", 5),
        ("各单位要高度重视安全生产工作;确保落实到位", 6),
        // Right after half-width punctuation, as a notice printed in it has the lost byte.
        ("支持中小微企業,中小微企業按60%返還失業保險費", 8),
        // The stray trail byte that closes the run need not be a letter: 區 leaves `^`.
        ("請各地區認真落實,加強部分地區的工作", 10),
    ])
    func byteShiftBuiltFromKnownText(_ text: String, losing character: Int) throws {
        let damaged = try byteShifted(text, losing: character)
        #expect(damaged != text)
        let found = damage(damaged)
        #expect(found.count == 1)
        let repaired = try #require(found.first.flatMap { damage -> String? in
            guard let suggestion = damage.suggestion else { return nil }
            var scalars = Array(damaged.unicodeScalars)
            scalars.replaceSubrange(damage.span.start..<damage.span.end, with: suggestion.unicodeScalars)
            return scalars.string
        })
        #expect(repaired.replacingOccurrences(of: ",", with: "，") == text.replacingOccurrences(of: ",", with: "，"))
    }

    @Test func utf8ReadAsGBK() {
        let mangled = Transcoder(encoding: .gb18030).decode(Array("发文机关".utf8)).text
        let found = damage("本通知由" + mangled + "负责解释。")
        #expect(found.map(\.kind) == [.utf8ReadAsGBK])
        #expect(found.first?.suggestion == "发文机关")
        #expect(damage("乱码锟斤拷锟斤拷出现").map(\.printed) == ["锟斤拷锟斤拷"])
        // 年 (E5 B9 B4) read as GBK: E5 B9 is 骞, and B4 pairs with nothing, printed as `?` or U+FFFD.
        for lost in ["?", "\u{FFFD}"] {
            let found = damage("園區要於2025骞\(lost)12月31日前完成組建工作。")
            #expect(found.map(\.kind) == [.utf8ReadAsGBK])
            #expect(found.map(\.printed) == ["骞" + lost])
            #expect(found.first?.suggestion == nil)
        }
        #expect(damage("联系人：黄堃?请核对。").isEmpty, "a rare hanzi whose GBK bytes are no UTF-8 lead, before a question mark")
        // 粵教 cut in its second character: 粵 reads, and the rest is a lead byte and the lost bytes.
        #expect(damage("绮垫?基函(2025)18號").map(\.printed) == ["绮垫?"])
        // 鄧曉雯 with 雯's last byte lost: 鄧曉 reads, and `闆` (E9 9B, common itself) is the cut character.
        let name = damage("聯繫人:市商務局消費促進處 閯ф泬闆\u{FFFD},電話:028-61881234")
        #expect(name.map(\.printed) == ["閯ф泬", "闆\u{FFFD}"])
        #expect(name.first?.suggestion == "鄧曉")
        // A run is not begun at a common character before it when that would read as a letter (`ȫ`).
        let project = Transcoder(encoding: .gb18030).decode(Array("專項檢查".utf8)).text
        #expect(damage("全" + project + "工作").first?.suggestion == "專項檢查")
    }

    @Test func gbkReadAsLatin1() throws {
        let bytes = try #require(Transcoder(encoding: .gb18030).encode("关于开展检查的通知"))
        let mangled = try #require(Transcoder.convertStrictly(bytes, from: "WINDOWS-1252", to: "UTF-8").map { String(decoding: $0, as: UTF8.self) })
        let found = damage("标题：" + mangled)
        #expect(found.map(\.kind) == [.readAsLatin1])
        #expect(found.first?.suggestion == "关于开展检查的通知")
    }

    @Test func utf8ReadAsLatin1() throws {
        let mangled = try #require(Transcoder.convertStrictly(Array("质量月".utf8), from: "ISO-8859-1", to: "UTF-8").map { String(decoding: $0, as: UTF8.self) })
        #expect(damage("全国" + mangled + "活动").first?.suggestion == "质量月")
    }

    @Test func lostCharacters() {
        #expect(printed("请各单位\u{FFFD}\u{FFFD}报送材料") == ["\u{FFFD}\u{FFFD}"])
        #expect(printed("请各单位??报送材料") == ["??"])
        // After half-width punctuation, as after a hanzi; a question mark alone there is punctuation.
        #expect(printed("聯繫人:周曉燕,\u{FFFD}Ԓ:0512-68620117") == ["\u{FFFD}"])
        #expect(printed("是否同意,?請批示") == [])
    }

    @Test func cleanTextHasNoDamage() {
        #expect(damage("现就有关事项通知如下：一、活动主题。是否可行?请研究。").isEmpty)
        #expect(damage("各地區各部門要堅決貫徹落實中央八項規定精神,堅持簡樸、高效的原則。").isEmpty)
        #expect(damage("Café “质量月” — 2020年").isEmpty)
    }

    /// UTF-8 read as GBK opening with a common hanzi or running through kana (`鏈夊叧`, `宸ヤ綔`), GBK read
    /// as Latin-1 through `×` and `÷`, and UTF-8 read as Windows-1252 through `…`: all found, with their reading.
    @Test func damageThroughCommonCharactersAndSharedSigns() {
        let cases: [(String, String)] = [
            ("包含" + "有关".mojibake(encoding: "UTF-8", readAs: "GBK") + "的正文", "有关"),
            ("包含" + "工作".mojibake(encoding: "UTF-8", readAs: "GBK") + "的正文", "工作"),
            ("包含" + "关于".mojibake(encoding: "UTF-8", readAs: "GBK") + "的正文", "关于"),
            ("加强" + "组织领导".mojibake(encoding: "GBK", readAs: "ISO-8859-1") + "的要求", "组织领导"),
            ("加强" + "自然资源".mojibake(encoding: "GBK", readAs: "ISO-8859-1") + "的要求", "自然资源"),
            ("三、" + "关于".mojibake(encoding: "UTF-8", readAs: "WINDOWS-1252") + "的规定", "关于"),
        ]
        for (text, reading) in cases {
            #expect(MojibakeDetector().damage(in: text).map(\.suggestion) == [reading], "\(text)")
        }
        #expect(MojibakeDetector().damage(in: "长3×4米的场地，费用÷2后为“一半”…").isEmpty)
    }
}

extension String {
    /// The text as it prints when its bytes in `encoding` are read as `readAs`.
    fileprivate func mojibake(encoding: String, readAs: String) -> String {
        let bytes = Transcoder.convertStrictly(Array(utf8), from: "UTF-8", to: encoding) ?? []
        return String(decoding: Transcoder.convertStrictly(bytes, from: readAs, to: "UTF-8") ?? [], as: UTF8.self)
    }
}
