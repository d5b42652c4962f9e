"""Where NursingQC keeps its files: shipped resources, the user's database, logs and backups."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "NursingQC"
DB_ENV_VAR = "NURSINGQC_DB"
#: How ``resolve_database_url`` writes a path as a URL.
_SQLITE_FILE = "sqlite:///"


def resources_dir() -> Path:
    """The shipped checklists, fonts, icons, styles and translations.

    An installed program (a wheel, the Windows build) carries them inside the package (setup.py
    copies them there); a checkout and an editable install read the top-level ``resources/``.
    """
    # The package's own folder, as importlib.resources.files("nursingqc") names it for a package
    # on disk (the only way it is installed), without importing importlib.resources and its
    # readers before the log-in dialog (~3 ms).
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


#: Written by the Windows build beside its ``python`` folder (installer/build.py).
INSTALLATION_FILE = "installation.json"


def installed_shared() -> bool:
    """Whether this is the Windows build installed for every account of the PC.

    Several Windows accounts share one ward PC: each must open the same database, so the build's
    data lives in the machine's data folder (``C:\\ProgramData\\NursingQC``), not in one account's.
    """
    marker = Path(sys.executable).resolve().parent.parent / INSTALLATION_FILE
    try:
        if not marker.is_file():
            return False
    except OSError:
        # A Python in a folder this account may not look into (another account's home) is no
        # installed build: the Windows build's folder is readable by every account of the PC.
        return False
    import json  # only for the installed build's marker: ~2 ms before the log-in dialog

    try:
        # utf-8-sig: an IT person's Notepad may have saved it with a byte-order mark.
        return bool(json.loads(marker.read_text(encoding="utf-8-sig")).get("data") == "shared")
    except (OSError, ValueError, AttributeError):
        logging.getLogger(__name__).warning(
            "%s cannot be read: the database stays in this account's folder", marker
        )
        return False


def data_dir() -> Path:
    """The database's folder: the account's own, or the machine's for the installed build."""
    if installed_shared():
        return Path(platformdirs.site_data_dir(APP_NAME, appauthor=False))
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "nursingqc.sqlite3"


def keys_dir() -> Path:
    """The exchange packages' signing keys (``storage.exchange_keys``): in the data folder, so
    that every account of a shared ward PC signs as that PC, and never beside a database that
    may be copied to a USB stick or a shared folder."""
    return data_dir() / "keys"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / "nursingqc.log"


def resolve_database_url(db_option: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """``--db`` wins over ``NURSINGQC_DB``, which wins over the file in the user's data folder.

    A value with ``://`` is a SQLAlchemy URL (``postgresql+psycopg://…``); anything else is a path.
    """
    value = db_option or environ.get(DB_ENV_VAR) or str(default_database_path())
    if "://" in value:
        return value
    return f"{_SQLITE_FILE}{Path(value).expanduser().resolve()}"


def new_database_file(url: str) -> bool:
    """Whether ``url`` is a path made into a URL by ``resolve_database_url`` and no file is there
    yet: the first start on this PC. Read without SQLAlchemy, which the program imports only
    behind its first window; any other URL is not new here."""
    if not url.startswith(_SQLITE_FILE) or "?" in url:
        return False
    return not Path(url.removeprefix(_SQLITE_FILE)).exists()
