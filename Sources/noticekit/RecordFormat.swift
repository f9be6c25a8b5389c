import ArgumentParser
import Foundation
import NoticeIndex
import NoticeKit

/// How `convert` writes records.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case json, xml, ndjson
    /// OpenSearch/Elasticsearch `_bulk` lines: an action line, then the document flattened for search.
    case bulk

    var fileExtension: String { self == .xml ? "xml" : "json" }

    /// One record per line on standard output rather than one file per input.
    var isStream: Bool { self == .ndjson || self == .bulk }

    /// `bulkIndex` is the index the `_bulk` action lines name.
    func encode(_ notice: Notice, bulkIndex: String = "notices") throws -> Data {
        switch self {
        case .json: NoticeJSON.encode(notice)
        case .xml: NoticeXML.encode(notice)
        case .ndjson: NoticeJSON.encodeLine(notice)
        case .bulk: try BulkDocument.lines(for: notice, index: bulkIndex)
        }
    }
}
