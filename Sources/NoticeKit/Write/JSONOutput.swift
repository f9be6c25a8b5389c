/// JSON text written straight into UTF-8 bytes.
///
/// A record is written once per input, so the generic route through `JSONEncoder` (a boxed tree of
/// every value, then a second walk to serialize and sort it) cost more than analysing the notice. The
/// layout is the one `JSONEncoder` gives with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`: two-space indents, `"key" : value`, an empty container as an opening line,
/// a blank line and a closing line. Callers write members in code-unit order of their keys, which is
/// the order `.sortedKeys` uses on Linux; debug builds check it.
public struct JSONOutput {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Whether the innermost open container already holds a member, so the next one needs a comma.
    private var hasMembers = false
    #if DEBUG
    private var lastKeys: [String?] = []
    #endif

    public init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    public mutating func object(_ writeMembers: (inout JSONOutput) -> Void) {
        open(UInt8(ascii: "{"))
        writeMembers(&self)
        close(UInt8(ascii: "}"))
    }

    public mutating func member(_ key: String, _ value: String?) {
        self.key(key)
        if let value { quoted(value) } else { null() }
    }

    public mutating func member(_ key: String, _ value: Int?) {
        self.key(key)
        if let value { bytes.append(contentsOf: String(value).utf8) } else { null() }
    }

    public mutating func member(_ key: String, _ value: (some JSONWritable)?) {
        self.key(key)
        if let value { value.write(to: &self) } else { null() }
    }

    public mutating func member(_ key: String, _ values: [String]) {
        self.key(key)
        array(values) { $0.quoted($1) }
    }

    public mutating func member(_ key: String, _ values: [some JSONWritable]) {
        self.key(key)
        array(values) { $1.write(to: &$0) }
    }

    /// An object of strings, its keys sorted as the record's own are.
    public mutating func member(_ key: String, _ values: [String: String]) {
        self.key(key)
        object { json in
            for key in values.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                json.member(key, values[key])
            }
        }
    }

    private mutating func array<Element>(_ elements: [Element], _ writeElement: (inout JSONOutput, Element) -> Void) {
        open(UInt8(ascii: "["))
        for element in elements {
            startValue()
            writeElement(&self, element)
        }
        close(UInt8(ascii: "]"))
    }

    private mutating func key(_ name: String) {
        #if DEBUG
        if let last = lastKeys[lastKeys.count - 1] {
            assert(last.utf8.lexicographicallyPrecedes(name.utf8), "JSON keys out of order: \(last) before \(name)")
        }
        lastKeys[lastKeys.count - 1] = name
        #endif
        startValue()
        quoted(name)
        if pretty {
            bytes.append(0x20)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(0x20)
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
    }

    private mutating func null() {
        bytes.append(contentsOf: "null".utf8)
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasMembers = false
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            if !hasMembers { bytes.append(0x0A) }
            newline()
        }
        bytes.append(bracket)
        hasMembers = true
        #if DEBUG
        lastKeys.removeLast()
        #endif
    }

    private mutating func startValue() {
        if hasMembers { bytes.append(UInt8(ascii: ",")) }
        hasMembers = true
        if pretty { newline() }
    }

    /// Indentation is appended from a run of spaces, not from `repeatElement`, which went element by element.
    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private mutating func newline() {
        bytes.append(0x0A)
        var indent = 2 * depth
        while indent > 0 {
            let run = min(indent, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[..<run])
            indent -= run
        }
    }

    /// Quotes and escapes: the quote, the backslash and the C0 controls; everything else, slashes and
    /// non-ASCII included, goes through as UTF-8.
    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var offset = 0
            while offset < utf8.count {
                // A record's text is long and almost never needs an escape: eight bytes that hold none
                // are passed over at once.
                if offset + 8 <= utf8.count,
                    !Self.mayNeedEscape(UnsafeRawPointer(utf8.baseAddress! + offset).loadUnaligned(as: UInt64.self))
                {
                    offset += 8
                    continue
                }
                let byte = utf8[offset]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
                    escape(byte)
                    runStart = offset + 1
                }
                offset += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes is a C0 control, a quote or a backslash, by the bit tests for a byte
    /// below a bound and a zero byte: exact for every byte value, so a false answer is never wrong.
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let control = (word &- ones &* 0x20) & ~word & highs != 0
        return control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    private mutating func escape(_ byte: UInt8) {
        let short: UInt8? = switch byte {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        default: nil
        }
        bytes.append(UInt8(ascii: "\\"))
        if let short {
            bytes.append(short)
        } else {
            let digits = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: "u00".utf8)
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
    }
}

/// A value of the record that writes itself as JSON.
public protocol JSONWritable {
    func write(to json: inout JSONOutput)
}
