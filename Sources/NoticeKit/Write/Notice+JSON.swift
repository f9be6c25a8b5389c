// Each type writes every key of DESIGN.md §2, `null` or `[]` when empty, in code-unit order of the keys.

extension Notice: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("attachments", attachments)
            json.member("closing", closing)
            json.member("contacts", contacts)
            json.member("copyTo", copyTo)
            json.member("dates", dates)
            json.member("diagnostics", diagnostics)
            json.member("documentNumber", documentNumber)
            json.member("documentType", documentType)
            json.member("issuedDate", issuedDate)
            json.member("issuers", issuers)
            json.member("metadata", metadata)
            json.member("note", note)
            json.member("preamble", preamble)
            json.member("printed", printed)
            json.member("recipients", recipients)
            json.member("schemaVersion", schemaVersion)
            json.member("script", script.rawValue)
            json.member("sections", sections)
            json.member("source", source)
            json.member("text", text)
            json.member("title", title)
        }
    }
}

extension Source: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("byteCount", byteCount)
            json.member("encoding", encoding)
            json.member("format", format.rawValue)
            json.member("path", path)
            json.member("sha256", sha256)
        }
    }
}

extension Organization: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("canonicalName", canonicalName)
            json.member("englishName", englishName)
            json.member("name", name)
        }
    }
}

extension Recipient: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("alternates", alternates)
            json.member("name", name)
            json.member("scope", scope)
        }
    }
}

extension Printing: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("date", date)
            json.member("organization", organization)
        }
    }
}

extension Section: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("children", children)
            json.member("heading", heading)
            json.member("label", label)
            json.member("level", level)
            json.member("ordinal", ordinal)
            json.member("paragraphs", paragraphs)
            json.member("style", style)
        }
    }
}

extension Attachment: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("ordinal", ordinal)
            json.member("paragraphs", paragraphs)
            json.member("sections", sections)
            json.member("title", title)
        }
    }
}

extension Contact: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("emails", emails)
            json.member("name", name)
            json.member("organization", organization)
            json.member("phones", phones)
        }
    }
}

extension Phone: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("e164", e164)
            json.member("kind", kind.rawValue)
            json.member("raw", raw)
        }
    }
}

extension DateMention: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("role", role.rawValue)
            json.member("span", span)
            json.member("text", text)
            json.member("value", value)
        }
    }
}

extension Span: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("end", end)
            json.member("start", start)
        }
    }
}

extension Diagnostic: JSONWritable {
    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("code", code)
            json.member("message", message)
            json.member("severity", severity.rawValue)
            json.member("span", span)
            json.member("suggestion", suggestion)
        }
    }
}
