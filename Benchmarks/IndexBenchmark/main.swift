import Foundation
import NoticeIndex
import NoticeKit

/// Indexes the corpus's records, multiplied to RECORDS (default 100,000) with distinct sha256s, into a
/// temporary file on one thread, then times searches of one to four characters taken from the corpus.
/// Run: swift run -c release index-benchmark [RECORDS] [QUERIES]
let arguments = CommandLine.arguments.dropFirst()
let recordCount = arguments.first.flatMap { Int($0) } ?? 100_000
let queryCount = arguments.dropFirst().first.flatMap { Int($0) } ?? 400
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let corpus = root.appendingPathComponent("Corpus")

var loaded = [Notice]()
for path in (FileManager.default.subpaths(atPath: corpus.path) ?? []).sorted()
where ["txt", "html", "xml"].contains((path as NSString).pathExtension) {
    if let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(path).path),
        let notice = try? NoticeConverter().convert([UInt8](data), path: path) {
        loaded.append(notice)
    }
}
let originals = loaded
guard !originals.isEmpty else {
    FileHandle.standardError.write(Data("index-benchmark: no notices under \(corpus.path)\n".utf8))
    exit(1)
}

/// The corpus record for `number`, under its own path and sha256, as if it were another notice.
func record(_ number: Int, from originals: [Notice]) -> Notice {
    var notice = originals[number % originals.count]
    notice.source.sha256 = NoticeConverter.sha256(of: Array("record \(number)".utf8))
    notice.source.path = "copy-\(number / originals.count)/" + (notice.source.path ?? "")
    return notice
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("index-benchmark-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let path = folder.appendingPathComponent("notices.sqlite").path

/// Seconds of CPU this process has used: on a busy machine, wall-clock time also counts the waits for a core.
func processorSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let clock = ContinuousClock()
var textBytes = 0
let processorAtStart = processorSeconds()
let database = try NoticeDatabase.openForIndexing(at: path)
let indexing = try clock.measure {
    var batch = [Notice]()
    for number in 0..<recordCount {
        let notice = record(number, from: originals)
        textBytes += notice.text.utf8.count
        batch.append(notice)
        if batch.count == NoticeDatabase.batchSize {
            try database.save(batch)
            batch.removeAll(keepingCapacity: true)
        }
    }
    try database.save(batch)
}
let merging = try clock.measure { try database.finishIndexing(added: recordCount) }
let processor = processorSeconds() - processorAtStart
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
let total = seconds(indexing) + seconds(merging)
let fileBytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0

/// Queries as people type them: one to four consecutive Han characters from a corpus notice, chosen by
/// a fixed-seed generator so every run times the same queries.
struct SplitMix {
    var state: UInt64

    mutating func next() -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
    }
}
var generator = SplitMix(state: 2020)
let texts = originals.map { Array($0.text.unicodeScalars) }
func isHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }
var queries = [String]()
while queries.count < queryCount {
    let text = texts[generator.next() % texts.count]
    let length = 1 + queries.count % 4
    guard text.count > length else { continue }
    let start = generator.next() % (text.count - length)
    let slice = text[start..<(start + length)]
    if slice.allSatisfy(isHan) { queries.append(String(String.UnicodeScalarView(slice))) }
}

let search = try NoticeDatabase.openForSearch(at: path)
_ = try search.search(SearchQuery(queries[0]))
var latencies = [Double]()
var found = 0
for query in queries {
    var results = [SearchResult]()
    let elapsed = try clock.measure { results = try search.search(SearchQuery(query)) }
    latencies.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
    if !results.isEmpty { found += 1 }
}
latencies.sort()
func percentile(_ p: Double, of sorted: [Double]) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }

func format(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
print("records:        \(recordCount) (\(originals.count) corpus records, multiplied)")
print("indexing:       \(format(total, 1)) s, \(format(Double(recordCount) / total, 0)) records/s (one thread; the final FTS5 merge took \(format(seconds(merging), 1)) s of it)")
print("                \(format(processor, 1)) s of CPU, \(format(Double(recordCount) / processor, 0)) records per CPU second")
print("text:           \(format(Double(textBytes) / 1_048_576, 1)) MiB of record text (UTF-8)")
print("index file:     \(format(Double(fileBytes) / 1_048_576, 1)) MiB, \(format(Double(fileBytes) / Double(textBytes), 2))× the text")
print("queries:        \(queries.count) of 1–4 characters, \(found) with results, 10 results each with snippets")
print("latency:        p50 \(format(percentile(0.5, of: latencies), 2)) ms, p99 \(format(percentile(0.99, of: latencies), 2)) ms, max \(format(latencies.last ?? 0, 2)) ms")
