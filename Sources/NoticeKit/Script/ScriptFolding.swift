/// Script detection and folding to Simplified, for matching and for search; printed fields keep their script.
public enum ScriptFolding {
    /// The text in Simplified script (phrase-level OpenCC `t2s`). Text without a character that only
    /// Traditional writes is returned as it is, without a call into OpenCC.
    public static func simplified(_ text: String) -> String {
        let tables = ScriptTables.shared
        guard text.unicodeScalars.contains(where: tables.isTraditionalOnly) else { return text }
        return OpenCCConverter.toSimplified.convert(text)
    }

    /// Character by character to Simplified, with OpenCC's own character table: for matching keywords
    /// and names, where the cost of a phrase-level conversion buys nothing.
    public static func matchingKey(_ text: String) -> String {
        let tables = ScriptTables.shared
        guard text.unicodeScalars.contains(where: tables.isTraditionalOnly) else { return text }
        return String(scalars: text.unicodeScalars.map(tables.simplified))
    }

    /// `matchingKey` on scalars: one scalar for each, so offsets into the printed text still hold.
    /// Scalars without a Traditional-only character are their own key; an array is then shared, not copied.
    static func matchingKey(_ scalars: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
        let tables = ScriptTables.shared
        guard scalars.contains(where: tables.isTraditionalOnly) else { return Array(scalars) }
        return scalars.map(tables.simplified)
    }

    /// `Hant` when the text has characters that only Traditional writes and (almost) none that only
    /// Simplified writes; `Hans` the other way round; `mixed` when both are common.
    public static func script(of text: String) -> Script {
        script(of: [text.unicodeScalars])
    }

    /// `script(of:)` for text held in pieces.
    static func script(of pieces: [some Sequence<Unicode.Scalar>]) -> Script {
        let tables = ScriptTables.shared
        var counts = ScriptCounts()
        for piece in pieces {
            for scalar in piece {
                if tables.isTraditionalOnly(scalar) { counts.traditionalOnly += 1 }
                if tables.isSimplifiedOnly(scalar) { counts.simplifiedOnly += 1 }
            }
        }
        return counts.script
    }
}

/// How many characters of a text only one script writes, each way.
struct ScriptCounts {
    var traditionalOnly = 0
    var simplifiedOnly = 0

    static func + (left: ScriptCounts, right: ScriptCounts) -> ScriptCounts {
        ScriptCounts(traditionalOnly: left.traditionalOnly + right.traditionalOnly, simplifiedOnly: left.simplifiedOnly + right.simplifiedOnly)
    }

    var script: Script {
        if traditionalOnly == 0 && simplifiedOnly == 0 { return .simplified }
        if traditionalOnly >= simplifiedOnly * 8 { return .traditional }
        if simplifiedOnly >= traditionalOnly * 8 { return .simplified }
        return .mixed
    }
}

/// Which characters OpenCC changes in each direction, read out of its character tables once. A character
/// the Traditional-to-Simplified table changes is written only in Traditional; one the other table
/// changes, only in Simplified.
struct ScriptTables: Sendable {
    static let shared = ScriptTables()

    private var traditional = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var simplified = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// The one-character Simplified form of each Traditional-only character, by code point; 0 where
    /// there is none. A flat table: folding runs on every character the analyzer looks at.
    private var toSimplified = [UInt32](repeating: 0, count: 0x10000)

    private init() {
        let characters = (0x3400...0x9FFF).compactMap(Unicode.Scalar.init).filter { !(0x4DC0...0x4DFF).contains($0.value) }
        let simplifiedForms = Self.forms(of: characters, listing: OpenCCConverter.simplifyingCharacters, otherwise: .charactersToSimplified)
        Self.mark(characters, changedTo: simplifiedForms, into: &traditional)
        let traditionalForms = Self.forms(of: characters, listing: OpenCCConverter.traditionalizingCharacters, otherwise: .charactersToTraditional)
        Self.mark(characters, changedTo: traditionalForms, into: &simplified)
        for (character, form) in zip(characters, simplifiedForms) where isTraditionalOnly(character) {
            if let single = form { toSimplified[Int(character.value)] = single.value }
        }
    }

    /// What OpenCC makes of each character, from the shipped table's entries: a character without one
    /// stays itself, as converting it would leave it. Without the shipped table, each character is
    /// converted with `converter`.
    static func forms(
        of characters: [Unicode.Scalar], listing resource: String, otherwise converter: @autoclosure () -> OpenCCConverter
    ) -> [Unicode.Scalar?] {
        guard let table = OpenCCConverter.characterForms(resource: resource) else { return convertEach(characters, with: converter()) }
        return characters.map { table[$0] ?? $0 }
    }

    /// What OpenCC makes of each character: its one-character form, or nil where it wrote more or fewer.
    /// `runTogether` false converts line by line whatever the configuration, as tests compare.
    static func convertEach(
        _ characters: [Unicode.Scalar], with converter: OpenCCConverter, runTogether: Bool = true
    ) -> [Unicode.Scalar?] {
        if runTogether, converter.convertsCharacterByCharacter {
            // Run together, as one segment: a character table writes one character for each, in place.
            let converted = Array(converter.convert(String(scalars: characters)).unicodeScalars)
            if converted.count == characters.count { return converted }
        }
        // One character a line: OpenCC's segmentation never joins across a line break.
        var list = [UInt8]()
        list.reserveCapacity(characters.count * 4)
        for character in characters {
            UTF8.encode(character) { list.append($0) }
            list.append(0x0A)
        }
        return singleScalars(converter.convert(String(decoding: list, as: UTF8.self)))
    }

    private static func mark(_ characters: [Unicode.Scalar], changedTo forms: [Unicode.Scalar?], into bits: inout [UInt64]) {
        guard forms.count >= characters.count else { return }
        for (character, form) in zip(characters, forms) where form != character {
            bits[Int(character.value) >> 6] |= 1 << (UInt64(character.value) & 63)
        }
    }

    /// Each line of OpenCC's output as its one scalar, or nil where OpenCC wrote more or fewer. Scanned
    /// as scalars: splitting 27,000 lines as `Substring`s cost a seventh of building the tables.
    private static func singleScalars(_ converted: String) -> [Unicode.Scalar?] {
        var lines = [Unicode.Scalar?]()
        var current: Unicode.Scalar?
        var length = 0
        for scalar in converted.unicodeScalars {
            if scalar == "\n" {
                lines.append(length == 1 ? current : nil)
                length = 0
                continue
            }
            length += 1
            current = scalar
        }
        lines.append(length == 1 ? current : nil)
        return lines
    }

    func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value < 0x10000 else { return scalar }
        let folded = toSimplified[Int(scalar.value)]
        return folded == 0 ? scalar : Unicode.Scalar(folded)!
    }

    func isTraditionalOnly(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x3400 && scalar.value < 0x10000 && traditional[Int(scalar.value) >> 6] & (1 << (UInt64(scalar.value) & 63)) != 0
    }

    func isSimplifiedOnly(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x3400 && scalar.value < 0x10000 && simplified[Int(scalar.value) >> 6] & (1 << (UInt64(scalar.value) & 63)) != 0
    }
}
