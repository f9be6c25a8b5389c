import Foundation
import Testing
@testable import NoticeKit

@Suite struct JSONOutputTests {
    private struct Sample: JSONWritable {
        var numbers: [Int]
        var text: String

        func write(to json: inout JSONOutput) {
            json.object { json in
                json.member("numbers", numbers.map(Number.init))
                json.member("text", text)
            }
        }
    }

    private struct Number: JSONWritable {
        var value: Int

        func write(to json: inout JSONOutput) {
            json.object { json in
                json.member("value", value)
            }
        }
    }

    /// The writer starts small and grows many times over; every byte written before a move must survive it.
    @Test(arguments: [false, true])
    func outputGrowsPastItsFirstCapacityIntact(pretty: Bool) throws {
        let numbers = [0, 7, -7, 10, 1_000_000_007, Int.max, Int.min] + Array(-500...500)
        let text = String(repeating: "文號\"\\\u{1}/", count: 3_000)
        var json = JSONOutput(pretty: pretty, capacity: 0)
        Sample(numbers: numbers, text: text).write(to: &json)
        let object = try #require(JSONSerialization.jsonObject(with: json.data()) as? [String: Any])
        #expect(object["text"] as? String == text)
        let values = (object["numbers"] as? [[String: Any]])?.compactMap { ($0["value"] as? NSNumber)?.int64Value }
        #expect(values == numbers.map(Int64.init))
        #expect(json.data(lineFeed: true) == json.data() + [0x0A])
        #expect(json.bytes == Array(json.data()))
    }
}
