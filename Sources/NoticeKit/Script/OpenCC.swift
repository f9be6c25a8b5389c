import COpenCC
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
    static let charactersToSimplified = OpenCCConverter(resource: "t2s-characters", otherwise: "t2s.json")
    static let charactersToTraditional = OpenCCConverter(resource: "s2t-characters", otherwise: "s2t.json")

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
