#!/usr/bin/env bash
# CI for what users install, not the checkout (.ci/run calls this after the tests):
#   1. python -m build: an sdist, then a wheel built from that sdist;
#   2. the wheel installed into a fresh venv in a temporary folder outside the checkout,
#      its package data checked complete (packaging/check_resources.py) and the program
#      smoke-tested there (packaging/smoke_test.py);
#   3. the PyInstaller one-folder bundle frozen from that installed wheel, its size
#      reported, smoke-tested the same way;
#   4. the Linux desktop files validated (desktop-file-validate, appstreamcli).
# Exits non-zero on the first failure. Needs python3 (with venv), poppler-utils,
# desktop-file-utils and appstream; .ci/run installs them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/twinning-desk-ci.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen PIP_DISABLE_PIP_VERSION_CHECK=1
started=$SECONDS
step() { printf '\n== %s (%ss)\n' "$1" "$((SECONDS - started))"; }

step "Linux desktop files"
bash "$root/packaging/linux/validate.sh"

step "Build the sdist and the wheel"
python3 -m venv "$work/build-env"
"$work/build-env/bin/pip" install -q "build>=1.2"
"$work/build-env/bin/python" -m build --outdir "$work/dist" "$root" >"$work/build.log" 2>&1 ||
  { tail -n 40 "$work/build.log"; exit 1; }
ls -l "$work/dist"
wheel=("$work"/dist/twinning_desk-*.whl)

step "Install the wheel in a fresh venv outside the checkout"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q "${wheel[0]}"
# Imported from the venv, not the checkout; every resource and catalogue is inside.
(cd "$work" && "$work/venv/bin/python" "$root/packaging/check_resources.py" "$root")
version="$(basename "${wheel[0]}" | cut -d- -f2)"

step "Smoke-test the installed wheel"
(cd "$work" && python3 "$root/packaging/smoke_test.py" "$work/venv/bin/twinning-desk" \
  --label wheel --version "$version")

step "Freeze the installed wheel with PyInstaller"
"$work/venv/bin/pip" install -q "pyinstaller>=6.10"
(cd "$work" && "$work/venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$work/bundle" --workpath "$work/pyi-build" "$root/packaging/twinning-desk.spec")
bundle="$work/bundle/twinning-desk"
echo "Bundle size: $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files)"

step "Smoke-test the frozen bundle"
(cd "$work" && python3 "$root/packaging/smoke_test.py" "$bundle/twinning-desk" \
  --label frozen --version "$version")

step "Packaging checks passed"
