import Foundation

/// The record in its XML form (`Schemas/notice.xsd`), and back. The two forms hold the same record: an
/// absent element is null, a list element is always written.
public enum NoticeXML {
    public static let namespace = "urn:noticekit:notice:1.0"

    public static func encode(_ notice: Notice) -> Data {
        var xml = XMLBuilder()
        xml.open("notice", attributes: [("xmlns", namespace), ("schemaVersion", notice.schemaVersion)])
        xml.open("source")
        xml.leaf("path", notice.source.path)
        xml.leaf("format", notice.source.format.rawValue)
        xml.leaf("encoding", notice.source.encoding)
        xml.leaf("sha256", notice.source.sha256)
        xml.leaf("byteCount", String(notice.source.byteCount))
        xml.close("source")
        xml.leaf("script", notice.script.rawValue)
        xml.leaf("title", notice.title)
        xml.leaf("documentType", notice.documentType)
        xml.leaf("documentNumber", notice.documentNumber)
        organizations("issuers", notice.issuers, into: &xml)
        xml.open("recipients")
        for recipient in notice.recipients {
            xml.open("recipient")
            xml.leaf("name", recipient.name)
            list("alternates", "alternate", recipient.alternates, into: &xml)
            xml.leaf("scope", recipient.scope)
            xml.close("recipient")
        }
        xml.close("recipients")
        list("preamble", "paragraph", notice.preamble, into: &xml)
        sections("sections", notice.sections, into: &xml)
        list("closing", "paragraph", notice.closing, into: &xml)
        xml.open("attachments")
        for attachment in notice.attachments {
            xml.open("attachment")
            xml.leaf("ordinal", attachment.ordinal.map(String.init))
            xml.leaf("title", attachment.title)
            list("paragraphs", "paragraph", attachment.paragraphs, into: &xml)
            sections("sections", attachment.sections, into: &xml)
            xml.close("attachment")
        }
        xml.close("attachments")
        xml.open("contacts")
        for contact in notice.contacts {
            xml.open("contact")
            xml.leaf("name", contact.name)
            xml.leaf("organization", contact.organization)
            xml.open("phones")
            for phone in contact.phones {
                xml.open("phone")
                xml.leaf("raw", phone.raw)
                xml.leaf("e164", phone.e164)
                xml.leaf("kind", phone.kind.rawValue)
                xml.close("phone")
            }
            xml.close("phones")
            list("emails", "email", contact.emails, into: &xml)
            xml.close("contact")
        }
        xml.close("contacts")
        xml.leaf("issuedDate", notice.issuedDate)
        xml.open("dates")
        for date in notice.dates {
            xml.open("date")
            xml.leaf("text", date.text)
            xml.leaf("value", date.value)
            xml.leaf("role", date.role.rawValue)
            span(date.span, into: &xml)
            xml.close("date")
        }
        xml.close("dates")
        organizations("copyTo", notice.copyTo, into: &xml)
        if let printed = notice.printed {
            xml.open("printed")
            if let organization = printed.organization { self.organization(organization, into: &xml) }
            xml.leaf("date", printed.date)
            xml.close("printed")
        }
        xml.leaf("note", notice.note)
        xml.open("metadata")
        for key in notice.metadata.keys.sorted() {
            xml.leaf("entry", notice.metadata[key], attributes: [("key", key)])
        }
        xml.close("metadata")
        xml.leaf("text", notice.text)
        xml.open("diagnostics")
        for diagnostic in notice.diagnostics {
            xml.open("diagnostic")
            xml.leaf("code", diagnostic.code)
            xml.leaf("severity", diagnostic.severity.rawValue)
            xml.leaf("message", diagnostic.message)
            span(diagnostic.span, into: &xml)
            xml.leaf("suggestion", diagnostic.suggestion)
            xml.close("diagnostic")
        }
        xml.close("diagnostics")
        xml.close("notice")
        return Data(xml.output.utf8)
    }

    private static func organizations(_ name: String, _ list: [Organization], into xml: inout XMLBuilder) {
        xml.open(name)
        for organization in list { self.organization(organization, into: &xml) }
        xml.close(name)
    }

    private static func organization(_ organization: Organization, into xml: inout XMLBuilder) {
        xml.open("organization")
        xml.leaf("name", organization.name)
        xml.leaf("canonicalName", organization.canonicalName)
        xml.leaf("englishName", organization.englishName)
        xml.close("organization")
    }

    private static func list(_ name: String, _ item: String, _ values: [String], into xml: inout XMLBuilder) {
        xml.open(name)
        for value in values { xml.leaf(item, value) }
        xml.close(name)
    }

    private static func sections(_ name: String, _ list: [Section], into xml: inout XMLBuilder) {
        xml.open(name)
        for section in list {
            xml.open("section")
            xml.leaf("label", section.label)
            xml.leaf("style", section.style)
            xml.leaf("ordinal", String(section.ordinal))
            xml.leaf("level", String(section.level))
            xml.leaf("heading", section.heading)
            self.list("paragraphs", "paragraph", section.paragraphs, into: &xml)
            sections("children", section.children, into: &xml)
            xml.close("section")
        }
        xml.close(name)
    }

    private static func span(_ span: Span?, into xml: inout XMLBuilder) {
        guard let span else { return }
        xml.empty("span", attributes: [("start", String(span.start)), ("end", String(span.end))])
    }
}
