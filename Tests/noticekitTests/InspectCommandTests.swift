import Foundation
import Testing

/// The `noticekit inspect` command as a user runs it: exit status, what it prints, the page it writes.
@Suite struct InspectCommandTests {
    static let packageRoot = CommandRunner.packageRoot
    static let reference = "Corpus/reference/reference-notice.txt"

    func noticekit(_ arguments: [String]) throws -> CommandRunner.Run {
        try CommandRunner.noticekit(arguments)
    }

    /// Columns in a terminal, for the characters the reference notice's outline holds: CJK ideographs and
    /// punctuation and full-width forms take two, everything else it uses (box drawing, `…`, `→`) one.
    func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { sum, scalar in
            sum + ((0x3000...0x9FFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value) ? 2 : 1)
        }
    }

    @Test func printsThePlainOutlineInEightyColumnsWhenPiped() throws {
        let run = try noticekit(["inspect", Self.reference])
        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        #expect(run.text.hasPrefix("\(Self.reference)  text · UTF-8 · Hant\n├─ title   —\n"))
        #expect(!run.text.contains("\u{1B}"), "no colors into a pipe")
        let lines = run.text.split(separator: "\n")
        #expect(lines.contains { columns($0) == 80 }, "long lines are cut at the width, not before")
        #expect(lines.allSatisfy { columns($0) <= 80 })
        #expect(run.text.contains("⟦?!比蝿?⟧"))
    }

    @Test func theWidthOptionFitsTheOutline() throws {
        let run = try noticekit(["inspect", Self.reference, "--width", "44"])
        #expect(run.status == 0)
        #expect(run.text.split(separator: "\n").allSatisfy { columns($0) <= 44 })
    }

    @Test func writesTheAnnotatedPage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("noticekit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")

        let run = try noticekit(["inspect", Self.reference, "--html", page.path])
        #expect(run.status == 0)
        #expect(run.text.isEmpty)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("data-ref=\"issuer-3\""))

        let piped = try noticekit(["inspect", Self.reference, "--html", "-"])
        #expect(piped.status == 0)
        #expect(piped.text == html)
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try noticekit(["inspect"]).status == 2)
        let narrow = try noticekit(["inspect", Self.reference, "--width", "5"])
        #expect(narrow.status == 2)
        #expect(narrow.error.contains("--width 5 is too narrow"))
        let folder = try noticekit(["inspect", "Corpus/reference"])
        #expect(folder.status == 2)
        #expect(folder.error.contains("Corpus/reference is a folder"))
    }

    @Test func failuresNameTheFile() throws {
        let missing = try noticekit(["inspect", "no-such-notice.txt"])
        #expect(missing.status == 1)
        #expect(missing.error.contains("no-such-notice.txt: cannot read the file (there is no such file)"))
        let unwritable = try noticekit(["inspect", Self.reference, "--html", "/no-such-folder/page.html"])
        #expect(unwritable.status == 1)
        #expect(unwritable.error.contains("/no-such-folder/page.html: cannot write the page"))
    }
}
