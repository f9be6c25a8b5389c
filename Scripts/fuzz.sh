#!/usr/bin/env bash
# Fuzzes the whole pipeline (decode → read → analyze → write) with libFuzzer and AddressSanitizer,
# seeded from Corpus/. Usage: Scripts/fuzz.sh [SECONDS] — default 60. Crashes and hangs are saved in
# .fuzz/artifacts/; replay one with: swift run NoticeFuzz ARTIFACT
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
swift build -c release --scratch-path .build-fuzz --product NoticeFuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -D -Xswiftc FUZZING 2>&1 | grep -E "error|warning: " || true
mkdir -p .fuzz/corpus .fuzz/artifacts
find Corpus -type f \( -name '*.txt' -o -name '*.html' -o -name '*.xml' \) -exec cp {} .fuzz/corpus/ \;
ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 .build-fuzz/release/NoticeFuzz .fuzz/corpus \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix=.fuzz/artifacts/ -print_final_stats=1
