import Foundation
import GRDB

/// An index file: SQLite with an FTS5 table of the notices' tokens, and the notices' fields and text.
public struct NoticeDatabase: Sendable {
    public let path: String
    let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens the index for writing, creating the file when there is none.
    public static func openForIndexing(at path: String) throws(IndexError) -> NoticeDatabase {
        let database = try open(path, readonly: false)
        try database.guarded { () throws in
            try database.queue.writeWithoutTransaction { db in
                switch try IndexSchema.format(of: db) {
                case nil:
                    guard try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0 else {
                        throw IndexError.notAnIndex(path: path)
                    }
                    try IndexSchema.create(db)
                case IndexSchema.format?:
                    break
                case let found?:
                    throw IndexError.otherFormat(path: path, found: found, expected: IndexSchema.format)
                }
                // A commit then costs no fsync; `finishIndexing` returns the file to a rollback journal.
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA cache_size = -65536")
            }
        }
        return database
    }

    /// Opens an existing index for searching, without writing to it.
    public static func openForSearch(at path: String) throws(IndexError) -> NoticeDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        let database = try open(path, readonly: true)
        try database.guarded { () throws in
            try database.queue.read { db in
                switch try IndexSchema.format(of: db) {
                case nil: throw IndexError.notAnIndex(path: path)
                case IndexSchema.format?: break
                case let found?: throw IndexError.otherFormat(path: path, found: found, expected: IndexSchema.format)
                }
            }
        }
        return database
    }

    /// How many notices the index holds.
    public func count() throws(IndexError) -> Int {
        try guarded { () throws in try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM notice") ?? 0 } }
    }

    /// Whether a notice whose source has this sha256 is in the index.
    public func contains(sha256: String) throws(IndexError) -> Bool {
        try guarded { () throws in
            try queue.read { db in
                try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM notice WHERE sha256 = ?"), arguments: [sha256]) ?? false
            }
        }
    }

    private static func open(_ path: String, readonly: Bool) throws(IndexError) -> NoticeDatabase {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.label = "NoticeIndex"
        do {
            return NoticeDatabase(path: path, queue: try DatabaseQueue(path: path, configuration: configuration))
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notAnIndex(path: path)
        } catch let error as DatabaseError {
            throw .unopenable(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw .unopenable(path: path, reason: "\(error)")
        }
    }

    /// Runs database work, turning SQLite's errors into ones that name the file and say what to do.
    func guarded<T>(_ work: () throws -> T) throws(IndexError) -> T {
        do {
            return try work()
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw .notAnIndex(path: path)
        } catch let error as DatabaseError {
            throw .failed(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw .failed(path: path, reason: "\(error)")
        }
    }
}
