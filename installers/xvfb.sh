# shellcheck shell=bash disable=SC2034  # XVFB is read by the sourcing script
# Sourced by the installer scripts (check-deb, check-rpm, bench-startup, make-classlist): a private
# Xvfb display, and waiting for a window to be mapped on it. Not shipped in any package.

# xvfb_start FIRST LAST LOG: starts Xvfb (1280x800) on the first display number in FIRST..LAST that
# nobody holds (other scripts on the machine may hold theirs), its output to LOG; sets XVFB to its
# pid and exports DISPLAY. Fails when no number is free or the server does not answer within 30 s.
# Callers set XVFB="" and their EXIT trap (which kills "$XVFB" when set) before calling it.
xvfb_start() {
    local n num=""
    for n in $(seq "$1" "$2"); do
        [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || { num=:$n; break; }
    done
    [ -n "$num" ] || { echo "no free display number in $1-$2" >&2; return 1; }
    Xvfb "$num" -screen 0 1280x800x24 -nolisten tcp >"$3" 2>&1 &
    XVFB=$!
    export DISPLAY=$num
    for _ in $(seq 300); do xdpyinfo >/dev/null 2>&1 && return 0; sleep 0.1; done
    echo "Xvfb on $num did not start within 30 s (log: $3)" >&2
    return 1
}

# wait_window NAME SECONDS: waits until a window whose name matches NAME is mapped; prints its id.
wait_window() {
    local id="" deadline=$(( $(date +%s) + $2 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1 || true)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.05
    done
    return 1
}
