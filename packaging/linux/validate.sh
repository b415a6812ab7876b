#!/usr/bin/env bash
# Validate the Linux desktop integration files with the freedesktop tools
# (Debian: desktop-file-utils, appstream). Used by packaging/ci.sh and the tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
desktop-file-validate "$here/org.twinningdesk.TwinningDesk.desktop"
appstreamcli validate --no-net "$here/org.twinningdesk.TwinningDesk.metainfo.xml"
echo "desktop entry and AppStream metainfo are valid"
