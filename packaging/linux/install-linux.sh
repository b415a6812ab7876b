#!/usr/bin/env bash
# Put Twinning Desk into the user's desktop menu: the .desktop entry, the AppStream
# metainfo and the hicolor icons (16-512 px and scalable), under ~/.local/share (or
# $XDG_DATA_HOME). No root needed. Run it again after an upgrade; --uninstall removes them.
#
#   packaging/linux/install-linux.sh                       # twinning-desk from `pip install`
#   packaging/linux/install-linux.sh --exec /opt/twinning-desk/twinning-desk   # a frozen folder
#   packaging/linux/install-linux.sh --uninstall
set -euo pipefail
app_id="org.twinningdesk.TwinningDesk"
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
exec_cmd=""
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --exec) exec_cmd="$2"; shift 2 ;;
    --prefix) data="$2"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (--help)" >&2; exit 2 ;;
  esac
done

icons=("$here"/icons/hicolor/*/apps/"$app_id".*)
if [ "$uninstall" -eq 1 ]; then
  rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
  for icon in "${icons[@]}"; do
    rm -f "$data/icons/hicolor/${icon#"$here/icons/hicolor/"}"
  done
  echo "Removed Twinning Desk from the menu (your data is kept)."
else
  if [ -z "$exec_cmd" ]; then
    exec_cmd="$(command -v twinning-desk || true)"
    if [ -z "$exec_cmd" ]; then
      echo "twinning-desk is not on PATH; give its location with --exec PATH" >&2
      exit 1
    fi
  fi
  if [ ! -x "$exec_cmd" ]; then
    echo "$exec_cmd is not an executable program" >&2
    exit 1
  fi
  install -d "$data/applications" "$data/metainfo"
  # Absolute Exec and TryExec: the menu does not see the PATH of a venv or of ~/.local/bin.
  quoted="\"${exec_cmd//\"/\\\"}\""
  sed -e "s|^Exec=.*|Exec=$quoted|" -e "s|^TryExec=.*|TryExec=$exec_cmd|" \
    "$here/$app_id.desktop" >"$data/applications/$app_id.desktop"
  install -m 644 "$here/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
  for icon in "${icons[@]}"; do
    install -D -m 644 "$icon" "$data/icons/hicolor/${icon#"$here/icons/hicolor/"}"
  done
  echo "Twinning Desk is in the menu: $data/applications/$app_id.desktop -> $exec_cmd"
fi
# Refresh the caches when the tools are there; desktops also notice on their own.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
