// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NoticeKit",
    products: [
        .library(name: "NoticeKit", targets: ["NoticeKit"]),
        .library(name: "NoticeIndex", targets: ["NoticeIndex"]),
        .executable(name: "noticekit", targets: ["noticekit"]),
        .executable(name: "pipeline-benchmark", targets: ["PipelineBenchmark"]),
        .executable(name: "index-benchmark", targets: ["IndexBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "COpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"])]
        ),
        // OpenCC's C API converts text; reading a dictionary's entries takes its C++ API, behind one C function.
        .target(
            name: "COpenCCDictionary",
            linkerSettings: [.linkedLibrary("opencc")]
        ),
        .target(
            name: "NoticeKit",
            dependencies: [
                "CLibXML2",
                "COpenCC",
                "COpenCCDictionary",
                "JSONSchema",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Gazetteer/agencies.tsv"), .copy("Decode/lexicon.tsv"), .copy("Decode/lexicon.LICENSE"), .copy("Validate/notice.schema.json"), .copy("Validate/notice.xsd"),
                        .copy("Script/t2s-characters.json"), .copy("Script/s2t-characters.json"), .copy("Script/no-phrases.txt")]
        ),
        .executableTarget(
            name: "noticekit",
            dependencies: [
                "NoticeKit",
                "NoticeIndex",
                "JSONSchema",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "JSONSchema"),
        .target(
            name: "NoticeIndex",
            dependencies: ["NoticeKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "NoticeFuzz",
            dependencies: ["NoticeKit"],
            path: "Fuzz/NoticeFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "PipelineBenchmark",
            dependencies: ["NoticeKit"],
            path: "Benchmarks/PipelineBenchmark"
        ),
        .executableTarget(name: "IndexBenchmark", dependencies: ["NoticeIndex"], path: "Benchmarks/IndexBenchmark"),
        .testTarget(
            name: "NoticeKitTests",
            dependencies: ["NoticeKit"]
        ),
        .testTarget(
            name: "noticekitTests",
            dependencies: ["noticekit", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "NoticeIndexTests",
            dependencies: ["NoticeIndex"]
        ),
        .testTarget(
            name: "JSONSchemaTests",
            dependencies: ["JSONSchema"],
            exclude: ["known-failures.txt"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
