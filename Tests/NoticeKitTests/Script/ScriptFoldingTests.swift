import Testing
@testable import NoticeKit

/// The script tables come from OpenCC's character dictionaries, through the configurations NoticeKit
/// ships; phrase-level folding stays with OpenCC's stock ones.
@Suite struct ScriptFoldingTests {
    /// 乾隆 tells the two apart: the character table writes 乾 as 干, the phrase table keeps the name.
    /// The stock configuration, which the character converters fall back to without their own file,
    /// would keep it too, so this fails if the shipped file is not found or not accepted.
    @Test func characterConvertersUseTheCharacterTablesOnly() {
        #expect(OpenCCConverter.charactersToSimplified.convert("乾隆 後臺") == "干隆 后台")
        #expect(OpenCCConverter.toSimplified.convert("乾隆 後臺") == "乾隆 后台")
        #expect(OpenCCConverter.charactersToTraditional.convert("头发 国务院") == "頭發 國務院")
    }

    /// The tables convert every character in one run; line by line, where a segmentation could never
    /// join two characters, must give the same form for each of the 27,584.
    @Test func convertingInOneRunGivesEachCharactersOwnForm() {
        let characters = (0x3400...0x9FFF).compactMap(Unicode.Scalar.init).filter { !(0x4DC0...0x4DFF).contains($0.value) }
        for converter in [OpenCCConverter.charactersToSimplified, .charactersToTraditional] {
            #expect(converter.convertsCharacterByCharacter)
            let together = ScriptTables.convertEach(characters, with: converter)
            let lineByLine = ScriptTables.convertEach(characters, with: converter, runTogether: false)
            #expect(together.count == characters.count)
            // Line by line leaves one more, empty, line after the last line break.
            let differing = characters.indices.filter { together[$0] != lineByLine[$0] }
            #expect(differing.isEmpty, "\(differing.prefix(5).map { characters[$0] })")
            #expect(zip(characters, together).filter { $0 != $1 }.count > 2_000, "the table changes thousands of characters")
        }
    }

    /// The tables are read from the dictionaries' entries; converting each of the 27,584 characters on
    /// its own line must give every character the same form.
    @Test func theDictionarysEntriesGiveEachCharactersConvertedForm() {
        let characters = (0x3400...0x9FFF).compactMap(Unicode.Scalar.init).filter { !(0x4DC0...0x4DFF).contains($0.value) }
        let shipped = [
            (OpenCCConverter.simplifyingCharacters, OpenCCConverter.charactersToSimplified),
            (OpenCCConverter.traditionalizingCharacters, OpenCCConverter.charactersToTraditional),
        ]
        for (resource, converter) in shipped {
            #expect(OpenCCConverter.characterForms(resource: resource) != nil, "OpenCC lists \(resource)")
            let listed = ScriptTables.forms(of: characters, listing: resource, otherwise: converter)
            let lineByLine = ScriptTables.convertEach(characters, with: converter, runTogether: false)
            let differing = characters.indices.filter { listed[$0] != lineByLine[$0] }
            #expect(differing.isEmpty, "\(differing.prefix(5).map { characters[$0] })")
        }
        #expect(OpenCCConverter.characterForms(resource: "no-such-configuration") == nil)
    }

    @Test func foldingIsCharacterByCharacterAndKeepsOffsets() {
        let key = ScriptFolding.matchingKey(Array("國務院辦公廳關於印發".unicodeScalars))
        #expect(String(String.UnicodeScalarView(key)) == "国务院办公厅关于印发")
        #expect(ScriptFolding.matchingKey("国务院办公厅") == "国务院办公厅")
    }

    @Test func scriptOfText() {
        #expect(ScriptFolding.script(of: "國務院辦公廳關於進一步優化營商環境的通知") == .traditional)
        #expect(ScriptFolding.script(of: "国务院办公厅关于进一步优化营商环境的通知") == .simplified)
        #expect(ScriptFolding.script(of: "国务院办公厅關於進一步優化营商环境的通知") == .mixed)
        #expect(ScriptFolding.script(of: "2026 年 GB/T 9704") == .simplified)
    }

    @Test func phraseLevelSimplifiedLeavesSimplifiedTextAlone() {
        #expect(ScriptFolding.simplified("乾隆年間的檔案") == "乾隆年间的档案")
        #expect(ScriptFolding.simplified("国务院") == "国务院")
    }
}
