"""The shared database's password, kept by the system's keyring, never in the settings.

The settings file is plain text on disk (and copied with a portable install); the
system's keyring (Windows Credential Manager, macOS Keychain, GNOME Keyring / KWallet)
is where a desktop keeps such secrets. Where none is available (a bare Linux session),
nothing is stored and the password is asked at each connection: said, not hidden.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

log = logging.getLogger(__name__)

SERVICE = "Twinning Desk"


def account(address: str) -> str:
    """The key a password is kept under: user@host:port/database (no password, no TLS)."""
    try:
        url = make_url(address.replace("postgres://", "postgresql://", 1))
    except ArgumentError:
        return address
    return f"{url.username or ''}@{url.host or ''}:{url.port or 5432}/{url.database or ''}"


def stored_password(address: str) -> str | None:
    # keyring discovers its backends when imported (about 0.15 s): only a shared
    # database, never a committee's file, pays for it.
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account(address))
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("No password from the keyring: %s", exc)
        return None


def remember_password(address: str, password: str) -> bool:
    """Keep the password; False when this computer has no keyring to keep it in."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(address), password)
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("The keyring did not keep the password: %s", exc)
        return False
    return True


def forget_password(address: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account(address))
    except (PasswordDeleteError, KeyringError, RuntimeError, OSError):
        pass
