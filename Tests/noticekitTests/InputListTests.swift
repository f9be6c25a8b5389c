import Foundation
import Testing
@testable import noticekit

@Suite struct InputListTests {
    @Test func everyWalkReadsTheListItWasGivenEvenOnceItIsGone() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = [String]()
        for index in 0..<300 {
            let file = folder.appendingPathComponent("notice-\(index).txt")
            try Data("关于第\(index)项工作的通知".utf8).write(to: file)
            lines.append(index.isMultiple(of: 7) ? "  \(file.path)  " : file.path)
            if index.isMultiple(of: 50) { lines.append("") }
        }
        let list = folder.appendingPathComponent("inputs.list")
        // No newline after the last line: it is a line all the same.
        try Data(lines.joined(separator: "\n").utf8).write(to: list)

        let inputs = try InputCollector().inputs([], fromList: list.path)
        let counted = inputs.reduce(0) { count, _ in count + 1 }
        try FileManager.default.removeItem(at: list)
        let walked = inputs.map(\.displayPath)

        #expect(counted == 300)
        #expect(walked.count == 300)
        #expect(Set(walked).count == 300)
        #expect(walked.first == folder.appendingPathComponent("notice-0.txt").path)
        #expect(walked.last == folder.appendingPathComponent("notice-299.txt").path)
    }

    @Test func aLongListIsReadAcrossItsChunks() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Lines long enough that a 64 KiB read ends inside one.
        let names = (0..<2000).map { String(repeating: "甲", count: 20 + $0 % 37) + "-\($0).txt" }
        let list = folder.appendingPathComponent("inputs.list")
        try Data(names.map { folder.appendingPathComponent($0).path }.joined(separator: "\r\n").utf8).write(to: list)
        let walked = try InputCollector().inputs([], fromList: list.path).map(\.displayPath)
        #expect(walked == names.map { folder.appendingPathComponent($0).path })
    }
}
