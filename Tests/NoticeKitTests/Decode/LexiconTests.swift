import Testing
@testable import NoticeKit

@Suite struct LexiconTests {
    let lexicon = Lexicon.shared

    @Test func knownWordsReadBetterThanTheirCharactersShuffled() {
        let wording = lexicon.score(Array("关于进一步加强安全生产工作的通知".unicodeScalars))
        let shuffled = lexicon.score(Array("通于进关一工步加的作强安生全产知".unicodeScalars))
        #expect(wording > shuffled)
        #expect(lexicon.score([]) == 0)
    }

    /// Scoring candidates for one open place must give what scoring each whole reading gives. First in
    /// real wording, where words of two to four characters cover the open place, with the character
    /// that belongs there among the candidates.
    @Test func candidateScoresEqualWholeReadingsOfWording() {
        for sentence in ["各省、自治区、直辖市人民政府，国务院各部委、各直属机构", "关于进一步加强安全生产工作的通知", "國務院辦公廳關於印發實施方案的通知（國辦發）"] {
            let text = Array(sentence.unicodeScalars)
            for open in text.indices {
                let before = Array(text[..<open])
                let after = Array(text[(open + 1)...])
                let candidates = [text[open], "的", "，", "X"]
                let scores = lexicon.scores(of: candidates, between: before, and: after)
                for (candidate, score) in zip(candidates, scores) {
                    #expect(abs(lexicon.score(before + [candidate] + after) - score) < 1e-9, "\(sentence) at \(open)")
                }
            }
        }
    }

    /// Then in readings generated from hanzi, marks, Traditional characters and other signs, with the
    /// open place at every position, including the ends.
    @Test func candidateScoresEqualWholeReadings() {
        let alphabet = Array("关于进一步加强安全生产工作的通知國務院辦公廳，。、“”（）A1 ?𠀀".unicodeScalars)
        let candidates = Array("部门的工作，）國廳X".unicodeScalars)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            let open = Int.random(in: 0...length, using: &generator)
            let before = Array(text[..<open])
            let after = Array(text[open...])
            let scores = lexicon.scores(of: candidates, between: before, and: after)
            for (candidate, score) in zip(candidates, scores) {
                let whole = lexicon.score(before + [candidate] + after)
                #expect(abs(whole - score) < 1e-9, "\(String(String.UnicodeScalarView(before + [candidate] + after)))")
            }
        }
    }
}
