import Foundation
import Testing
@testable import noticekit

@Suite struct FilePatternTests {
    static let patterns = [
        "*.html", "*.HTML", "*", "*.", "*a/b.txt", "page-*.txt", "*.t?t", "*[0-9].xml", "*\\*.txt", "2021/*", ".*", "*中文.html", "",
    ]
    static let paths = [
        "a.html", "x/a.html", "a.htm", "a.html.bak", "A.HTML", "2021/a.txt", "x/2021/a.txt", "page-1.txt", "a.txt", ".hidden",
        "dir.d/file", "中文.html", "x/中文.html", "b*.txt", "a/b.txt", "xa/b.txt", "report7.xml", "a.", "",
    ]

    /// Whatever the shortcut, a pattern matches exactly where fnmatch says it does.
    @Test func matchesAsFnmatchDoes() {
        for pattern in Self.patterns {
            let compiled = FilePattern(pattern)
            for path in Self.paths {
                let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
                let expected = fnmatch(pattern, path, 0) == 0 || fnmatch(pattern, name, 0) == 0
                #expect(compiled.matches(path: path, name: name) == expected, "\(pattern) on \(path)")
            }
        }
    }

    @Test func defaultPatternsTakeNoticesAndFilesWithoutExtension() {
        let collector = InputCollector()
        #expect(collector.takes("2021/通知.html"))
        #expect(collector.takes("a/b/notice"))
        #expect(!collector.takes("a/b/picture.png"))
        #expect(!InputCollector(exclude: ["*/drafts/*"]).takes("x/drafts/a.txt"))
        #expect(InputCollector(include: ["*.png"]).takes("a/b/picture.png"))
    }
}
