/// A command line that cannot be carried out as given: exit status 2, with what to change.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}
