#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer, and the parallel batch tests under ThreadSanitizer, each
# in a build folder of its own. Usage: Scripts/sanitizers.sh [address|thread|all] — default all.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
if [ "$which" = address ] || [ "$which" = all ]; then
    ASAN_OPTIONS=detect_leaks=0 swift test --scratch-path .build-asan --sanitize=address
fi
if [ "$which" = thread ] || [ "$which" = all ]; then
    TSAN_OPTIONS=halt_on_error=1 swift test --scratch-path .build-tsan --sanitize=thread --filter 'BatchTests|ConvertCommandTests'
fi
