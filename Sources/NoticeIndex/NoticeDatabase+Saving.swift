import GRDB
import NoticeKit

extension NoticeDatabase {
    /// How many notices to give `save` at a time when indexing many: FTS5 writes a segment at each
    /// commit, and fewer, larger segments cost less merging.
    public static let batchSize = 1_000

    /// Adds notices in one transaction. A notice whose source sha256 is already indexed replaces the
    /// one there, so indexing never duplicates.
    public func save(_ notices: [Notice]) throws(IndexError) {
        let prepared = notices.map(IndexedNotice.init)
        try guarded { () throws in
            try queue.write { db in
                for notice in prepared {
                    try forget(sha256: notice.sha256, in: db)
                    try insert(notice, in: db)
                }
            }
        }
    }

    /// Ends a run of `save`s: merges the FTS5 segments that run wrote when it added much to the index,
    /// and leaves the file with a rollback journal, which readers can open read-only.
    public func finishIndexing(added: Int) throws(IndexError) {
        try guarded { () throws in
            try queue.writeWithoutTransaction { db in
                let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM notice") ?? 0
                // Merging rewrites the whole index: worth it after a bulk load, not after a few notices,
                // which FTS5's own incremental merging takes care of.
                if added > 0, added * 10 >= total {
                    try db.execute(sql: "INSERT INTO notice_fts(notice_fts) VALUES ('optimize')")
                    try db.execute(sql: "INSERT INTO notice_chars(notice_chars) VALUES ('optimize')")
                }
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
        }
    }

    private func insert(_ notice: IndexedNotice, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO notice (sha256, path, title, documentType, documentNumber, issuedDate, text, tokenChecksum)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                notice.sha256, notice.path, notice.title, notice.documentType, notice.documentNumber,
                notice.issuedDate, notice.text, notice.checksum,
            ])
        let id = db.lastInsertedRowID
        let issuer = try db.cachedStatement(sql: """
            INSERT INTO issuer (noticeId, position, name, canonicalName, nameKey) VALUES (?, ?, ?, ?, ?)
            """)
        for (position, each) in notice.issuers.enumerated() {
            try issuer.execute(arguments: [id, position, each.name, each.canonicalName, each.nameKey])
        }
        try write(id: id, pairs: notice.pairs, characters: notice.characters, command: nil, in: db)
    }

    /// Removes the notice with this sha256, if there is one. The FTS5 tables keep no content, so they
    /// are told the tokens to remove, made again from the stored fields.
    private func forget(sha256: String, in db: Database) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, title, documentNumber, text, tokenChecksum FROM notice WHERE sha256 = ?
            """), arguments: [sha256])
        else { return }
        let id: Int64 = row["id"]
        let issuers = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT name, canonicalName FROM issuer WHERE noticeId = ? ORDER BY position"),
            arguments: [id]
        ).map { (name: $0["name"] as String, canonicalName: $0["canonicalName"] as String?) }
        let columns = SearchColumns(title: row["title"], issuers: issuers, documentNumber: row["documentNumber"], text: row["text"])
        let pairs = columns.pairs
        let characters = columns.characters
        guard SearchColumns.checksum(pairs: pairs, characters: characters) == row["tokenChecksum"] else {
            throw IndexError.tokensChanged(path: path)
        }
        try write(id: id, pairs: pairs, characters: characters, command: "delete", in: db)
        try db.cachedStatement(sql: "DELETE FROM issuer WHERE noticeId = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM notice WHERE id = ?").execute(arguments: [id])
    }

    /// Adds a record's tokens to both FTS5 tables, or with the `delete` command removes them.
    private func write(id: Int64, pairs: [String], characters: [String], command: String?, in db: Database) throws {
        for (table, tokens) in [("notice_fts", pairs), ("notice_chars", characters)] {
            var arguments: StatementArguments = [command, id]
            arguments += StatementArguments(tokens)
            try db.cachedStatement(sql: "INSERT INTO \(table) (\(table), rowid, title, names, body) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: arguments)
        }
    }
}
