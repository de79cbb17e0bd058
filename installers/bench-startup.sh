#!/usr/bin/env bash
# Start-up benchmark of the installed RadCurate (docs/benchmarks.md, "Installers"): starts the
# launcher N times under its own Xvfb, each time with a fresh data folder (a first start: the
# sample workspace is created), and times from exec to the main window being mapped, and to the
# title naming the sample workspace. Also reads the CPU seconds the process had used when its
# window mapped (/proc/PID/stat), which depends far less on the machine's load than wall time.
#
#   installers/bench-startup.sh [-n RUNS] [--second] [LAUNCHER]
#
# LAUNCHER defaults to /opt/radcurate/bin/RadCurate (the installed .deb); the app image
# target/dist/image/RadCurate/bin/RadCurate is the same program. --second times starts on a data
# folder that already holds the sample workspace (what a user sees every day). Extra JVM flags for
# an experiment: JAVA_TOOL_OPTIONS. Prints one line per run, then median, min and max, with the load
# average before each run.
set -euo pipefail
RUNS=5
SECOND=false
LAUNCHER=/opt/radcurate/bin/RadCurate
while [ $# -gt 0 ]; do
    case "$1" in
        -n) RUNS=$2; shift 2 ;;
        --second) SECOND=true; shift ;;
        *) LAUNCHER=$1; shift ;;
    esac
done
[ -x "$LAUNCHER" ] || { echo "no launcher at $LAUNCHER" >&2; exit 1; }

# shellcheck source=installers/xvfb.sh
. "$(dirname "$0")/xvfb.sh"
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

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# Polls every 20 ms until a window of process $1 whose name matches $2 is mapped, for up to $3 s.
wait_app_window() {
    local deadline=$(( $(now_ms) + $3 * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        xdotool search --onlyvisible --pid "$1" --name "$2" >/dev/null 2>&1 && return 0
        sleep 0.02
    done
    return 1
}
start_app() {   # $1: data folder
    env -i PATH=/usr/bin:/bin HOME="$WORK/home" DISPLAY="$DISPLAY" LANG=C.UTF-8 RADCURATE_DATA_HOME="$1" \
        ${JAVA_TOOL_OPTIONS:+JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS"} "$LAUNCHER" >"$WORK/app.log" 2>&1 &
    APP=$!
}
stop_app() {
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=""
}
mkdir -p "$WORK/home"
cd "$WORK"   # where a JVM would leave an hs_err file
if $SECOND; then   # one untimed start creates the sample workspace
    start_app "$WORK/data"
    wait_app_window "$APP" '^RadCurate .* sample\.radcurate$' 120 || { cat "$WORK/app.log"; exit 1; }
    stop_app
fi

echo "launcher $LAUNCHER, $RUNS runs, $($SECOND && echo 'second start' || echo 'first start, fresh data folder')${JAVA_TOOL_OPTIONS:+, JAVA_TOOL_OPTIONS=$JAVA_TOOL_OPTIONS}"
: > "$WORK/results"
for i in $(seq "$RUNS"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    data=$WORK/data
    $SECOND || { rm -rf "$WORK/data$i"; data=$WORK/data$i; }
    t0=$(now_ms)
    start_app "$data"
    wait_app_window "$APP" '^RadCurate' 120 || { cat "$WORK/app.log"; echo "no window" >&2; exit 1; }
    t1=$(now_ms)
    cpu=$(awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$APP/stat")
    wait_app_window "$APP" '^RadCurate .* sample\.radcurate$' 120 || { cat "$WORK/app.log"; echo "no workspace" >&2; exit 1; }
    t2=$(now_ms)
    stop_app
    window=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1000 }')
    sample=$(awk -v a="$t0" -v b="$t2" 'BEGIN { printf "%.2f", (b - a) / 1000 }')
    echo "run $i: window ${window} s, ${cpu} CPU s; workspace shown ${sample} s; load average before ${load}"
    echo "$window $cpu $sample $load" >> "$WORK/results"
done
# median, min, max of column $1
stats() { sort -n -k"$1" "$WORK/results" | awk -v c="$1" '{ v[NR] = $c } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %.2f, min %.2f, max %.2f", m, v[1], v[NR] }'; }
echo "window mapped (s):    $(stats 1)"
echo "CPU s at window:      $(stats 2)"
echo "workspace shown (s):  $(stats 3)"
echo "load average before:  $(stats 4)"
