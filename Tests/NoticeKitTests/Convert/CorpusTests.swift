import Foundation
import Testing
@testable import NoticeKit

/// Every notice in `Corpus/notices/` against the fields its author wrote down by hand in
/// `NAME.expected.json`.
@Suite struct CorpusTests {
    struct Expected: Decodable {
        var title: String?
        var documentType: String?
        var documentNumber: String?
        var issuedDate: String?
        var issuers: [ExpectedOrganization]
        var recipients: [Recipient]
        var sections: [ExpectedSection]
        var attachments: [ExpectedAttachment]
        var contacts: [Contact]
        var dates: [ExpectedDate]
        var copyTo: [String]
        var printed: ExpectedPrinting?
        var note: String?
        var requiredDiagnostics: [String]
    }

    struct ExpectedOrganization: Decodable, Equatable {
        var name: String
        var canonicalName: String?
    }

    struct ExpectedSection: Decodable, Equatable {
        var label: String
        var level: Int
        var ordinal: Int
        var heading: String
        var children: [ExpectedSection]
    }

    struct ExpectedAttachment: Decodable, Equatable {
        var ordinal: Int?
        var title: String
    }

    struct ExpectedDate: Decodable, Equatable {
        var text: String
        var value: String
        var role: DateMention.Role
    }

    struct ExpectedPrinting: Decodable, Equatable {
        var organization: String?
        var date: String?
    }

    static let notices = CorpusFiles.names(in: "notices", endingWith: ".expected.json").map {
        String($0.dropLast(".expected.json".count))
    }

    static func input(for stem: String) -> String? {
        ["txt", "html", "xml"].map { "\(stem).\($0)" }
            .first { FileManager.default.fileExists(atPath: CorpusFiles.root.appendingPathComponent($0).path) }
    }

    @Test func corpusHoldsTheNotices() {
        #expect(Self.notices.count >= 16)
        #expect(Self.notices.allSatisfy { Self.input(for: $0) != nil })
    }

    @Test(arguments: notices)
    func matchesItsExpectedFields(_ stem: String) throws {
        let expected = try JSONDecoder().decode(Expected.self, from: Data(try CorpusFiles.bytes(stem + ".expected.json")))
        let path = try #require(Self.input(for: stem))
        let notice = try NoticeConverter().convert(try CorpusFiles.bytes(path), path: path)

        #expect(notice.title == expected.title)
        #expect(notice.documentType == expected.documentType)
        #expect(notice.documentNumber == expected.documentNumber)
        #expect(notice.issuedDate == expected.issuedDate)
        #expect(notice.issuers.map { ExpectedOrganization(name: $0.name, canonicalName: $0.canonicalName) } == expected.issuers)
        #expect(notice.recipients == expected.recipients)
        #expect(notice.sections.map(Self.outline) == expected.sections)
        #expect(notice.attachments.map { ExpectedAttachment(ordinal: $0.ordinal, title: $0.title) } == expected.attachments)
        #expect(notice.contacts == expected.contacts)
        #expect(notice.dates.map { ExpectedDate(text: $0.text, value: $0.value, role: $0.role) } == expected.dates)
        #expect(notice.copyTo.map(\.name) == expected.copyTo)
        #expect(notice.printed.map { ExpectedPrinting(organization: $0.organization?.name, date: $0.date) } == expected.printed)
        #expect(notice.note == expected.note)
        let codes = Set(notice.diagnostics.map(\.code))
        // A clean notice reports no damage; a damaged one, in the reference notice's manner, reports it.
        for code in ["missing-title", "issuer-count-mismatch", "mojibake"] {
            #expect(codes.contains(code) == expected.requiredDiagnostics.contains(code), "diagnostic \(code)")
        }
    }

    static func outline(_ section: Section) -> ExpectedSection {
        ExpectedSection(
            label: section.label, level: section.level, ordinal: section.ordinal, heading: section.heading,
            children: section.children.map(outline))
    }
}
