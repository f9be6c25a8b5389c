import GRDB

/// The tables of an index file, and the format number that says which layout a file has.
enum IndexSchema {
    /// Raised whenever the tables or the tokens change: a contentless FTS5 table forgets a record only
    /// when given exactly the tokens it was given, so a file written with other tokens cannot be updated.
    ///
    /// `notice_fts` holds character pairs and words with their positions, for phrases. `notice_chars`
    /// holds each Han character of a record once, without positions (`detail = column`), for
    /// one-character queries: under half the size of every character with its positions.
    static let format = 1

    static func create(_ db: Database) throws {
        // Han text takes two bytes a character in UTF-16 and three in UTF-8, and the stored text is a
        // quarter of the file. Larger pages waste less space around rows of a few kilobytes. Both
        // pragmas only act on a file that has no table yet.
        try db.execute(sql: "PRAGMA encoding = 'UTF-16le'")
        try db.execute(sql: "PRAGMA page_size = 16384")
        try db.inTransaction {
            try db.execute(sql: """
                CREATE TABLE notice (
                    id INTEGER PRIMARY KEY,
                    sha256 TEXT NOT NULL UNIQUE,
                    path TEXT,
                    title TEXT,
                    documentType TEXT,
                    documentNumber TEXT,
                    issuedDate TEXT,
                    text TEXT NOT NULL,
                    tokenChecksum INTEGER NOT NULL
                );
                CREATE TABLE issuer (
                    noticeId INTEGER NOT NULL REFERENCES notice(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    canonicalName TEXT,
                    nameKey TEXT NOT NULL,
                    PRIMARY KEY (noticeId, position)
                ) WITHOUT ROWID;
                CREATE VIRTUAL TABLE notice_fts USING fts5(
                    title, names, body, content = '', tokenize = 'unicode61 remove_diacritics 2'
                );
                CREATE VIRTUAL TABLE notice_chars USING fts5(
                    title, names, body, content = '', detail = column, tokenize = 'unicode61 remove_diacritics 2'
                );
                PRAGMA user_version = \(format);
                """)
            return .commit
        }
    }

    /// The format of an existing file: nil when it holds no NoticeKit tables at all.
    static func format(of db: Database) throws -> Int? {
        guard try db.tableExists("notice"), try db.tableExists("notice_fts") else { return nil }
        return try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    }
}
