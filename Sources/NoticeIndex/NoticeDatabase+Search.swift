import Foundation
import GRDB
import NoticeKit

extension NoticeDatabase {
    /// At most this many matches, the most recently indexed, are ranked. BM25 costs about a microsecond
    /// a match and FTS5 ranks every match before it sorts, so a query as common as `工作` over a million
    /// notices would take a second; past this many matches, ranking among the newest keeps a search
    /// within milliseconds. Filters apply before the cut.
    public static let rankedMatchLimit = 5_000

    /// The notices that match every word of the query and every filter, best first.
    public func search(_ query: SearchQuery) throws(IndexError) -> [SearchResult] {
        let runs = query.runs
        let pairs = SearchTokens.pairExpression(runs)
        let characters = SearchTokens.characterExpression(runs)
        // The pairs table ranks whenever the query has a word or a run of two or more characters; a query
        // of single characters only is ranked by the characters table.
        guard query.limit > 0, let (table, match) = pairs.map({ ("notice_fts", $0) }) ?? characters.map({ ("notice_chars", $0) })
        else { return [] }
        var filters = [String]()
        var arguments: StatementArguments = [match]
        if pairs != nil, let characters {
            filters.append("\(table).rowid IN (SELECT rowid FROM notice_chars WHERE notice_chars MATCH ?)")
            arguments += [characters]
        }
        if let type = query.documentType {
            filters.append("notice.documentType = ?")
            arguments += [SearchText.folded(type)]
        }
        if let from = query.issuedFrom {
            filters.append("notice.issuedDate >= ?")
            arguments += [from.description]
        }
        if let to = query.issuedTo {
            filters.append("notice.issuedDate <= ?")
            arguments += [to.description]
        }
        if let issuer = query.issuer {
            filters.append(
                "EXISTS (SELECT 1 FROM issuer WHERE issuer.noticeId = notice.id AND (issuer.nameKey = ? OR issuer.canonicalName = ?))")
            let key = SearchText.folded(issuer.trimmingCharacters(in: .whitespaces))
            arguments += [key, key]
        }
        arguments += [Self.rankedMatchLimit, query.limit]
        let joined = query.filtersFields ? "JOIN notice ON notice.id = \(table).rowid" : ""
        let conditions = filters.map { " AND " + $0 }.joined()
        // Title matches weigh most, then the issuers' names and the number, then the body. Only the
        // best few are joined with their fields.
        let sql = """
            SELECT best.id, best.score, n.title, n.documentType, n.documentNumber, n.issuedDate, n.path,
                   n.sha256, n.text
            FROM (
                SELECT id, score FROM (
                    SELECT \(table).rowid AS id, bm25(\(table), 8.0, 4.0, 1.0) AS score
                    FROM \(table) \(joined)
                    WHERE \(table) MATCH ?\(conditions)
                    ORDER BY \(table).rowid DESC
                    LIMIT ?
                )
                ORDER BY score, id DESC
                LIMIT ?
            ) AS best
            JOIN notice AS n ON n.id = best.id
            ORDER BY best.score, best.id DESC
            """
        return try guarded { () throws in
            try queue.read { db in
                let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
                let issuers = try db.cachedStatement(sql: "SELECT name, canonicalName FROM issuer WHERE noticeId = ? ORDER BY position")
                return try rows.map { row in
                    let snippet = Snippet(of: row["text"], query: query.text)
                    let id: Int64 = row["id"]
                    return SearchResult(
                        score: row["score"], title: row["title"], documentType: row["documentType"],
                        documentNumber: row["documentNumber"], issuedDate: row["issuedDate"],
                        issuers: try Row.fetchAll(issuers, arguments: [id]).map {
                            SearchResult.Issuer(name: $0["name"], canonicalName: $0["canonicalName"])
                        },
                        path: row["path"], sha256: row["sha256"], snippet: snippet.text, highlights: snippet.highlights)
                }
            }
        }
    }
}
