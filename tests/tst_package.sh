#!/usr/bin/env bash
# The Debian packages (issue 10), made by cpack from the build tree given as $1, as a user gets
# them: their control fields (dependencies on Debian 12's Qt 6 and other libraries), every file
# where Debian wants it (checked in a clean dpkg -x tree, then validated: desktop entry,
# AppStream metainfo, PNG sizes, man pages), then, as root, installed with dpkg -i onto this
# machine, run from /usr/bin, and removed again with dpkg -r.
# Not root: everything but the installation is checked, and the test reports itself skipped (77).
set -euo pipefail

build=${1:?usage: tst_package.sh BUILD_DIR}
work=$(mktemp -d)
installed=()
cleanup() {
    if ((${#installed[@]})); then
        dpkg -r "${installed[@]}" >/dev/null 2>&1 || echo "could not remove ${installed[*]}" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $* (${SECONDS}s)"; }

# --- Make the packages from this build tree, into a folder of the test's own ---------------------
if ! (cd "$build" && cpack -G DEB -B "$work/debs" >"$work/cpack.log" 2>&1); then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
fi
shopt -s nullglob
gui_debs=("$work"/debs/counterdesk_*.deb)
hq_debs=("$work"/debs/counterdesk-hq_*.deb)
shopt -u nullglob
if ((${#gui_debs[@]} != 1 || ${#hq_debs[@]} != 1)); then
    echo "FAIL: expected one counterdesk and one counterdesk-hq .deb, got: $(ls "$work/debs")" >&2
    exit 1
fi
gui_deb=${gui_debs[0]}
hq_deb=${hq_debs[0]}
pass "cpack made $(basename "$gui_deb") and $(basename "$hq_deb")"

# --- Control fields: names, version, dependencies --------------------------------------------------
field() { dpkg-deb -f "$1" "$2"; }
# Package names out of a Depends/Recommends field, one a line, versions dropped.
names() { tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/^ +//; s/ +$//' | grep -v '^$' | sort -u; }

version=$(field "$gui_deb" Version)
[[ "$(field "$gui_deb" Package)" == counterdesk ]] || fail "counterdesk .deb is named $(field "$gui_deb" Package)"
[[ "$(field "$hq_deb" Package)" == counterdesk-hq ]] || fail "hq .deb is named $(field "$hq_deb" Package)"
[[ "$(field "$hq_deb" Version)" == "$version" ]] || fail "the two packages' versions differ"
[[ -n "$(field "$gui_deb" Maintainer)" ]] || fail "no Maintainer"

gui_depends=$(field "$gui_deb" Depends | names)
hq_depends=$(field "$hq_deb" Depends | names)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6printsupport6 \
    libqt6httpserver6 libqt6websockets6 libqt6multimedia6 libqt6charts6 libqt6svg6 \
    libqt6keychain1 libsodium23 libzxing2 libespeak-ng1 libssl3; do
    grep -qx "$lib" <<<"$gui_depends" || fail "counterdesk does not depend on $lib"
done
for lib in libqt6core6 libqt6network6 libqt6httpserver6 libpq5 libsodium23 libssl3; do
    grep -qx "$lib" <<<"$hq_depends" || fail "counterdesk-hq does not depend on $lib"
done
# Head office runs on a server: no GUI libraries; the branch side never talks to PostgreSQL;
# SQLCipher is linked in, never a package.
for lib in libqt6widgets6 libqt6gui6 libqt6charts6 libespeak-ng1 libqt6multimedia6; do
    if grep -qx "$lib" <<<"$hq_depends"; then fail "counterdesk-hq depends on $lib"; fi
done
if grep -qx libpq5 <<<"$gui_depends"; then fail "counterdesk depends on libpq5"; fi
if grep -q sqlcipher <<<"$gui_depends$hq_depends"; then fail "a package depends on sqlcipher"; fi
# Every dependency must be a real Debian package: installed here (the build linked against
# it), or at least known to apt. One query each way: apt-cache takes seconds a call.
unknown=$(comm -23 <(printf '%s\n' $gui_depends $hq_depends | sort -u) \
    <(dpkg-query -W -f='${Package}\n' $gui_depends $hq_depends 2>/dev/null | sort -u))
if [[ -n "$unknown" ]] && ! apt-cache show $unknown >/dev/null 2>&1; then
    fail "dependencies not known to dpkg or apt among: $unknown"
fi
field "$gui_deb" Recommends | names | grep -qx fonts-noto-cjk \
    || fail "counterdesk does not recommend fonts-noto-cjk"
echo "counterdesk Depends: $(field "$gui_deb" Depends)"
echo "counterdesk-hq Depends: $(field "$hq_deb" Depends)"
pass "control fields"

# --- The files, in a clean tree ---------------------------------------------------------------
gui_files=(
    usr/bin/counterdesk usr/bin/counterdesk-cli
    usr/share/applications/counterdesk.desktop
    usr/share/metainfo/org.counterdesk.CounterDesk.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/counterdesk.svg
    usr/share/man/man1/counterdesk.1.gz usr/share/man/man1/counterdesk-cli.1.gz
    lib/systemd/system/counterdesk-hall.service
    usr/share/doc/counterdesk/copyright usr/share/doc/counterdesk/api.md)
for size in 16 32 48 64 128 256; do
    gui_files+=("usr/share/icons/hicolor/${size}x${size}/apps/counterdesk.png")
done
hq_files=(usr/bin/counterdesk-hq usr/share/man/man1/counterdesk-hq.1.gz
    lib/systemd/system/counterdesk-hq.service usr/share/doc/counterdesk-hq/copyright
    usr/share/doc/counterdesk-hq/sync.md usr/share/doc/counterdesk-hq/hq-scaling.md)

gui_root="$work/gui"
hq_root="$work/hq"
dpkg-deb -x "$gui_deb" "$gui_root"
dpkg-deb -x "$hq_deb" "$hq_root"
for f in "${gui_files[@]}"; do [[ -f "$gui_root/$f" ]] || fail "counterdesk lacks /$f"; done
for f in "${hq_files[@]}"; do [[ -f "$hq_root/$f" ]] || fail "counterdesk-hq lacks /$f"; done
for f in usr/bin/counterdesk usr/bin/counterdesk-cli; do
    [[ -x "$gui_root/$f" ]] || fail "/$f is not executable"
done
# Nothing else slipped in (a test program, a static library, a header), and the two packages
# share no file, so both install on one machine.
unexpected=$( (cd "$gui_root" && find . -type f | sed 's|^\./||' | sort) \
    | grep -vxF -f <(printf '%s\n' "${gui_files[@]}") || true)
[[ -z "$unexpected" ]] || fail "counterdesk holds unexpected files: $unexpected"
unexpected=$( (cd "$hq_root" && find . -type f | sed 's|^\./||' | sort) \
    | grep -vxF -f <(printf '%s\n' "${hq_files[@]}") || true)
[[ -z "$unexpected" ]] || fail "counterdesk-hq holds unexpected files: $unexpected"
# Stripped: a package with debug info is several times the size.
file -L "$gui_root/usr/bin/counterdesk-cli" | grep -q ', stripped' || fail "counterdesk-cli is not stripped"
pass "files in place ($(cd "$gui_root" && find . -type f | wc -l) + $(cd "$hq_root" && find . -type f | wc -l))"

desktop="$gui_root/usr/share/applications/counterdesk.desktop"
if out=$(desktop-file-validate "$desktop" 2>&1) && [[ -z "$out" ]]; then
    pass "desktop-file-validate"
else
    fail "desktop-file-validate: $out"
fi
grep -qx 'Exec=counterdesk' "$desktop" || fail "the desktop entry does not start counterdesk"
grep -qx 'Icon=counterdesk' "$desktop" || fail "the desktop entry's icon is not counterdesk"

metainfo="$gui_root/usr/share/metainfo/org.counterdesk.CounterDesk.metainfo.xml"
if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
    pass "appstreamcli validate"
else
    fail "appstreamcli validate: $out"
fi
grep -q '<launchable type="desktop-id">counterdesk.desktop</launchable>' "$metainfo" \
    || fail "the metainfo does not name counterdesk.desktop"
grep -q "<release version=\"$version\"" "$metainfo" \
    || fail "the metainfo has no release $version (the package's version)"

for size in 16 32 48 64 128 256; do
    png="$gui_root/usr/share/icons/hicolor/${size}x${size}/apps/counterdesk.png"
    [[ -f "$png" ]] || continue
    file "$png" | grep -q "PNG image data, $size x $size," \
        || fail "${size}x${size}/counterdesk.png is $(file -b "$png")"
done
pass "icon sizes"

for page in "$gui_root"/usr/share/man/man1/*.1.gz "$hq_root"/usr/share/man/man1/*.1.gz; do
    name=$(basename "$page" .1.gz)
    gzip -t "$page" || fail "$name.1.gz is not gzip"
    zcat "$page" | grep -q "^\.TH ${name^^} 1 " || fail "$name.1 has no .TH ${name^^} 1"
    zcat "$page" | grep -q "^\.SH NAME" || fail "$name.1 has no NAME section"
    if command -v man >/dev/null; then
        warnings=$(MANWIDTH=80 man --warnings -l -Tutf8 "$page" 2>&1 >/dev/null || true)
        [[ -z "$warnings" ]] || fail "$name.1: $warnings"
    fi
done
pass "man pages"

# --- Installed onto this machine -------------------------------------------------------------
if [[ $(id -u) -ne 0 ]]; then
    echo "not root: dpkg -i not tried; the rest passed with $failures failure(s)." >&2
    ((failures == 0)) || exit 1
    exit 77
fi
for p in counterdesk counterdesk-hq; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        echo "$p is already installed on this machine: not touching it (skipped)." >&2
        ((failures == 0)) || exit 1
        exit 77
    fi
done

# dpkg refuses at once when another apt or dpkg holds its lock: wait for it (two minutes).
dpkg_install() {
    local tries=0
    while ! dpkg -i "$@" >"$work/dpkg.log" 2>&1; do
        if grep -q 'lock' "$work/dpkg.log" && ((tries++ < 60)); then
            sleep 2
            continue
        fi
        return 1
    done
}
installed=(counterdesk counterdesk-hq)
if ! dpkg_install "$gui_deb" "$hq_deb"; then
    cat "$work/dpkg.log" >&2
    echo "dpkg -i failed; trying apt-get -f install for missing dependencies" >&2
    DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q -o DPkg::Lock::Timeout=120 \
        >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get -f install"; }
fi
for p in counterdesk counterdesk-hq; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
        || fail "$p is not installed after dpkg -i"
done
pass "dpkg -i"

for f in "${gui_files[@]}" "${hq_files[@]}"; do
    [[ -e "/$f" ]] || fail "/$f is missing after installation"
    dpkg -S "/$f" >/dev/null 2>&1 || fail "dpkg does not know who owns /$f"
done
for bin in counterdesk counterdesk-cli counterdesk-hq; do
    missing=$(ldd "/usr/bin/$bin" | grep 'not found' || true)
    [[ -z "$missing" ]] || fail "$bin: missing libraries: $missing"
done

export LANG=C.UTF-8
unset COUNTERDESK_PASSPHRASE
# Run from /usr/bin, not from the build tree (a bare name could find either).
out=$(cd / && /usr/bin/counterdesk-cli --version || true)
[[ "$out" == "counterdesk-cli $version" ]] || fail "counterdesk-cli --version said: $out"
out=$(cd / && /usr/bin/counterdesk-hq --version || true)
[[ "$out" == "counterdesk-hq $version" ]] || fail "counterdesk-hq --version said: $out"
out=$(cd / && QT_QPA_PLATFORM=offscreen /usr/bin/counterdesk --version 2>/dev/null || true)
[[ "$out" == "CounterDesk $version" ]] || fail "counterdesk --version said: $out"
# The resources compiled in came along: the holiday calendar and the validators.
out=$(/usr/bin/counterdesk-cli due --from 2026-09-29 --days 5 --kind working || true)
[[ "$out" == 2026-10-12 ]] || fail "counterdesk-cli due said: $out (the built-in calendar gives 2026-10-12)"
out=$(/usr/bin/counterdesk-cli check id 11010519491231002X || true)
[[ "$out" == valid ]] || fail "counterdesk-cli check id said: $out"
# And a branch made by the installed program opens (SQLCipher inside, no package needed).
printf 'package test passphrase\n' >"$work/pass"
/usr/bin/counterdesk-cli init --data-dir "$work/branch" --code PK0001 --name Package \
    --passphrase-file "$work/pass" >/dev/null || fail "counterdesk-cli init"
out=$(/usr/bin/counterdesk-cli audit verify --data-dir "$work/branch" \
    --passphrase-file "$work/pass" || true)
[[ "$out" == ok* ]] || fail "counterdesk-cli audit verify said: $out"
if command -v man >/dev/null; then
    for page in counterdesk counterdesk-cli counterdesk-hq; do
        man -w "$page" >/dev/null 2>&1 || fail "man does not find $page(1)"
    done
fi
if command -v systemd-analyze >/dev/null; then
    for unit in counterdesk-hall counterdesk-hq; do
        out=$(systemd-analyze verify "/lib/systemd/system/$unit.service" 2>&1) \
            || fail "systemd-analyze verify $unit.service: $out"
    done
fi
pass "installed programs run"

dpkg -r counterdesk counterdesk-hq >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -r"; }
installed=()
for f in usr/bin/counterdesk usr/bin/counterdesk-cli usr/bin/counterdesk-hq \
    lib/systemd/system/counterdesk-hall.service; do
    [[ ! -e "/$f" ]] || fail "/$f is still there after dpkg -r"
done
pass "dpkg -r"

if ((failures)); then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "all package checks passed"
