import Testing
@testable import NoticeIndex

@Suite struct SearchTokensTests {
    @Test func hanRunsBecomeOverlappingPairs() {
        #expect(SearchTokens.pairs("质量月") == "质量 量月 ")
        #expect(SearchTokens.pairs("质") == "")
    }

    @Test func eachCharacterIsKeptOnce() {
        #expect(SearchTokens.characters("质量月，质量") == "质 量 月 ")
    }

    @Test func wordsAreKeptWholeLowercaseAndNarrow() {
        #expect(SearchTokens.pairs("GB/T ９７０４—2012年") == "gb t 9704 2012 ")
    }

    @Test func pairsDoNotChainAcrossPunctuation() {
        // Without a break, `于质。质量` would hold `于质 质量`, which is the phrase for `于质量`.
        #expect(SearchTokens.pairs("关于质。质量") == "关于 于质 \u{E000} 质量 ")
        #expect(SearchTokens.pairs("关于。量月") == "关于 量月 ")
        #expect(SearchTokens.pairs("关于。于。于是") == "关于 \u{E000} 于是 ")
        #expect(SearchTokens.pairs("关于 2020 于是") == "关于 2020 于是 ")
    }

    @Test func queriesBecomePhrasesOfPairs() {
        #expect(SearchTokens.pairExpression(SearchRun.runs(of: "质量月")) == "\"质量 量月\"")
        #expect(SearchTokens.pairExpression(SearchRun.runs(of: "质量")) == "\"质量\"")
        #expect(SearchTokens.pairExpression(SearchRun.runs(of: "2020年 质量月")) == "\"2020\" \"质量 量月\"")
        #expect(SearchTokens.characterExpression(SearchRun.runs(of: "2020年 质量月")) == "\"年\"")
        #expect(SearchTokens.pairExpression(SearchRun.runs(of: "质")) == nil)
        #expect(SearchTokens.characterExpression(SearchRun.runs(of: "质")) == "\"质\"")
        #expect(SearchTokens.pairExpression(SearchRun.runs(of: "“”，。")) == nil)
    }

    @Test func queriesFoldToSimplified() {
        #expect(SearchQuery("質量月").runs == SearchQuery("质量月").runs)
        #expect(!SearchQuery("——").isSearchable)
    }
}
