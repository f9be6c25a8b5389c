import Foundation
import NoticeKit

/// Times each stage of the pipeline over every notice in Corpus/, repeated, on one thread, and prints
/// the share of a conversion each stage takes. Run: swift run -c release pipeline-benchmark [ROUNDS] [EXTENSION]
/// where EXTENSION (txt, html or xml) keeps only the notices of that format.
let arguments = CommandLine.arguments.dropFirst()
let rounds = arguments.first.flatMap(Int.init) ?? 20
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let corpus = root.appendingPathComponent("Corpus")
let extensions: Set<String> = arguments.dropFirst().first.map { [$0] } ?? ["txt", "html", "xml"]
var inputs = [(name: String, bytes: [UInt8])]()
if let walker = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) {
    for case let url as URL in walker where extensions.contains(url.pathExtension) {
        if let data = try? Data(contentsOf: url) { inputs.append((url.lastPathComponent, [UInt8](data))) }
    }
}
inputs.sort { $0.name < $1.name }

let stages = ["decode", "read", "analyze", "detect damage", "write JSON"]
var elapsed = [Duration](repeating: .zero, count: stages.count)
let clock = ContinuousClock()
let analyzer = NoticeAnalyzer()
// One untimed pass loads the tables built once per process (script tables, gazetteer, lexicon).
for input in inputs { _ = try? NoticeConverter().convert(input.bytes, path: nil) }

for _ in 0..<rounds {
    for input in inputs {
        var start = clock.now
        let decoded = TextDecoder().decode(input.bytes)
        elapsed[0] += clock.now - start

        start = clock.now
        let document: ReadDocument
        switch FormatSniffer.format(of: decoded.text, path: input.name) {
        case .text: document = TextReader().read(decoded.text)
        case .html: document = HTMLReader().read(decoded.text)
        case .xml: document = XMLReader().read(decoded.text)
        }
        elapsed[1] += clock.now - start

        start = clock.now
        let analysis = analyzer.analyze(document)
        elapsed[2] += clock.now - start

        start = clock.now
        let damage = MojibakeDetector().damage(in: analysis.text)
        elapsed[3] += clock.now - start

        start = clock.now
        let notice = Notice(
            source: Source(path: input.name, format: .text, encoding: decoded.encoding.rawValue, sha256: "", byteCount: input.bytes.count),
            script: analysis.script, title: analysis.title, sections: analysis.sections, text: analysis.text,
            diagnostics: analysis.diagnostics + damage.map(\.diagnostic))
        _ = NoticeJSON.encode(notice)
        elapsed[4] += clock.now - start
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
let total = elapsed.map(seconds).reduce(0, +)
let pages = inputs.count * rounds
print("pipeline-benchmark: \(inputs.count) corpus files × \(rounds) rounds = \(pages) conversions on one thread")
for (stage, time) in zip(stages, elapsed) {
    let share = seconds(time) / total * 100
    let name = stage.padding(toLength: 14, withPad: " ", startingAt: 0)
    print("  \(name)" + String(format: "%8.3f ms/page  %5.1f%%", seconds(time) / Double(pages) * 1000, share))
}
print("  " + "total".padding(toLength: 14, withPad: " ", startingAt: 0)
    + String(format: "%8.3f ms/page  %.0f pages/s", total / Double(pages) * 1000, Double(pages) / total))
