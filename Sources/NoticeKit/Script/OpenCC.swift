import COpenCC
import COpenCCDictionary
import Foundation

/// The one place that touches OpenCC: conversion between scripts through Debian's libopencc.
///
/// A converter is opened once per configuration and then only read; OpenCC documents conversion as
/// thread-safe, so one instance serves every thread.
final class OpenCCConverter: @unchecked Sendable {
    private let handle: opencc_t?

    /// `t2s.json`: Traditional to Simplified, with phrases (乾隆 stays 乾隆).
    static let toSimplified = OpenCCConverter(configuration: "t2s.json")
    /// OpenCC's character tables alone, each way, for telling the scripts apart character by character.
    /// Opening the phrase dictionaries and segmenting with them cost twice as much, and changed no
    /// single character's conversion.
    ///
    /// These configurations segment with `no-phrases.txt`, a dictionary of one entry. Segmentation only
    /// decides where conversion starts its next match, and a table whose every key is one character
    /// matches character by character wherever it starts, so segmenting with the table itself looked up
    /// every character twice for nothing.
    static let charactersToSimplified = OpenCCConverter(resource: simplifyingCharacters, otherwise: "t2s.json")
    static let charactersToTraditional = OpenCCConverter(resource: traditionalizingCharacters, otherwise: "s2t.json")
    /// The shipped configurations of OpenCC's character tables.
    static let simplifyingCharacters = "t2s-characters"
    static let traditionalizingCharacters = "s2t-characters"

    /// Whether the converter writes exactly one character for each character it reads: the shipped
    /// character tables do, OpenCC's stock phrase configurations do not.
    let convertsCharacterByCharacter: Bool

    /// A configuration shipped with NoticeKit; its dictionaries are found where OpenCC keeps its own. Without
    /// the file, OpenCC's stock configuration gives the same characters at the higher cost.
    private convenience init(resource: String, otherwise stock: String) {
        let shipped = Bundle.module.path(forResource: resource, ofType: "json")
        self.init(configuration: shipped ?? stock, characterByCharacter: shipped != nil)
    }

    private init(configuration: String, characterByCharacter: Bool = false) {
        let opened = opencc_open(configuration)
        handle = Int(bitPattern: opened) == -1 ? nil : opened
        convertsCharacterByCharacter = characterByCharacter && handle != nil
    }

    deinit {
        if let handle { opencc_close(handle) }
    }

    /// What a shipped configuration's dictionary writes for each single character it has an entry for,
    /// read from the entries: a few thousand, where converting character by character looked up every
    /// one of 27,000. The form is nil where the entry writes more or fewer than one character. Nil when
    /// the configuration is not shipped, or OpenCC cannot open it or list its dictionary.
    static func characterForms(resource: String) -> [Unicode.Scalar: Unicode.Scalar?]? {
        guard let path = Bundle.module.path(forResource: resource, ofType: "json") else { return nil }
        var forms = [Unicode.Scalar: Unicode.Scalar?]()
        let status = withUnsafeMutablePointer(to: &forms) { pointer in
            noticekit_opencc_dictionary_entries(path, pointer) { context, key, keyLength, value, valueLength in
                guard let context, let key, let value else { return }
                let keys = String(decoding: UnsafeRawBufferPointer(start: key, count: keyLength), as: UTF8.self).unicodeScalars
                guard keys.count == 1, let character = keys.first else { return }
                let written = String(decoding: UnsafeRawBufferPointer(start: value, count: valueLength), as: UTF8.self).unicodeScalars
                context.assumingMemoryBound(to: [Unicode.Scalar: Unicode.Scalar?].self).pointee
                    .updateValue(written.count == 1 ? written.first : nil, forKey: character)
            }
        }
        return status == 0 ? forms : nil
    }

    func convert(_ text: String) -> String {
        guard let handle, !text.isEmpty else { return text }
        var utf8 = Array(text.utf8)
        let length = utf8.count
        utf8.append(0)
        let converted = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { opencc_convert_utf8(handle, $0.baseAddress, length) }
        }
        guard let converted else { return text }
        defer { opencc_convert_utf8_free(converted) }
        return String(cString: converted)
    }
}
