/// What a run of outline text is, which decides its color.
enum TerminalStyle: Sendable {
    case plain, header, key, quiet, canonical, severityError, severityWarning, severityInfo, excerpt, repair

    /// SGR parameters.
    var code: String? {
        switch self {
        case .plain: nil
        case .header: "1"
        case .key: "36"
        case .quiet: "2"
        case .canonical: "32"
        case .severityError: "1;31"
        case .severityWarning: "1;33"
        case .severityInfo: "1;34"
        case .excerpt: "4;31"
        case .repair: "32"
        }
    }
}

/// One line of the outline as styled runs. Kept apart from escape sequences until the very end, so cutting
/// a line to the width counts only what is drawn.
struct StyledLine: Sendable {
    struct Run: Sendable {
        var text: String
        var style: TerminalStyle
    }

    private(set) var runs: [Run] = []

    init() {}

    init(_ text: String, _ style: TerminalStyle = .plain) {
        append(text, style)
    }

    var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// Text from the notice is untrusted: a control character could move the cursor or recolor the
    /// terminal, and a bidirectional override could make a line read as something else.
    mutating func append(_ text: String, _ style: TerminalStyle = .plain) {
        var printable = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: printable.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: printable.append("\u{FFFD}")
            default: printable.append(scalar)
            }
        }
        guard !printable.isEmpty else { return }
        runs.append(Run(text: String(printable), style: style))
    }

    mutating func append(_ line: StyledLine) {
        runs += line.runs
    }

    func truncated(to width: Int) -> StyledLine {
        guard self.width > width else { return self }
        var kept = StyledLine()
        guard width > 0 else { return kept }
        var room = width - 1
        for run in runs {
            let (text, used) = DisplayWidth.prefix(of: run.text, fitting: room)
            kept.append(text, run.style)
            room -= used
            if text.count < run.text.count {
                kept.append("…", run.style)
                break
            }
        }
        return kept
    }

    func rendered(colors: Bool) -> String {
        runs.map { run in
            guard colors, let code = run.style.code else { return run.text }
            return "\u{1B}[\(code)m\(run.text)\u{1B}[0m"
        }.joined()
    }
}
