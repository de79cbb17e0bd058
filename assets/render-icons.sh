#!/usr/bin/env bash
# Renders assets/radcurate.svg to the PNG set (also the window icons), the Windows .ico and the
# macOS .icns. Needs librsvg2-bin, imagemagick and icnsutils. The outputs are committed, so a
# build never needs these tools; run this again after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v rsvg-convert >/dev/null || ! command -v png2icns >/dev/null || ! command -v convert >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y -qq --no-install-recommends librsvg2-bin icnsutils imagemagick >/dev/null
    else
        echo "needs rsvg-convert (librsvg2-bin), png2icns (icnsutils) and convert (imagemagick)" >&2
        exit 1
    fi
fi
mkdir -p png
for s in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$s" -h "$s" radcurate.svg -o "png/radcurate-$s.png"
done
convert png/radcurate-16.png png/radcurate-24.png png/radcurate-32.png png/radcurate-48.png \
    png/radcurate-64.png png/radcurate-128.png png/radcurate-256.png radcurate.ico
png2icns radcurate.icns png/radcurate-16.png png/radcurate-32.png png/radcurate-48.png \
    png/radcurate-128.png png/radcurate-256.png png/radcurate-512.png png/radcurate-1024.png >/dev/null
cp png/radcurate-256.png radcurate.png
