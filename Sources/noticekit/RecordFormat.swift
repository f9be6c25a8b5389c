import ArgumentParser
import Foundation
import NoticeKit

/// How `convert` writes records.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable {
    case json, xml, ndjson

    var fileExtension: String { self == .xml ? "xml" : "json" }

    func encode(_ notice: Notice) throws -> Data {
        switch self {
        case .json: try NoticeJSON.encode(notice)
        case .xml: NoticeXML.encode(notice)
        case .ndjson: try NoticeJSON.encodeLine(notice)
        }
    }
}
