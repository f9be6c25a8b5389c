import Foundation

/// One line of known-failures.txt: `file | case description | test description | reason`.
struct KnownFailure {
    let caseID: TestCaseID
    let reason: String
}

enum KnownFailures {
    /// Reads the list; blank lines and lines starting with "#" are skipped. A line without all four fields
    /// is an error, so a typo cannot silently drop an entry.
    static func load(from url: URL) throws -> [KnownFailure] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var failures: [KnownFailure] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.components(separatedBy: " | ")
            guard fields.count >= 4, !fields[3].isEmpty else {
                throw MalformedLine(number: number + 1, line: String(line))
            }
            let caseID = TestCaseID(file: fields[0], group: fields[1], test: fields[2])
            failures.append(KnownFailure(caseID: caseID, reason: fields[3...].joined(separator: " | ")))
        }
        return failures
    }

    struct MalformedLine: Error, CustomStringConvertible {
        let number: Int
        let line: String

        var description: String {
            "known-failures.txt line \(number) needs four fields, file | case | test | reason: \(line)"
        }
    }
}
