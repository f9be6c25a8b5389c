import Testing
import NoticeIndex

@Suite struct SearchTextTests {
    @Test func traditionalFoldsToSimplified() {
        #expect(SearchText.folded("質量月") == "质量月")
    }
}
