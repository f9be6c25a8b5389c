/// A record as a tree for the terminal: the fields a person checks first, the section hierarchy, contacts
/// and dates, then the diagnostics with the text they point at. Every line fits `width` columns, counting
/// Chinese characters as two.
public struct OutlineRenderer: Sendable {
    public var width: Int
    /// ANSI colors; the caller decides, because only it knows whether the output is a terminal.
    public var colors: Bool

    public init(width: Int = 80, colors: Bool = false) {
        self.width = width
        self.colors = colors
    }

    public func render(_ notice: Notice) -> String {
        [record(notice), diagnostics(notice)].map { tree in
            tree.lines(width: width).map { $0.rendered(colors: colors) + "\n" }.joined()
        }.joined(separator: "\n")
    }

    private func record(_ notice: Notice) -> OutlineNode {
        var header = StyledLine(notice.source.path ?? "<stdin>", .header)
        header.append("  \(notice.source.format.rawValue) · \(notice.source.encoding) · \(notice.script.rawValue)", .quiet)

        var fields = [
            field("title", notice.title),
            field("number", notice.documentNumber),
            field("type", notice.documentType),
            field("issued", notice.issuedDate),
            group("issuers", notice.issuers.map(organization)),
            group("recipients", notice.recipients.map(recipient)),
            group("sections", notice.sections.map(section)),
            group("attachments", notice.attachments.map(attachment)),
            group("contacts", notice.contacts.map(contact)),
            group("dates", dates(notice.dates)),
        ]
        // The fields above are shown even when empty, because a missing title or date is the news; these
        // are often rightly absent, so they appear only when the notice prints them.
        if !notice.copyTo.isEmpty { fields.append(group("copy to", notice.copyTo.map(organization))) }
        if let printed = notice.printed {
            let parts = [printed.organization?.name, printed.date].compactMap { $0 }
            fields.append(field("printed", parts.joined(separator: " · ")))
        }
        if let note = notice.note { fields.append(field("note", note)) }
        return OutlineNode(header, children: fields)
    }

    private func diagnostics(_ notice: Notice) -> OutlineNode {
        let scalars = Array(notice.text.unicodeScalars)
        let entries = notice.diagnostics.map { diagnostic in
            var line = StyledLine(diagnostic.severity.rawValue, severityStyle(diagnostic.severity))
            line.append("  \(diagnostic.code)")
            if let span = diagnostic.span { line.append("  at \(span.start)–\(span.end)", .quiet) }
            var details = [OutlineNode]()
            if let span = diagnostic.span {
                details.append(OutlineNode(.excerpt(TextExcerpt(lead: StyledLine("text        ", .key), scalars: scalars, span: span))))
            }
            if let suggestion = diagnostic.suggestion {
                var repair = StyledLine("suggestion  ", .key)
                repair.append(suggestion, .repair)
                details.append(OutlineNode(repair))
            }
            details.append(OutlineNode(.prose(diagnostic.message, .plain)))
            return OutlineNode(line, children: details)
        }
        return OutlineNode(StyledLine("diagnostics (\(notice.diagnostics.count))", .header), children: entries)
    }

    private func field(_ key: String, _ value: String?) -> OutlineNode {
        var line = StyledLine(DisplayWidth.padded(key, to: 8), .key)
        if let value, !value.isEmpty {
            line.append(value)
        } else {
            line.append("—", .quiet)
        }
        return OutlineNode(line)
    }

    private func group(_ key: String, _ children: [OutlineNode]) -> OutlineNode {
        var line = StyledLine(key, .key)
        line.append(" (\(children.count))", .quiet)
        return OutlineNode(line, children: children)
    }

    private func organization(_ organization: Organization) -> OutlineNode {
        var line = StyledLine(organization.name)
        switch organization.canonicalName {
        case nil: line.append("  (not in the gazetteer)", .quiet)
        case organization.name: line.append("  (official name)", .quiet)
        case let canonical?:
            line.append(" → ", .quiet)
            line.append(canonical, .canonical)
        }
        return OutlineNode(line)
    }

    private func recipient(_ recipient: Recipient) -> OutlineNode {
        var line = StyledLine(recipient.name)
        if !recipient.alternates.isEmpty { line.append(" (\(recipient.alternates.joined(separator: "、")))", .quiet) }
        if let scope = recipient.scope {
            line.append("  scope ", .key)
            line.append(scope)
        }
        return OutlineNode(line)
    }

    private func section(_ section: Section) -> OutlineNode {
        var line = StyledLine(section.label, .key)
        if section.heading.isEmpty {
            line.append(" (no heading)", .quiet)
        } else {
            line.append(" " + section.heading)
        }
        return OutlineNode(line, children: section.children.map(self.section))
    }

    private func attachment(_ attachment: Attachment) -> OutlineNode {
        var line = StyledLine(attachment.ordinal.map { "附件\($0)" } ?? "附件", .key)
        line.append(" " + attachment.title)
        if attachment.sections.isEmpty, !attachment.paragraphs.isEmpty {
            line.append("  (\(attachment.paragraphs.count) paragraphs)", .quiet)
        }
        return OutlineNode(line, children: attachment.sections.map(section))
    }

    private func contact(_ contact: Contact) -> OutlineNode {
        var line = contact.name.map { StyledLine($0) } ?? StyledLine("(no name)", .quiet)
        if let organization = contact.organization {
            line.append(" · ", .quiet)
            line.append(organization)
        }
        let rawWidth = contact.phones.map { DisplayWidth.of($0.raw) }.max() ?? 0
        var ways = contact.phones.map { phone in
            var entry = StyledLine(DisplayWidth.padded(phone.kind.rawValue, to: 7), .key)
            entry.append(DisplayWidth.padded(phone.raw, to: rawWidth + 2))
            entry.append(phone.e164 ?? "(not dialable)", phone.e164 == nil ? .quiet : .canonical)
            return OutlineNode(entry)
        }
        ways += contact.emails.map { email in
            var entry = StyledLine("email  ", .key)
            entry.append(email)
            return OutlineNode(entry)
        }
        return OutlineNode(line, children: ways)
    }

    private func dates(_ dates: [DateMention]) -> [OutlineNode] {
        let roleWidth = dates.map { DisplayWidth.of($0.role.rawValue) }.max() ?? 0
        let valueWidth = dates.map { DisplayWidth.of($0.value) }.max() ?? 0
        return dates.map { date in
            var line = StyledLine(DisplayWidth.padded(date.role.rawValue, to: roleWidth + 2), .key)
            line.append(DisplayWidth.padded(date.value, to: valueWidth + 2), .canonical)
            line.append(date.text)
            return OutlineNode(line)
        }
    }

    private func severityStyle(_ severity: Diagnostic.Severity) -> TerminalStyle {
        switch severity {
        case .error: .severityError
        case .warning: .severityWarning
        case .info: .severityInfo
        }
    }
}
