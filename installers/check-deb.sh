#!/usr/bin/env bash
# Builds the Linux installers and checks the .deb the way a user meets it, on a Debian machine, as
# root: dpkg -i with only the dependencies the package declares, the installed launcher under Xvfb
# with a fresh home folder (main window up, showing the sample workspace, window icon set), a
# workspace opened by double-click (the desktop's file association), the DJL natives loading from
# the install with no network, and dpkg -r leaving the user's data in place. The .rpm is built and
# listed here; installers/check-rpm.sh then installs it into a scratch root and starts it. Run by
# .ci/run; about 5-10 minutes on 2 cores, most of it compressing the packages.
#
#   installers/check-deb.sh            build, then check
#   installers/check-deb.sh --no-build check the packages already in target/dist
#
# Writes target/installers-check/: screenshots, the app's output, timings.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/installers-check
DIST=$ROOT/target/dist
export DEBIAN_FRONTEND=noninteractive
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"

say() { printf '[check-deb] %s\n' "$*"; }
fail() { printf '[check-deb] FAIL: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (it installs and removes the package)"

# Tools to build (fakeroot, binutils, rpm) and to check (Xvfb, xdotool, ImageMagick, xprop, gio).
ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1 || apt-get update -qq
apt-get install -y -qq --no-install-recommends fakeroot binutils rpm xvfb xauth xdotool imagemagick \
    x11-utils libglib2.0-bin xdg-utils >/dev/null

if [ "${1:-}" != "--no-build" ]; then
    rm -rf "$DIST"
    start=$(date +%s)
    # fastest xz level: the jars inside are already compressed, so higher levels gain little and
    # take minutes (docs/benchmarks.md)
    DPKG_DEB_COMPRESSOR_TYPE=xz DPKG_DEB_COMPRESSOR_LEVEL=1 \
        ./mvnw -B -ntp -q -Pdist -DskipTests verify
    say "built the installers in $(( $(date +%s) - start )) s"
fi
DEB=$(ls "$DIST"/radcurate_*_amd64.deb)
RPM=$(ls "$DIST"/radcurate-*.x86_64.rpm)
rm -rf "$OUT"; mkdir -p "$OUT"
say "$(du -m "$DEB" | cut -f1) MiB $(basename "$DEB"); $(du -m "$RPM" | cut -f1) MiB $(basename "$RPM")"

# --- the .rpm: built, and holds the launcher, the app, the menu entry and the file type
rpm -qlp "$RPM" > "$OUT/rpm-files.txt"
for f in /opt/radcurate/bin/RadCurate /opt/radcurate/lib/app/radcurate.jar \
        /opt/radcurate/lib/radcurate-RadCurate.desktop /opt/radcurate/lib/radcurate-RadCurate-MimeInfo.xml; do
    grep -qx "$f" "$OUT/rpm-files.txt" || fail "the .rpm lacks $f"
done
rpm -qp --requires "$RPM" > "$OUT/rpm-requires.txt"
grep -q '^gtk3' "$OUT/rpm-requires.txt" || fail "the .rpm does not require gtk3"
say "rpm: $(wc -l < "$OUT/rpm-files.txt") files, requires gtk3, libXtst, pango"

# --- install: first the declared dependencies (nothing else), then dpkg -i must succeed by itself
dpkg -r radcurate >/dev/null 2>&1 || true
depends=$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' | sed 's/(.*)//; s/ //g' | grep -v '^$' | sort -u | tr '\n' ' ')
for dep in libgtk-3-0 libxtst6 libpangoft2-1.0-0; do
    grep -qw -- "$dep" <<<"$depends" || fail "the .deb does not declare $dep"
done
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $depends >/dev/null
dpkg -i "$DEB" > "$OUT/dpkg-install.txt" 2>&1 || { cat "$OUT/dpkg-install.txt"; fail "dpkg -i failed"; }
[ -x /opt/radcurate/bin/RadCurate ] || fail "no launcher at /opt/radcurate/bin/RadCurate"
[ -f /usr/share/applications/radcurate-RadCurate.desktop ] || fail "no menu entry in /usr/share/applications"
grep -q '^Exec=/opt/radcurate/bin/RadCurate %f$' /usr/share/applications/radcurate-RadCurate.desktop \
    || fail "the menu entry does not pass the file to the launcher"
say "dpkg -i: installed $(dpkg-query -W -f='${Version}, ${Installed-Size} KiB' radcurate)"
# postinst made the class-data-sharing archive at the installed path; -Xshare:on fails unless the
# JVM can map and use it (docs/adr/0017)
[ -f /opt/radcurate/lib/app/radcurate.jsa ] || fail "postinst made no class-data-sharing archive"
JAVA_TOOL_OPTIONS=-Xshare:on RADCURATE_DATA_HOME="$OUT/cds-data" /opt/radcurate/bin/RadCurate --version \
    >"$OUT/cds-check.txt" 2>&1 || { cat "$OUT/cds-check.txt"; fail "the JVM cannot use the class-data-sharing archive"; }
say "class-data-sharing archive: $(du -m /opt/radcurate/lib/app/radcurate.jsa | cut -f1) MiB, usable (-Xshare:on)"
# each jar once on the class path: the launcher names the main jar, whose manifest names the libraries
[ "$(grep -c '^app.classpath=' /opt/radcurate/lib/app/RadCurate.cfg)" = 1 ] \
    || fail "the launcher lists more than the main jar on its class path"
grep -qx 'app.classpath=$APPDIR/radcurate.jar' /opt/radcurate/lib/app/RadCurate.cfg \
    || fail "the launcher's class path is not the main jar"

# --- a fresh user (a new account: Java takes user.home from the account, not from $HOME), with a
# display of their own and no RadCurate or DJL data yet
CHECK_USER=radcurate-check
userdel -r "$CHECK_USER" >/dev/null 2>&1 || true
USERHOME=/tmp/radcurate-check-home
rm -rf "$USERHOME"
useradd --create-home --home-dir "$USERHOME" --shell /bin/sh "$CHECK_USER"
DATA=$USERHOME/.local/share/radcurate
# shellcheck source=installers/xvfb.sh
. "$PWD/installers/xvfb.sh"
XVFB=""
APP=""
cleanup() {
    if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; fi
    if [ -n "$XVFB" ]; then kill "$XVFB" 2>/dev/null || true; fi
}
trap cleanup EXIT
xvfb_start 110 139 "$OUT/xvfb.log" || fail "Xvfb did not start"
# Runs a command as the fresh user, with nothing of root's environment.
as_user() {
    runuser -u "$CHECK_USER" -- env -i HOME="$USERHOME" USER="$CHECK_USER" LOGNAME="$CHECK_USER" \
        PATH=/usr/local/bin:/usr/bin:/bin DISPLAY="$DISPLAY" LANG=C.UTF-8 "$@"
}

# Screenshots the display into $1 until it shows a drawn window (hundreds of colours, not a blank
# or single-colour surface), for up to $2 seconds; prints the colour count.
shoot_drawn() {
    local png=$1 colours=0 deadline=$(( $(date +%s) + $2 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        import -window root "$png"
        colours=$(convert "$png" -format '%k' info:)
        [ "$colours" -gt 200 ] && { echo "$colours"; return 0; }
        sleep 0.5
    done
    fail "$png has only $colours colours after $2 s: the window is not drawn"
}
# CPU seconds (user + system, all threads) process $1 has used so far: unlike wall time, this
# hardly depends on what else the machine is running.
cpu_s() { awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$1/stat"; }
stop_app() {
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$APP" 2>/dev/null || break; sleep 0.1; done
    APP=""
}

# --- first start: the sample workspace is created and opened
[ ! -e "$DATA" ] && [ ! -e "$USERHOME/.djl.ai" ] || fail "the new user's home is not fresh"
t0=$(date +%s.%N)
as_user /opt/radcurate/bin/RadCurate >"$OUT/first-start.log" 2>&1 &
APP=$!
WIN=$(wait_window '^RadCurate' 60) || { cat "$OUT/first-start.log"; fail "no RadCurate window within 60 s"; }
t1=$(date +%s.%N)
APP=$(xdotool getwindowpid "$WIN")
CPU_UP=$(cpu_s "$APP")
WINDOW_UP=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
say "main window up ${WINDOW_UP} s (${CPU_UP} CPU s) after the launcher started (first start, fresh home; load $(cut -d' ' -f1 /proc/loadavg))"
WIN=$(wait_window '^RadCurate .* sample\.radcurate$' 60) || fail "the window never showed the sample workspace"
t2=$(date +%s.%N)
SAMPLE_UP=$(awk -v a="$t0" -v b="$t2" 'BEGIN { printf "%.2f", b - a }')
[ -f "$DATA/sample.radcurate" ] || fail "no sample workspace in $DATA"
grep -q "sample.radcurate" "$DATA/settings.properties" || fail "the settings do not remember the sample workspace"
# the toolkit may set the icon a moment after the title (seen at load average 18). The property is
# read whole into a variable: piping xprop's long icon bitmap into `grep -q` let xprop die of SIGPIPE
# when grep stopped early, which pipefail reported as a failure ("no icon", or exit 141).
has_icon() { local p; p=$(xprop -id "$1" _NET_WM_ICON 2>/dev/null) || return 1; [[ $p == *"Icon ("* ]]; }
for _ in $(seq 300); do
    WIN=$(wait_window '^RadCurate .* sample\.radcurate$' 5) && has_icon "$WIN" && break
    sleep 0.1
done
has_icon "$WIN" || { xprop -id "$WIN" 2>&1 | grep -v '^\s' || true; fail "the window has no icon"; }
sleep 3   # the report list fills in
say "sample workspace open ${SAMPLE_UP} s after start; window icon set; screenshot has $(shoot_drawn "$OUT/installed-main-window.png" 30) colours"
stop_app

# --- second start: window time with the workspace already there (what a user sees every day)
t0=$(date +%s.%N)
as_user /opt/radcurate/bin/RadCurate >"$OUT/second-start.log" 2>&1 &
APP=$!
WIN=$(wait_window '^RadCurate' 60) || fail "no window on the second start"
t1=$(date +%s.%N)
APP=$(xdotool getwindowpid "$WIN")
CPU_UP2=$(cpu_s "$APP")
WINDOW_UP2=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
wait_window '^RadCurate .* sample\.radcurate$' 30 >/dev/null || fail "the second start did not reopen the sample workspace"
say "main window up ${WINDOW_UP2} s (${CPU_UP2} CPU s) after the launcher started (second start)"
stop_app

# --- double-click a workspace: the desktop's file association (gio, as GNOME's file manager does)
COHORT=$USERHOME/Documents/cohort.radcurate
as_user mkdir -p "$USERHOME/Documents"
as_user cp "$DATA/sample.radcurate" "$COHORT"
[ "$(as_user xdg-mime query default application/x-radcurate-workspace)" = radcurate-RadCurate.desktop ] \
    || fail "RadCurate is not the default application for workspaces"
as_user gio info -a standard::content-type "$COHORT" | grep -c 'application/x-radcurate-workspace' >/dev/null \
    || fail "the desktop does not see $COHORT as a RadCurate workspace"
as_user XDG_CURRENT_DESKTOP=GNOME xdg-open "$COHORT" >"$OUT/open-by-association.log" 2>&1
WIN=$(wait_window '^RadCurate .* cohort\.radcurate$' 30) || { cat "$OUT/open-by-association.log"; fail "xdg-open did not open the workspace in RadCurate"; }
sleep 2
shoot_drawn "$OUT/opened-by-association.png" 30 >/dev/null
APP=$(xdotool getwindowpid "$WIN")
say "xdg-open cohort.radcurate opened it in RadCurate (window '$(xdotool getwindowname "$WIN")')"
stop_app

# --- the DJL PyTorch natives come from the install, with no network at all
start=$(date +%s)
unshare -n runuser -u "$CHECK_USER" -- env -i HOME="$USERHOME" PATH=/usr/bin:/bin \
    /opt/radcurate/bin/RadCurate train -w "$DATA/sample.radcurate" --teacher 'radcurate-rules 1.0 chexpert14' \
    --samples 40 --epochs 1 --name install-check >"$OUT/train-offline.log" 2>&1 \
    || { tail -20 "$OUT/train-offline.log"; fail "training inside the install (no network) failed"; }
ls "$USERHOME"/.djl.ai/pytorch/*/libtorch* >/dev/null 2>&1 || fail "the natives were not extracted to ~/.djl.ai"
say "train with no network: ok in $(( $(date +%s) - start )) s, natives in ~/.djl.ai/pytorch/$(ls "$USERHOME/.djl.ai/pytorch" | head -1)"

# --- uninstall: the program goes, the user's data stays
dpkg -r radcurate > "$OUT/dpkg-remove.txt" 2>&1 || { cat "$OUT/dpkg-remove.txt"; fail "dpkg -r failed"; }
[ ! -e /opt/radcurate ] || fail "/opt/radcurate is still there after dpkg -r"
[ ! -e /usr/share/applications/radcurate-RadCurate.desktop ] || fail "the menu entry is still there after dpkg -r"
[ -f "$DATA/sample.radcurate" ] && [ -f "$DATA/settings.properties" ] && [ -f "$COHORT" ] \
    || fail "dpkg -r took the user's data with it"
say "dpkg -r: removed; the user's workspaces and settings are still in place"

cat > "$OUT/timings.txt" <<EOF
deb_mib=$(du -m "$DEB" | cut -f1)
rpm_mib=$(du -m "$RPM" | cut -f1)
window_up_first_start_s=$WINDOW_UP
sample_open_first_start_s=$SAMPLE_UP
window_up_second_start_s=$WINDOW_UP2
cpu_at_window_first_start_s=$CPU_UP
cpu_at_window_second_start_s=$CPU_UP2
load_average=$(cut -d' ' -f1-3 /proc/loadavg)
EOF
userdel -r "$CHECK_USER" >/dev/null 2>&1 || true
rm -rf "$USERHOME"
say "all checks passed"
