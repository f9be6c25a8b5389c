/// One element the record extracted and the places in its text where it is printed: what the annotated page
/// marks in the text and lists beside it, tied together by `id`.
struct PageElement: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable {
        case title, number, issuer, recipient, heading, date, phone, email, damage, diagnostic

        /// Shown on the mark and in the legend.
        var label: String {
            switch self {
            case .title: "title"
            case .number: "number"
            case .issuer: "issuer"
            case .recipient: "recipient"
            case .heading: "heading"
            case .date: "date"
            case .phone: "phone"
            case .email: "email"
            case .damage: "mojibake"
            case .diagnostic: "diagnostic"
            }
        }

        /// The record keeps these without a span, so their places come from searching the text for the
        /// printed string, which can fail: a title taken from a page's `<title>` is not in the body.
        var isSearched: Bool {
            switch self {
            case .title, .number, .issuer, .recipient, .heading, .phone, .email: true
            case .date, .damage, .diagnostic: false
            }
        }
    }

    /// Unique in the page; derived from where the element sits in the record, so the list beside the text
    /// can name it without a lookup table.
    var id: String
    var kind: Kind
    /// What the record says about it, for a tooltip.
    var summary: String
    var places: [Span]
    /// For damaged text, the repair the record suggests.
    var repair: String?

    static func id(_ kind: Kind, _ path: some Sequence<Int> = [Int]()) -> String {
        ([kind.rawValue] + path.map(String.init)).joined(separator: "-")
    }

    /// The heading of the section at `path` (child indexes from the top), in the notice or an attachment.
    static func headingID(attachment: Int?, path: [Int]) -> String {
        let scope = attachment.map { "a\($0)-" } ?? ""
        return "heading-" + scope + path.map(String.init).joined(separator: "-")
    }

    static func kind(of diagnostic: Diagnostic) -> Kind {
        diagnostic.code == "mojibake" ? .damage : .diagnostic
    }
}

extension PageElement {
    /// Every element of the record the page marks, in the order the page lists them.
    static func elements(of notice: Notice) -> [PageElement] {
        let locator = TextLocator(notice.text)
        let length = notice.text.unicodeScalars.count
        var elements = [PageElement]()

        // A title or number is printed first in the 版头; a later occurrence is the body citing it.
        if let title = notice.title {
            let places = locator.occurrences(of: title, options: [.spaces, .lineBreaks]).prefix(1)
            elements.append(PageElement(id: id(.title), kind: .title, summary: "title: \(title)", places: Array(places)))
        }
        if let number = notice.documentNumber {
            let places = locator.occurrences(of: number, options: .spaces).prefix(1)
            elements.append(PageElement(id: id(.number), kind: .number, summary: "document number: \(number)", places: Array(places)))
        }

        // Issuers are taken from the signature block first, which comes after the body that may name them too.
        let issuerPlaces = locator.places(of: notice.issuers.map(\.name), options: .spaces, prefer: .last)
        for (index, issuer) in notice.issuers.enumerated() {
            var summary = "issuer: \(issuer.name)"
            if let canonical = issuer.canonicalName, canonical != issuer.name { summary += " → \(canonical)" }
            if let english = issuer.englishName { summary += " (\(english))" }
            elements.append(PageElement(id: id(.issuer, [index]), kind: .issuer, summary: summary,
                                        places: issuerPlaces[index].map { [$0] } ?? []))
        }

        let recipientPlaces = locator.places(of: notice.recipients.map(\.name), options: [.spaces, .asides])
        for (index, recipient) in notice.recipients.enumerated() {
            var summary = "recipient: \(recipient.name)"
            if !recipient.alternates.isEmpty { summary += "（\(recipient.alternates.joined(separator: "、"))）" }
            if let scope = recipient.scope { summary += ", scope: \(scope)" }
            elements.append(PageElement(id: id(.recipient, [index]), kind: .recipient, summary: summary,
                                        places: recipientPlaces[index].map { [$0] } ?? []))
        }

        // The label goes with the heading: `活動內容` alone is also inside the later heading `精心安排活動內容`.
        var headings = [(id: String, section: Section)]()
        collect(notice.sections, attachment: nil, path: [], into: &headings)
        for (index, attachment) in notice.attachments.enumerated() {
            collect(attachment.sections, attachment: index, path: [], into: &headings)
        }
        let headingPlaces = locator.places(of: headings.map { $0.section.label + $0.section.heading }, options: .spaces)
        for (index, heading) in headings.enumerated() {
            let section = heading.section
            elements.append(PageElement(
                id: heading.id, kind: .heading,
                summary: "level \(section.level) heading: \(section.label) \(section.heading)",
                places: headingPlaces[index].map { [$0] } ?? []))
        }

        for (index, date) in notice.dates.enumerated() {
            elements.append(PageElement(id: id(.date, [index]), kind: .date,
                                        summary: "date, \(date.role.rawValue): \(date.value)",
                                        places: clamped(date.span, to: length)))
        }

        let phones = notice.contacts.enumerated().flatMap { contact in
            contact.element.phones.enumerated().map { (path: [contact.offset, $0.offset], phone: $0.element) }
        }
        let phonePlaces = locator.places(of: phones.map(\.phone.raw), options: .spaces)
        for (index, entry) in phones.enumerated() {
            let phone = entry.phone
            elements.append(PageElement(id: id(.phone, entry.path), kind: .phone,
                                        summary: "phone, \(phone.kind.rawValue): \(phone.raw) → \(phone.e164 ?? "not dialable")",
                                        places: phonePlaces[index].map { [$0] } ?? []))
        }

        let emails = notice.contacts.enumerated().flatMap { contact in
            contact.element.emails.enumerated().map { (path: [contact.offset, $0.offset], email: $0.element) }
        }
        let emailPlaces = locator.places(of: emails.map(\.email))
        for (index, entry) in emails.enumerated() {
            elements.append(PageElement(id: id(.email, entry.path), kind: .email, summary: "email: \(entry.email)",
                                        places: emailPlaces[index].map { [$0] } ?? []))
        }

        for (index, diagnostic) in notice.diagnostics.enumerated() {
            let kind = kind(of: diagnostic)
            elements.append(PageElement(
                id: id(kind, [index]), kind: kind,
                summary: "\(diagnostic.severity.rawValue) \(diagnostic.code): \(diagnostic.message)",
                places: clamped(diagnostic.span, to: length), repair: diagnostic.suggestion))
        }
        return elements
    }

    private static func collect(
        _ sections: [Section], attachment: Int?, path: [Int], into headings: inout [(id: String, section: Section)]
    ) {
        for (index, section) in sections.enumerated() {
            headings.append((headingID(attachment: attachment, path: path + [index]), section))
            collect(section.children, attachment: attachment, path: path + [index], into: &headings)
        }
    }

    /// A span inside the text, or none: a record edited by hand may point past its text.
    private static func clamped(_ span: Span?, to length: Int) -> [Span] {
        guard let span else { return [] }
        let start = Swift.max(0, span.start)
        let end = Swift.min(length, span.end)
        return start < end ? [Span(start: start, end: end)] : []
    }
}
