/// A string compared and hashed by its code points.
///
/// JSON compares strings by code points, while Swift's `String` equates canonically equivalent ones;
/// object keys and string values go through this wrapper so that "ä" (U+00E4) and "a" + U+0308 stay apart.
struct ExactString: Hashable, Sendable {
    let value: String

    init(_ value: String) {
        self.value = value
    }

    static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        lhs.value.utf8.elementsEqual(rhs.value.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = value
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
