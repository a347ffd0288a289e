#!/bin/sh
# Installs the build into a temporary prefix (as `cmake --install` does for a package) and
# checks the layout: programs, activity plugins, bundled modules, desktop files, icon; then
# validates the launcher and the AppStream file with the tools software centres use, and
# starts the installed app once, offscreen.
# Usage: check-install.sh <build dir>
set -eu
build=$1
for tool in appstreamcli desktop-file-validate; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool is missing: run scripts/deps (it installs appstream and desktop-file-utils)" >&2
        exit 1
    fi
done
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
id=io.github.passerelle.Passerelle
fail=0
for f in bin/passerelle bin/passerelle-cli lib/passerelle/activities/libquiz.so \
         share/passerelle/modules/cultural-agility/module.json \
         share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg share/doc/passerelle/LICENSE; do
    [ -e "$prefix/$f" ] || { echo "FAIL: not installed: $f" >&2; fail=1; }
done
[ $fail -eq 0 ] || exit 1
desktop-file-validate "$prefix/share/applications/$id.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml"
# The installed app finds its plugins and modules beside itself, not in the build tree.
QT_QPA_PLATFORM=offscreen "$prefix/bin/passerelle" --data-dir "$prefix/data" --learner Install \
    --screenshot "$prefix/first.png" >"$prefix/out.txt" 2>&1 || { cat "$prefix/out.txt" >&2; exit 1; }
if grep -q "could not\|does not exist\|not a Qt plugin" "$prefix/out.txt"; then
    cat "$prefix/out.txt" >&2
    echo "FAIL: the installed app reported a problem" >&2
    exit 1
fi
[ -s "$prefix/first.png" ] || { echo "FAIL: no first frame" >&2; exit 1; }
echo "installed layout, desktop file and AppStream metadata are valid"
