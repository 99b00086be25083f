#!/usr/bin/env bash
# The package as a user gets it, from the already-built tree (no second build):
#  1. `cmake --install` into a DESTDIR puts every file where it belongs;
#  2. `cpack -G DEB` from the same build folder makes a .deb with the same files;
#  3. lintian (when installed) finds no error and no warning in it;
#  4. the .deb unpacked into a scratch root (dpkg -x): casetrack-cli --version and init on a
#     temporary database (fast key derivation), run from the installed paths.
# Usage: check-package.sh BUILD_DIR VERSION APP_ID
set -euo pipefail
build=$1 version=$2 id=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

expected=(
    usr/bin/casetrack
    usr/bin/casetrack-cli
    usr/share/applications/$id.desktop
    usr/share/metainfo/$id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/$id.svg
    usr/share/man/man1/casetrack.1.gz
    usr/share/man/man1/casetrack-cli.1.gz
    usr/share/doc/casetrack/copyright
    usr/share/doc/casetrack/changelog.Debian.gz
    usr/share/doc/casetrack/LICENSE
    usr/share/doc/casetrack/THIRD-PARTY-NOTICES.txt
    usr/share/doc/casetrack/examples/templates/decision.tpl
    usr/share/lintian/overrides/casetrack
)
for size in 16 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
check_tree() { # root what
    for f in "${expected[@]}"; do
        [ -f "$1/$f" ] || fail "$2: $f is missing"
    done
    for f in usr/share/man/man1/casetrack.1.gz usr/share/man/man1/casetrack-cli.1.gz; do
        gzip -t "$1/$f" || fail "$2: $f is not gzip"
    done
}

echo "== cmake --install into a DESTDIR"
DESTDIR=$scratch/destdir cmake --install "$build" --prefix /usr >"$scratch/install.log"
check_tree "$scratch/destdir" "cmake --install"

echo "== cpack -G DEB"
(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/deb" >"$scratch/cpack.log") ||
    { cat "$scratch/cpack.log"; fail "cpack failed"; }
deb=$(ls "$scratch"/deb/casetrack_"$version"-*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Package | grep -qx casetrack || fail "package name"
depends=$(dpkg-deb --field "$deb" Depends)
for dep in fonts-noto-cjk libqt6widgets6 libsqlcipher; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

echo "== dpkg -x into a scratch root"
dpkg -x "$deb" "$scratch/root"
check_tree "$scratch/root" "the .deb"
# Same files as the plain install: the package is that install, nothing more or less.
diff <(cd "$scratch/destdir" && find . -type f | sort) <(cd "$scratch/root" && find . -type f | sort) ||
    fail "the .deb and cmake --install hold different files"
file "$scratch/root/usr/bin/casetrack-cli" | grep -q "stripped" || fail "casetrack-cli is not stripped"
file "$scratch/root/usr/bin/casetrack-cli" | grep -q "not stripped" && fail "casetrack-cli is not stripped"

if command -v lintian >/dev/null; then
    echo "== lintian"
    # Errors and warnings fail; the info tags left are explained in docs/packaging.md.
    status=0
    lintian --fail-on error,warning "$deb" >"$scratch/lintian.log" 2>&1 || status=$?
    grep -v "running with root privileges" "$scratch/lintian.log" || true
    [ "$status" -eq 0 ] || fail "lintian found errors or warnings"
fi

echo "== smoke run from the installed paths"
cli=$scratch/root/usr/bin/casetrack-cli
[ "$("$cli" --version)" = "casetrack-cli $version" ] || fail "installed casetrack-cli --version"
[ "$(env -u DISPLAY -u QT_QPA_PLATFORM "$scratch/root/usr/bin/casetrack" --version)" = "casetrack $version" ] ||
    fail "installed casetrack --version"
export CASETRACK_PASSWORD="package test password" XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
db=$scratch/data/smoke.db
mkdir -p "$scratch/data"
CASETRACK_ALLOW_TEST_KDF=1 "$cli" --json --db "$db" init --admin admin --kdf fast >"$scratch/init.json" || fail "init exited $?"
grep -q '"recovery_key"' "$scratch/init.json" || fail "init printed no recovery key"
[ -f "$db" ] && [ -f "$db.keys" ] || fail "init made no database and key file"
"$cli" --json --db "$db" audit verify | grep -q '"intact": *true' || fail "audit verify on the new database"
echo "package: ok"
