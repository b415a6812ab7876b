"""Twinning Desk: the offline desktop tool of a town-twinning committee."""

__version__ = "0.1.0"
APP_NAME = "Twinning Desk"
# Used for platformdirs and QSettings so that data, settings and logs share one name.
APP_ID = "TwinningDesk"
ORG_NAME = "TwinningDesk"
