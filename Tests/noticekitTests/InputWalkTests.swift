import Foundation
import Testing
@testable import noticekit

@Suite struct InputWalkTests {
    /// A folder gone by the time the walk reaches it is an input that fails with the reason, so the
    /// manifest still accounts for it.
    @Test func aFolderThatCannotBeReadIsAnInput() throws {
        let root = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("通知".utf8).write(to: root.appendingPathComponent("a.txt"))
        let inner = root.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try Data("通知".utf8).write(to: inner.appendingPathComponent("c.txt"))

        var walk = try InputCollector().inputs([root.path]).makeIterator()
        let first = walk.next()
        #expect(first?.displayPath.hasSuffix("/a.txt") == true)
        try FileManager.default.removeItem(at: inner)
        let second = walk.next()
        #expect(second?.displayPath == inner.path)
        #expect(second?.refusal?.contains("the folder cannot be read (No such file or directory)") == true)
        #expect(walk.next() == nil)
    }

    @Test func plainFilesAndFoldersAreTakenFromTheListingInNameOrder() throws {
        let root = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["b.txt", "a/z.html", "a/y.xml", ".hidden.txt", "c.png", "d"] {
            let file = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("通知".utf8).write(to: file)
        }
        let linked = root.appendingPathComponent("e.txt")
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: root.appendingPathComponent("b.txt"))
        let walked = try InputCollector().inputs([root.path]).map(\.relativePath)
        #expect(walked == ["a/y.xml", "a/z.html", "b.txt", "d", "e.txt"])
    }
}
