import NoticeKit
import Foundation

/// libFuzzer's entry: every input goes through the whole pipeline, as text, HTML and XML in turn, and
/// out as JSON and XML.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzPipeline.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

enum FuzzPipeline {
    static let converter = NoticeConverter(options: .init(repair: true))

    static func run(_ bytes: [UInt8]) {
        guard let notice = try? converter.convert(bytes, path: nil) else { return }
        _ = NoticeJSON.encode(notice)
        _ = try? NoticeXML.decode(NoticeXML.encode(notice))
        let text = String(decoding: bytes, as: UTF8.self)
        let analyzer = NoticeAnalyzer()
        _ = analyzer.analyze(HTMLReader().read(text))
        _ = analyzer.analyze(XMLReader().read(text))
        _ = analyzer.analyze(TextReader().read(text))
    }
}

#if FUZZING
/// libFuzzer's driver, from its runtime, which `-sanitize=fuzzer` links in.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Built by Scripts/fuzz.sh with `-sanitize=fuzzer,address -D FUZZING`: hands the command line to libFuzzer.
@main
struct FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
    }
}
#else
/// Without libFuzzer, runs the pipeline over the files named on the command line: a way to replay an
/// input the fuzzer saved.
@main
struct FuzzReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let handle = FileHandle(forReadingAtPath: path) else { continue }
            FuzzPipeline.run([UInt8](handle.readDataToEndOfFile()))
        }
    }
}
#endif
