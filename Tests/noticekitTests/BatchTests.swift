import Foundation
import Testing
import ZIPFoundation

/// Batches as users run them: folders and archives with bad inputs among good ones, interruption and
/// resumption, shards. Every input must be accounted for exactly once.
@Suite struct BatchTests {
    let command = ConvertCommandTests()
    static let corpus = ConvertCommandTests.packageRoot.appendingPathComponent("Corpus")

    func manifest(_ folder: URL) throws -> [[String: Any]] {
        try String(contentsOf: folder.appendingPathComponent("manifest.ndjson"), encoding: .utf8)
            .split(separator: "\n").compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    func statuses(_ lines: [[String: Any]]) -> [String: String] {
        Dictionary(lines.map { ($0["path"] as? String ?? "", $0["status"] as? String ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    func notice(_ name: String) throws -> Data {
        try Data(contentsOf: Self.corpus.appendingPathComponent(name))
    }

    @Test func aZipWithBadEntriesConvertsTheGoodOnes() throws {
        let folder = try command.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zip = folder.appendingPathComponent("notices.zip")
        let archive = try Archive(url: zip, accessMode: .create)
        func add(_ path: String, _ data: Data, method: CompressionMethod = .deflate) throws {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("good/reference.txt", try notice("reference/reference-notice.txt"))
        try add("good/page.html", try notice("reference/reference-notice.html"))
        try add("picture.html", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 64)))
        try add("../escape.txt", try notice("notices/03-zhejiang-business-services-review.txt"))
        try add("good/reference.txt", try notice("notices/04-mee-soil-hazard-screening-opinion.txt"))
        try add("bomb.txt", Data(repeating: 0x20, count: 4_000_000))
        try add("broken.txt", try notice("notices/05-samr-ebike-sampling-bulletin-hant.txt"), method: .none)
        // Damage the stored entry's bytes, so its CRC-32 no longer matches.
        var bytes = try Data(contentsOf: zip)
        let marker = Data("市場監管".utf8)
        let damaged = try #require(bytes.range(of: marker))
        bytes[damaged.lowerBound] ^= 0xFF
        try bytes.write(to: zip)

        let out = folder.appendingPathComponent("out")
        let run = try command.noticekit(["convert", zip.path, "--output", out.path, "--quiet"])
        #expect(run.status == 1)
        let lines = try manifest(out)
        #expect(lines.count == 7, "every entry, good or bad, is accounted for once")
        let byPath = statuses(lines)
        #expect(byPath[zip.path + "/good/page.html"] == "converted")
        #expect(byPath[zip.path + "/picture.html"] == "failed")
        #expect(byPath[zip.path + "/../escape.txt"] == "failed")
        #expect(byPath[zip.path + "/bomb.txt"] == "failed")
        #expect(byPath[zip.path + "/broken.txt"] == "failed")
        let duplicates = lines.filter { $0["path"] as? String == zip.path + "/good/reference.txt" }.compactMap { $0["status"] as? String }
        #expect(duplicates.sorted() == ["converted", "failed"], "the first of two entries of one name is converted, the second refused")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("notices.zip/good/reference.txt.json").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escape.txt.json").path))
        let errors = lines.compactMap { $0["error"] as? String }.joined(separator: "\n")
        #expect(errors.contains("PNG image"))
        #expect(errors.contains("zip bombs"))
        #expect(errors.contains("CRC-32") || errors.contains("corrupt"))
    }

    @Test func unreadableAndOddFilesFailAlone() throws {
        let folder = try command.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try notice("reference/reference-notice.txt").write(to: inputs.appendingPathComponent("good.txt"))
        try FileManager.default.createSymbolicLink(atPath: inputs.appendingPathComponent("dangling.txt").path, withDestinationPath: "/no/such/file")
        try FileManager.default.createSymbolicLink(atPath: inputs.appendingPathComponent("loop").path, withDestinationPath: inputs.path)
        #expect(mkfifo(inputs.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        let out = folder.appendingPathComponent("out")
        let run = try command.noticekit(["convert", inputs.path, "--output", out.path, "--quiet"])
        #expect(run.status == 1)
        let byPath = statuses(try manifest(out))
        #expect(byPath[inputs.path + "/good.txt"] == "converted")
        #expect(byPath[inputs.path + "/dangling.txt"] == "failed")
        #expect(byPath[inputs.path + "/pipe.txt"] == "failed")
        #expect(byPath[inputs.path + "/loop"] == "failed")
    }

    @Test func aFileOverMaxBytesFailsAloneAndOneAtTheLimitIsRead() throws {
        let folder = try command.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let text = try notice("reference/reference-notice.txt")
        try text.write(to: inputs.appendingPathComponent("exact.txt"))
        try (text + Data("\n".utf8)).write(to: inputs.appendingPathComponent("over.txt"))
        let out = folder.appendingPathComponent("out")
        let run = try command.noticekit(["convert", inputs.path, "--output", out.path, "--max-bytes", "\(text.count)", "--quiet"])
        #expect(run.status == 1)
        let lines = try manifest(out)
        let byPath = statuses(lines)
        #expect(byPath[inputs.path + "/exact.txt"] == "converted")
        #expect(byPath[inputs.path + "/over.txt"] == "failed")
        let error = lines.first { $0["path"] as? String == inputs.path + "/over.txt" }?["error"] as? String
        #expect(error?.contains("over.txt: \(text.count + 1) bytes is over the limit of \(text.count) bytes") == true)
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("exact.txt.json"))) as? [String: Any]
        #expect((record?["source"] as? [String: Any])?["byteCount"] as? Int == text.count)
    }

    @Test func anInterruptedBatchResumesWithEveryInputOnce() throws {
        let folder = try command.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let page = try notice("reference/reference-notice.html")
        for index in 0..<400 { try page.write(to: inputs.appendingPathComponent("page-\(index).html")) }
        let out = folder.appendingPathComponent("out")

        let process = Process()
        process.executableURL = command.executable
        process.arguments = ["convert", inputs.path, "--output", out.path, "--jobs", "1", "--quiet"]
        try process.run()
        let manifestFile = out.appendingPathComponent("manifest.ndjson")
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? String(contentsOf: manifestFile, encoding: .utf8))?.count ?? 0) < 2000 {
            usleep(20_000)
        }
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let first = try manifest(out)
        #expect(first.count > 0 && first.count < 400)

        let resumed = try command.noticekit(["convert", inputs.path, "--output", out.path, "--resume", "--quiet"])
        #expect(resumed.status == 0)
        let second = try manifest(out)
        #expect(second.count == 400)
        #expect(Set(second.compactMap { $0["path"] as? String }).count == 400)
        let skipped = second.filter { $0["status"] as? String == "skipped" }.count
        #expect(skipped == first.count, "what the first run converted is skipped, the rest converted")
    }

    @Test func shardsSplitTheInputsWithoutOverlap() throws {
        var seen = [String]()
        for shard in 1...3 {
            let run = try command.noticekit(["convert", "Corpus/notices", "--format", "ndjson", "--shard", "\(shard)/3", "--quiet"])
            #expect(run.status == 0)
            let lines = String(decoding: run.output, as: UTF8.self).split(separator: "\n")
            seen += try lines.map { line in
                let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return (record["source"] as? [String: Any])?["path"] as? String ?? ""
            }
        }
        let notices = try Self.corpusNotices()
        #expect(notices.count >= 48)
        #expect(seen.count == notices.count)
        #expect(Set(seen).count == notices.count)
    }

    /// The notices of `Corpus/notices`, as the batch finds them: every text, page and XML file.
    static func corpusNotices() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "Corpus/notices").filter { name in
            ["txt", "html", "xml"].contains((name as NSString).pathExtension)
        }
    }

    /// Each entry must be read as itself when a shard skips entries between the ones it reads.
    @Test func shardsOfAZipReadEachEntryAsItself() throws {
        let folder = try command.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zip = folder.appendingPathComponent("many.zip")
        let archive = try Archive(url: zip, accessMode: .create)
        for number in 1...120 {
            let data = Data("关于第\(number)号事项的通知\n\n各单位：\n\n现将有关事项通知如下。\n\n办公室\n2024年3月1日\n".utf8)
            try archive.addEntry(with: "n/\(number).txt", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        var titles = [String: String]()
        for shard in 1...3 {
            let run = try command.noticekit(["convert", zip.path, "--format", "ndjson", "--shard", "\(shard)/3", "--jobs", "1", "--quiet"])
            #expect(run.status == 0)
            for line in String(decoding: run.output, as: UTF8.self).split(separator: "\n") {
                let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let path = try #require((record["source"] as? [String: Any])?["path"] as? String)
                titles[path] = record["title"] as? String
            }
        }
        #expect(titles.count == 120)
        for number in 1...120 {
            #expect(titles[zip.path + "/n/\(number).txt"] == "关于第\(number)号事项的通知")
        }
    }

    @Test func includeAndExcludeGlobs() throws {
        let run = try command.noticekit(["convert", "Corpus/notices", "--format", "ndjson", "--include", "*.xml", "--exclude", "15-*", "--quiet"])
        let lines = String(decoding: run.output, as: UTF8.self).split(separator: "\n")
        let expected = try Self.corpusNotices().filter { $0.hasSuffix(".xml") && !$0.hasPrefix("15-") }
        #expect(expected.count >= 5)
        #expect(lines.count == expected.count)
    }
}
