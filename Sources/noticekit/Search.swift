import ArgumentParser
import Foundation
import NoticeIndex
import NoticeKit

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search an index made by `noticekit index`.",
        discussion: """
            Prints the best matches first, each with its title, number, issued date, issuers, a stretch of \
            text around the first match, and its path. Words may be in Simplified or Traditional script and \
            of any length; every word must match, and a run of Chinese matches as written. When more than \
            \(NoticeDatabase.rankedMatchLimit) notices match (after the filters), the \(NoticeDatabase.rankedMatchLimit) \
            indexed last are ranked. Exit status: 0 \
            (also when nothing matches), 1 when the index cannot be read, 2 for usage errors.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Words to find.")
    var words: [String] = []

    @Option(help: "The index file made by `noticekit index`.")
    var db: String

    @Option(help: "Only notices from this issuer: its printed name, in either script, or its official name.")
    var issuer: String?

    @Option(name: .customLong("type"), help: "Only notices of this type (文种), such as 通知.")
    var documentType: String?

    @Option(help: "Only notices issued on or after this day, YYYY-MM-DD.")
    var from: String?

    @Option(help: "Only notices issued on or before this day, YYYY-MM-DD.")
    var to: String?

    @Option(help: "Show at most this many notices.")
    var limit = 10

    @Option(help: "Print text for people, or JSON for machines.")
    var format: OutputFormat = .text

    private var issuedFrom: CalendarDate? { from.flatMap { CalendarDate($0) } }
    private var issuedTo: CalendarDate? { to.flatMap { CalendarDate($0) } }

    func validate() throws {
        if words.isEmpty { throw ValidationError("Name the words to search for, such as: noticekit search 质量月 --db notices.sqlite") }
        if limit <= 0 { throw ValidationError("--limit must be at least 1.") }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CalendarDate(value) == nil {
                throw ValidationError("\(name) \(value) is no date; write it YYYY-MM-DD, such as 2020-08-14.")
            }
        }
        if let from = issuedFrom, let to = issuedTo, to < from {
            throw ValidationError("--to \(to) is before --from \(from); nothing could match.")
        }
    }

    func run() throws {
        let query = SearchQuery(
            words.joined(separator: " "), issuer: issuer, documentType: documentType,
            issuedFrom: issuedFrom, issuedTo: issuedTo, limit: limit)
        guard query.isSearchable else {
            throw UsageError(description: "\"\(query.text)\" holds no letter, digit or Chinese character to search for.")
        }
        let results: [SearchResult]
        do {
            results = try find(query)
        } catch {
            throw error.reported()
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let output = Output(query: query.text, database: db, results: results)
            FileHandle.standardOutput.write(try encoder.encode(output) + Data("\n".utf8))
        case .text:
            if results.isEmpty { print("No notice in \(db) matches \(query.text).") }
            let marks = isatty(STDOUT_FILENO) == 1 ? ("\u{1B}[1m", "\u{1B}[22m") : ("[", "]")
            for (rank, result) in results.enumerated() {
                print(describe(result, rank: rank + 1, marks: marks))
            }
        }
    }

    private func find(_ query: SearchQuery) throws(IndexError) -> [SearchResult] {
        try NoticeDatabase.openForSearch(at: db).search(query)
    }

    private struct Output: Encodable {
        var query: String
        var database: String
        var results: [SearchResult]
    }

    private func describe(_ result: SearchResult, rank: Int, marks: (String, String)) -> String {
        var lines = ["\(rank). \(result.title ?? "(no title)")"]
        let facts = [result.documentType, result.documentNumber, result.issuedDate].compactMap { $0 }
        if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
        if !result.issuers.isEmpty {
            let shown = result.issuers.prefix(3).map(\.name).joined(separator: "、")
            lines.append(result.issuers.count > 3 ? "\(shown) and \(result.issuers.count - 3) more" : shown)
        }
        lines.append(marked(result.snippet, result.highlights, marks: marks))
        if let path = result.path { lines.append(path) }
        return lines.enumerated().map { $0.offset == 0 ? $0.element : "   " + $0.element }.joined(separator: "\n") + "\n"
    }

    private func marked(_ snippet: String, _ highlights: [Span], marks: (String, String)) -> String {
        let scalars = Array(snippet.unicodeScalars)
        var text = String.UnicodeScalarView()
        var position = 0
        for span in highlights {
            text.append(contentsOf: scalars[position..<span.start])
            text.append(contentsOf: marks.0.unicodeScalars)
            text.append(contentsOf: scalars[span.start..<span.end])
            text.append(contentsOf: marks.1.unicodeScalars)
            position = span.end
        }
        text.append(contentsOf: scalars[position...])
        return String(text)
    }
}
