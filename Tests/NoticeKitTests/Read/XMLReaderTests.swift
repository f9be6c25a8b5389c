import Testing
@testable import NoticeKit

@Suite struct XMLReaderTests {
    @Test func textElementsInDocumentOrderAndAttributesAsMetadata() {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <doc id="a-1" lang="zh"><meta><column>通知公告</column><title>关于某事的通知</title></meta>
            <body><p>各单位：</p><p>现通知如下<b>重要</b>事项。</p></body><sign>某某局</sign></doc>
            """
        let document = XMLReader().read(xml)
        #expect(document.blocks.map(\.text) == ["各单位：", "现通知如下重要事项。", "某某局"])
        #expect(document.metadata["id"] == "a-1")
        #expect(document.metadata["column"] == "通知公告")
        #expect(document.evidence["标题"] == "关于某事的通知")
    }

    /// External entities are never loaded: the record cannot hold a local file's contents.
    @Test func externalEntitiesAreNotLoaded() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE doc [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <doc><p>开始&secret;结束</p></doc>
            """
        let document = XMLReader().read(xml)
        let text = document.blocks.map(\.text).joined()
        #expect(text.contains("开始"))
        #expect(!text.contains("root:"))
    }

    @Test func malformedXMLStillReadsWhatItCan() {
        let document = XMLReader().read("<doc><p>第一段</p><p>第二段</doc>")
        #expect(document.blocks.map(\.text).first == "第一段")
    }
}
