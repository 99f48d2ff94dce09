#!/bin/sh
# Renders the app icon (resources/stilla.svg, the one source) into the committed bitmaps:
#   hicolor/NxN/apps/org.stilla.Stilla.png  Linux icon theme sizes (installed by packaging/linux)
#   stilla.ico                              Windows (the NSIS installer and the .exe)
#   stilla.icns                             macOS (the app bundle)
# Run it after changing the SVG and commit the results. Needs Debian's librsvg2-bin, icoutils
# and icnsutils: sudo apt-get install librsvg2-bin icoutils icnsutils
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/stilla.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 22 24 32 48 64 128 256 512; do
    dir="$here/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$dir/org.stilla.Stilla.png" "$svg"
done

for size in 16 24 32 48 64 256; do
    cp "$here/hicolor/${size}x${size}/apps/org.stilla.Stilla.png" "$tmp/$size.png"
done
icotool --create --output "$here/stilla.ico" \
    "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" --raw "$tmp/256.png"

for size in 16 32 128 256 512; do
    cp "$here/hicolor/${size}x${size}/apps/org.stilla.Stilla.png" "$tmp/icns-$size.png"
done
png2icns "$here/stilla.icns" "$tmp/icns-16.png" "$tmp/icns-32.png" "$tmp/icns-128.png" \
    "$tmp/icns-256.png" "$tmp/icns-512.png" >/dev/null
echo "Rendered the icons from $svg"
