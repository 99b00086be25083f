#!/usr/bin/env bash
# --version and --help of both programs, run as a user would: the desktop's answers need no
# display (no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM).
# Usage: check-program-options.sh CASETRACK CASETRACK_CLI VERSION
set -uo pipefail
gui=$1 cli=$2 version=$3
failures=0
# Chinese messages (the default) whatever this user's settings and locale say.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data LC_ALL=C.UTF-8
unset CASETRACK_LANG CASETRACK_DB
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

expect_output() { # expected-exit expected-first-line command...
    local code=$1 first=$2
    shift 2
    local out rc
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@" 2>&1)
    rc=$?
    [ "$rc" -eq "$code" ] || fail "$* exited $rc, expected $code: $out"
    [ "$(printf '%s\n' "$out" | head -n1)" = "$first" ] || fail "$* printed '$(printf '%s\n' "$out" | head -n1)', expected '$first'"
    printf '%s\n' "$out"
}

expect_output 0 "casetrack $version" "$gui" --version >/dev/null
expect_output 0 "casetrack-cli $version" "$cli" --version >/dev/null
help=$(expect_output 0 "用法：casetrack [选项]" "$gui" --help)
for word in --help --version CASETRACK_DB; do
    grep -q -- "$word" <<<"$help" || fail "casetrack --help does not mention $word"
done
help=$(CASETRACK_LANG=en expect_output 0 "Usage: casetrack-cli [--db PATH] [--user NAME] [--json] COMMAND [ARGUMENTS...]" "$cli" --help)
for word in init deadlines "audit verify" CASETRACK_PASSWORD; do
    grep -q -- "$word" <<<"$help" || fail "casetrack-cli --help does not mention $word"
done
# An unknown command is still a usage error (exit 2), --version or not.
env -u DISPLAY "$cli" no-such-command >/dev/null 2>&1
[ $? -eq 2 ] || fail "casetrack-cli no-such-command did not exit 2"

[ "$failures" -eq 0 ] && echo "program options: ok"
exit "$failures"
