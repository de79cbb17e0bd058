#!/usr/bin/env bash
# Regenerates installers/radcurate.classlist: the classes (and lambda forms) RadCurate loads from
# exec to its window showing the sample workspace, on a first start under Xvfb. The installers ship
# the list; the .deb's postinst turns it into a class-data-sharing archive at the installed path
# (docs/adr/0017-start-up-class-data-sharing-and-c1.md). Run it after a dist build when start-up
# code changed much; a stale list still works (classes no longer there are skipped, new ones are
# loaded as usual), it only shares less.
#
#   installers/make-classlist.sh [LAUNCHER]    (default: the app image in target/dist/image)
set -euo pipefail
cd "$(dirname "$0")/.."
LAUNCHER=${1:-$PWD/target/dist/image/RadCurate/bin/RadCurate}
OUT=$PWD/installers/radcurate.classlist
[ -x "$LAUNCHER" ] || { echo "no launcher at $LAUNCHER (./mvnw -Pdist -DskipTests verify first)" >&2; exit 1; }

# shellcheck source=installers/xvfb.sh
. "$PWD/installers/xvfb.sh"
XVFB=""
WORK=$(mktemp -d)
APP=""
cleanup() {
    if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; fi
    if [ -n "$XVFB" ]; then kill "$XVFB" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
xvfb_start 170 199 /dev/null || exit 1

cd "$WORK"   # where a JVM would leave an hs_err file
# no archive while listing: the list must name every class, also those an older archive holds
env -i PATH=/usr/bin:/bin HOME="$WORK" DISPLAY="$DISPLAY" LANG=C.UTF-8 RADCURATE_DATA_HOME="$WORK/data" \
    JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$WORK/classlist" "$LAUNCHER" >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1200); do
    xdotool search --onlyvisible --pid "$APP" --name '^RadCurate .* sample\.radcurate$' >/dev/null 2>&1 && break
    sleep 0.1
done
xdotool search --onlyvisible --pid "$APP" --name 'sample\.radcurate$' >/dev/null 2>&1 \
    || { cat "$WORK/app.log"; echo "the window never showed the sample workspace" >&2; exit 1; }
sleep 8   # the report list and the first report finish (the training engine loads only with Train)
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""
cp "$WORK/classlist" "$OUT"
echo "wrote $OUT: $(grep -vc '^[#@]' "$OUT") classes"
