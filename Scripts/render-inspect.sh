#!/usr/bin/env bash
# Renders the reference notice's annotated page (`noticekit inspect --html`) to docs/inspect-reference.png
# with headless Chromium, the picture in README.md. Installs Chromium, the Noto CJK fonts and pngquant from
# Debian when they are missing (as root). SCRATCH_PATH chooses the build folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."

notice=Corpus/reference/reference-notice.txt
picture=docs/inspect-reference.png
scratch=${SCRATCH_PATH:-.build}

if ! command -v chromium >/dev/null || ! command -v pngquant >/dev/null || ! fc-list :lang=zh family | grep -q "Noto Sans CJK"; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends chromium fonts-noto-cjk pngquant
fi

swift build --scratch-path "$scratch" --product noticekit
bin=$(swift build --scratch-path "$scratch" --show-bin-path)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/noticekit" inspect "$notice" --html "$work/reference.html"

mkdir -p "$(dirname "$picture")"
# Chromium as root needs --no-sandbox; its D-Bus and GPU chatter goes to a log shown only on failure.
if ! chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1400,2000 --screenshot="$PWD/$picture" "file://$work/reference.html" 2>"$work/chromium.log"; then
    cat "$work/chromium.log" >&2
    exit 1
fi
# Anti-aliased text in a dozen colors makes a truecolor PNG of about 1 MB; a 256-color palette keeps it sharp.
pngquant --force --speed 1 --quality 75-100 --output "$picture" -- "$picture"
echo "$picture: $(wc -c <"$picture") bytes"
