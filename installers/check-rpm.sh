#!/usr/bin/env bash
# Checks the .rpm on a Debian machine as far as one can without an rpm-based system, as root: rpm
# installs it into a scratch root (leaving out the dependencies and scriptlets, which are the
# target system's: GTK and the desktop menus of Fedora and the like), and the launcher installed
# there starts under Xvfb for a fresh user account: the main window must appear and show the
# sample workspace (a screenshot); the class-data-sharing archive its scriptlet makes is made and used
# there too. Run by .ci/run after installers/check-deb.sh, on the .rpm that
# check-deb.sh built (target/dist); about half a minute.
#
# Writes target/installers-check/rpm/: the screenshot, the app's output, rpm's listing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/installers-check/rpm
say() { printf '[check-rpm] %s\n' "$*"; }
fail() { printf '[check-rpm] FAIL: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (it adds a user account)"
RPM=$(ls "$ROOT"/target/dist/radcurate-*.x86_64.rpm 2>/dev/null) || fail "no .rpm in target/dist (run installers/check-deb.sh first)"
command -v rpm >/dev/null || fail "rpm is not installed (apt-get install rpm)"
rm -rf "$OUT"; mkdir -p "$OUT"

# --- install into a scratch root: rpm's own database there, nothing of this machine touched
SCRATCH=/tmp/radcurate-rpm-root
rm -rf "$SCRATCH"; mkdir -p "$SCRATCH"; chmod 755 "$SCRATCH"
rpm --root "$SCRATCH" --initdb
rpm --root "$SCRATCH" -i --nodeps --noscripts --notriggers "$RPM" > "$OUT/rpm-install.txt" 2>&1 \
    || { cat "$OUT/rpm-install.txt"; fail "rpm -i into the scratch root failed"; }
rpm --root "$SCRATCH" -q radcurate > "$OUT/rpm-query.txt" || fail "rpm does not list radcurate as installed"
LAUNCHER=$SCRATCH/opt/radcurate/bin/RadCurate
[ -x "$LAUNCHER" ] || fail "no launcher at /opt/radcurate/bin/RadCurate in the scratch root"
say "rpm -i --root: installed $(cat "$OUT/rpm-query.txt"), $(du -sm "$SCRATCH/opt/radcurate" | cut -f1) MiB"

# --- the class-data-sharing archive (docs/adr/0017, 0024): the post-install scriptlet makes it with the
# script the .deb's postinst runs too, and the pre-uninstall one removes it when the package goes. The
# scriptlets belong to the target system (--noscripts above), so the script is run here by hand on the
# scratch install, as the scriptlet runs it on /opt/radcurate; the JVM must then be able to use it.
rpm -qp --scripts "$RPM" > "$OUT/rpm-scripts.txt"
sed -n '/^postinstall scriptlet/,/^[a-z]* scriptlet/p' "$OUT/rpm-scripts.txt" \
    | grep -qx 'sh /opt/radcurate/lib/app/make-cds-archive.sh || true' \
    || fail "the .rpm's post-install scriptlet does not make the class-data-sharing archive"
sed -n '/^preuninstall scriptlet/,/^[a-z]* scriptlet/p' "$OUT/rpm-scripts.txt" \
    | grep -q 'rm -f /opt/radcurate/lib/app/radcurate.jsa' \
    || fail "the .rpm's pre-uninstall scriptlet does not remove the class-data-sharing archive"
APPDIR=$SCRATCH/opt/radcurate/lib/app
[ "$(grep -c '^app.classpath=' "$APPDIR/RadCurate.cfg")" = 1 ] || fail "the launcher lists more than the main jar on its class path"
sh "$APPDIR/make-cds-archive.sh" || fail "make-cds-archive.sh failed on the scratch install"
[ -f "$APPDIR/radcurate.jsa" ] || fail "make-cds-archive.sh made no archive"
JAVA_TOOL_OPTIONS=-Xshare:on RADCURATE_DATA_HOME="$OUT/cds-data" "$SCRATCH/opt/radcurate/bin/RadCurate" --version \
    >"$OUT/cds-check.txt" 2>&1 || { cat "$OUT/cds-check.txt"; fail "the JVM cannot use the archive made on the scratch install"; }
say "scriptlets make and remove the class-data-sharing archive; made on the scratch install: $(du -m "$APPDIR/radcurate.jsa" | cut -f1) MiB, usable (-Xshare:on)"

# --- a fresh user (Java takes user.home from the account) with a display of its own
CHECK_USER=radcurate-rpmcheck
userdel -r "$CHECK_USER" >/dev/null 2>&1 || true
USERHOME=/tmp/radcurate-rpmcheck-home
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
    userdel -r "$CHECK_USER" >/dev/null 2>&1 || true
    rm -rf "$USERHOME" "$SCRATCH"
}
trap cleanup EXIT
xvfb_start 140 169 "$OUT/xvfb.log" || fail "Xvfb did not start"

# --- first start: the window shows the sample workspace it created
[ ! -e "$DATA" ] || fail "the new user's home is not fresh"
t0=$(date +%s.%N)
runuser -u "$CHECK_USER" -- env -i HOME="$USERHOME" USER="$CHECK_USER" LOGNAME="$CHECK_USER" \
    PATH=/usr/bin:/bin DISPLAY="$DISPLAY" LANG=C.UTF-8 "$LAUNCHER" >"$OUT/first-start.log" 2>&1 &
APP=$!
WIN=$(wait_window '^RadCurate .* sample\.radcurate$' 90) \
    || { cat "$OUT/first-start.log"; fail "the installed launcher never showed the sample workspace"; }
t1=$(date +%s.%N)
[ -f "$DATA/sample.radcurate" ] || fail "no sample workspace in $DATA"
sleep 3   # the report list fills in
colours=0
for _ in $(seq 20); do
    import -window root "$OUT/rpm-installed-main-window.png"
    colours=$(convert "$OUT/rpm-installed-main-window.png" -format '%k' info:)
    [ "$colours" -gt 200 ] && break
    sleep 0.5
done
[ "$colours" -gt 200 ] || fail "the screenshot has only $colours colours: the window is not drawn"
say "the launcher from the .rpm showed '$(xdotool getwindowname "$WIN")' after $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s; screenshot has $colours colours"
say "all checks passed"
