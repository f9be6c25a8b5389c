import Foundation

/// JSON text written straight into UTF-8 bytes.
///
/// A record is written once per input, so the generic route through `JSONEncoder` (a boxed tree of
/// every value, then a second walk to serialize and sort it) cost more than analysing the notice. The
/// layout is the one `JSONEncoder` gives with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`: two-space indents, `"key" : value`, an empty container as an opening line,
/// a blank line and a closing line. Callers write members in code-unit order of their keys, which is
/// the order `.sortedKeys` uses on Linux; debug builds check it.
///
/// The bytes live in memory the writer owns, and every write goes through a pointer after one capacity
/// check. Appending to an array checked uniqueness and capacity byte by byte: writing a record cost 18
/// instructions for each byte written. The writer cannot be copied, so nothing else can hold that memory.
public struct JSONOutput: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private let pretty: Bool
    private var depth = 0
    /// Whether the innermost open container already holds a member, so the next one needs a comma.
    private var hasMembers = false
    #if DEBUG
    private var lastKeys: [String?] = []
    #endif

    public init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        self.capacity = max(capacity, 256)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    /// The JSON written so far.
    public var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// The JSON written so far, with a line feed after it when `lineFeed` is set.
    public func data(lineFeed: Bool = false) -> Data {
        var data = Data(capacity: count + 1)
        data.append(start, count: count)
        if lineFeed { data.append(0x0A) }
        return data
    }

    public mutating func object(_ writeMembers: (inout JSONOutput) -> Void) {
        open(UInt8(ascii: "{"))
        writeMembers(&self)
        close(UInt8(ascii: "}"))
    }

    public mutating func member(_ key: StaticString, _ value: String?) {
        self.key(key)
        if let value { quoted(value) } else { null() }
    }

    public mutating func member(_ key: StaticString, _ value: Int?) {
        self.key(key)
        if let value { integer(value) } else { null() }
    }

    public mutating func member(_ key: StaticString, _ value: (some JSONWritable)?) {
        self.key(key)
        if let value { value.write(to: &self) } else { null() }
    }

    public mutating func member(_ key: StaticString, _ values: [String]) {
        self.key(key)
        array(values) { $0.quoted($1) }
    }

    public mutating func member(_ key: StaticString, _ values: [some JSONWritable]) {
        self.key(key)
        array(values) { $1.write(to: &$0) }
    }

    /// An object of strings, its keys sorted as the record's own are.
    public mutating func member(_ key: StaticString, _ values: [String: String]) {
        self.key(key)
        object { json in
            for key in values.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                json.startMember(named: key)
                json.quoted(key)
                json.separateKey()
                json.quoted(values[key]!)
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

    /// A key known when the package is built: it never needs an escape, so its bytes go through as they are.
    private mutating func key(_ name: StaticString) {
        let utf8 = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        startMember(named: String(decoding: utf8, as: UTF8.self))
        reserve(utf8.count + 5)
        put(UInt8(ascii: "\""))
        put(utf8)
        put(UInt8(ascii: "\""))
        separateKey()
    }

    private mutating func startMember(named name: @autoclosure () -> String) {
        #if DEBUG
        let name = name()
        if let last = lastKeys[lastKeys.count - 1] {
            assert(last.utf8.lexicographicallyPrecedes(name.utf8), "JSON keys out of order: \(last) before \(name)")
        }
        lastKeys[lastKeys.count - 1] = name
        #endif
        startValue()
    }

    private mutating func separateKey() {
        reserve(3)
        if pretty {
            put(0x20)
            put(UInt8(ascii: ":"))
            put(0x20)
        } else {
            put(UInt8(ascii: ":"))
        }
    }

    private mutating func null() {
        let word: StaticString = "null"
        append(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// Decimal digits, written backwards into place and then turned round.
    private mutating func integer(_ value: Int) {
        reserve(20)
        if value < 0 { put(UInt8(ascii: "-")) }
        let first = count
        var rest = value.magnitude
        repeat {
            put(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        var digits = UnsafeMutableBufferPointer(start: start + first, count: count - first)
        digits.reverse()
    }

    private mutating func open(_ bracket: UInt8) {
        append(bracket)
        depth += 1
        hasMembers = false
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            if !hasMembers { append(0x0A) }
            newline()
        }
        append(bracket)
        hasMembers = true
        #if DEBUG
        lastKeys.removeLast()
        #endif
    }

    private mutating func startValue() {
        if hasMembers { append(UInt8(ascii: ",")) }
        hasMembers = true
        if pretty { newline() }
    }

    /// A line break and the indentation after it are one prefix of this constant: a static string costs
    /// no lazy initialization, where a static array checked its `swift_once` on every line.
    private static let lineBreak: StaticString = "\n                                                                "

    private mutating func newline() {
        let line = UnsafeBufferPointer(start: Self.lineBreak.utf8Start, count: Self.lineBreak.utf8CodeUnitCount)
        var indent = 2 * depth
        append(UnsafeBufferPointer(rebasing: line[..<min(1 + indent, line.count)]))
        indent -= line.count - 1
        while indent > 0 {
            append(UnsafeBufferPointer(rebasing: line[1..<min(1 + indent, line.count)]))
            indent -= line.count - 1
        }
    }

    /// Quotes and escapes: the quote, the backslash and the C0 controls; everything else, slashes and
    /// non-ASCII included, goes through as UTF-8.
    private mutating func quoted(_ text: String) {
        append(UInt8(ascii: "\""))
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
                    append(UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
                    escape(byte)
                    runStart = offset + 1
                }
                offset += 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        append(UInt8(ascii: "\""))
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
        reserve(6)
        put(UInt8(ascii: "\\"))
        if let short {
            put(short)
        } else {
            let digits: StaticString = "0123456789abcdef"
            put(UInt8(ascii: "u"))
            put(UInt8(ascii: "0"))
            put(UInt8(ascii: "0"))
            put(digits.utf8Start[Int(byte >> 4)])
            put(digits.utf8Start[Int(byte & 0x0F)])
        }
    }

    private mutating func append(_ byte: UInt8) {
        reserve(1)
        put(byte)
    }

    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        reserve(buffer.count)
        put(buffer)
    }

    /// Writes without a capacity check: callers reserve first.
    private mutating func put(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    private mutating func put(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        (start + count).initialize(from: base, count: buffer.count)
        count += buffer.count
    }

    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toHold: count + extra) }
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        capacity = max(capacity * 2, needed)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.initialize(from: start, count: count)
        start.deallocate()
        start = larger
    }
}

/// A value of the record that writes itself as JSON.
public protocol JSONWritable {
    func write(to json: inout JSONOutput)
}
