/// The record's fields as the column beside the text. A field that is marked in the text shares the mark's
/// `data-ref`, which is what hovering one lights up the other by.
struct RecordPanel {
    var notice: Notice
    private let elements: [String: PageElement]

    init(notice: Notice, elements: [PageElement]) {
        self.notice = notice
        self.elements = Dictionary(elements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    var html: String {
        var html = group("Head", nil, [
            "<li>" + key("title") + field(PageElement.id(.title), notice.title.map(HTMLText.escape) ?? missing) + "</li>",
            "<li>" + key("number") + field(PageElement.id(.number), notice.documentNumber.map(HTMLText.escape) ?? missing) + "</li>",
            "<li>" + key("type") + (notice.documentType.map(HTMLText.escape) ?? missing) + "</li>",
            "<li>" + key("issued") + (notice.issuedDate.map(HTMLText.escape) ?? missing) + "</li>",
        ])
        html += group("Issuers", notice.issuers.count, notice.issuers.indices.map { index in
            "<li>" + field(PageElement.id(.issuer, [index]), organization(notice.issuers[index])) + "</li>"
        })
        html += group("Recipients", notice.recipients.count, notice.recipients.indices.map { index in
            let recipient = notice.recipients[index]
            var content = HTMLText.escape(recipient.name)
            if !recipient.alternates.isEmpty {
                content += " <span class=\"aside\">（\(HTMLText.escape(recipient.alternates.joined(separator: "、")))）</span>"
            }
            if let scope = recipient.scope { content += " <span class=\"aside\">scope: \(HTMLText.escape(scope))</span>" }
            return "<li>" + field(PageElement.id(.recipient, [index]), content) + "</li>"
        })
        html += group("Sections", notice.sections.count, sections(notice.sections, attachment: nil, path: []), tree: true)
        html += group("Attachments", notice.attachments.count, notice.attachments.indices.map { index in
            let attachment = notice.attachments[index]
            let name = attachment.ordinal.map { "附件\($0)" } ?? "附件"
            var item = "<li>" + key(name) + HTMLText.escape(attachment.title)
            if !attachment.sections.isEmpty {
                item += "<ul>" + sections(attachment.sections, attachment: index, path: []).joined() + "</ul>"
            }
            return item + "</li>"
        }, tree: true)
        html += group("Contacts", notice.contacts.count, notice.contacts.indices.map { index in
            let contact = notice.contacts[index]
            var item = "<li>" + HTMLText.escape(contact.name ?? "(no name)")
            if let organization = contact.organization { item += " <span class=\"aside\">\(HTMLText.escape(organization))</span>" }
            var ways = contact.phones.indices.map { phoneIndex in
                let phone = contact.phones[phoneIndex]
                let content = key(phone.kind.rawValue) + HTMLText.escape(phone.raw)
                    + " <span class=\"aside\">\(HTMLText.escape(phone.e164 ?? "not dialable"))</span>"
                return "<li>" + field(PageElement.id(.phone, [index, phoneIndex]), content) + "</li>"
            }
            ways += contact.emails.indices.map { emailIndex in
                "<li>" + field(PageElement.id(.email, [index, emailIndex]), key("email") + HTMLText.escape(contact.emails[emailIndex])) + "</li>"
            }
            return item + (ways.isEmpty ? "" : "<ul>" + ways.joined() + "</ul>") + "</li>"
        }, tree: true)
        html += group("Dates", notice.dates.count, notice.dates.indices.map { index in
            let date = notice.dates[index]
            let content = key(date.role.rawValue) + HTMLText.escape(date.value)
                + " <span class=\"aside\">\(HTMLText.escape(date.text))</span>"
            return "<li>" + field(PageElement.id(.date, [index]), content) + "</li>"
        })
        var more = [String]()
        if !notice.copyTo.isEmpty {
            more.append("<li>" + key("copy to") + notice.copyTo.map { HTMLText.escape($0.name) }.joined(separator: "、") + "</li>")
        }
        if let printed = notice.printed {
            let parts = [printed.organization?.name, printed.date].compactMap { $0 }
            more.append("<li>" + key("printed") + HTMLText.escape(parts.joined(separator: " · ")) + "</li>")
        }
        if let note = notice.note { more.append("<li>" + key("note") + HTMLText.escape(note) + "</li>") }
        if !more.isEmpty { html += group("Tail", nil, more) }
        html += group("Diagnostics", notice.diagnostics.count, notice.diagnostics.indices.map(diagnostic))
        return html
    }

    private var missing: String { "<span class=\"none\">—</span>" }

    private func key(_ name: String) -> String {
        "<span class=\"key\">\(HTMLText.escape(name))</span> "
    }

    private func group(_ title: String, _ count: Int?, _ items: [String], tree: Bool = false) -> String {
        var html = "<section class=\"group\">\n<h2>\(HTMLText.escape(title))"
        if let count { html += " <span class=\"count\">\(count)</span>" }
        html += "</h2>\n"
        guard !items.isEmpty else { return html + "</section>\n" }
        return html + "<ul\(tree ? " class=\"tree\"" : "")>\n" + items.joined(separator: "\n") + "\n</ul>\n</section>\n"
    }

    /// A field tied to its marks; one the record has but the text does not show says so rather than
    /// disappearing.
    private func field(_ id: String, _ content: String) -> String {
        guard let element = elements[id] else { return content }
        let unplaced = element.places.isEmpty && element.kind.isSearched
        var html = "<span class=\"field k-\(element.kind.rawValue)\(unplaced ? " unplaced" : "")\" data-ref=\"\(HTMLText.escape(id))\""
        html += " title=\"\(HTMLText.escape(element.summary))\"><span class=\"swatch\"></span>\(content)"
        if unplaced { html += " <span class=\"missing\">not found in the text</span>" }
        return html + "</span>"
    }

    private func organization(_ organization: Organization) -> String {
        var html = HTMLText.escape(organization.name)
        if let canonical = organization.canonicalName, canonical != organization.name {
            html += " <span class=\"canonical\">→ \(HTMLText.escape(canonical))</span>"
        } else if organization.canonicalName == nil {
            html += " <span class=\"aside\">not in the gazetteer</span>"
        }
        if let english = organization.englishName { html += " <span class=\"aside\">\(HTMLText.escape(english))</span>" }
        return html
    }

    private func sections(_ sections: [Section], attachment: Int?, path: [Int]) -> [String] {
        sections.indices.map { index in
            let section = sections[index]
            let content = key(section.label) + HTMLText.escape(section.heading)
            var item = "<li>" + field(PageElement.headingID(attachment: attachment, path: path + [index]), content)
            if !section.children.isEmpty {
                item += "<ul>" + self.sections(section.children, attachment: attachment, path: path + [index]).joined() + "</ul>"
            }
            return item + "</li>"
        }
    }

    private func diagnostic(_ index: Int) -> String {
        let diagnostic = notice.diagnostics[index]
        var content = "<span class=\"severity \(diagnostic.severity.rawValue)\">\(diagnostic.severity.rawValue)</span> "
        content += "<code>\(HTMLText.escape(diagnostic.code))</code> " + HTMLText.escape(diagnostic.message)
        if let suggestion = diagnostic.suggestion {
            content += " <span class=\"aside\">suggestion:</span> <ins class=\"repair\">\(HTMLText.escape(suggestion))</ins>"
        }
        let id = PageElement.id(PageElement.kind(of: diagnostic), [index])
        return "<li>" + field(id, content) + "</li>"
    }
}
