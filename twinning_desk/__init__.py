"""Twinning Desk: the offline desktop tool of a town-twinning committee."""

__version__ = "0.1.0"
APP_NAME = "Twinning Desk"
# Used for platformdirs and QSettings so that data, settings and logs share one name.
APP_ID = "TwinningDesk"
ORG_NAME = "TwinningDesk"
# Reverse-DNS id of the desktop entry, AppStream file, icons and macOS bundle
# (packaging/); Wayland matches the window to its .desktop entry and icon through it.
DESKTOP_ID = "org.twinningdesk.TwinningDesk"
