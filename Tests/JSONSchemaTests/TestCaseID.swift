/// A test of the official suite, named the way known-failures.txt names it.
struct TestCaseID: Hashable, CustomStringConvertible {
    let file: String
    let group: String
    let test: String

    var description: String { "\(file) | \(group) | \(test)" }
}
