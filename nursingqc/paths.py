"""Where NursingQC keeps its files: shipped resources, the user's database, logs and backups."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "NursingQC"
DB_ENV_VAR = "NURSINGQC_DB"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder, beside the package in a checkout or inside a bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "nursingqc.sqlite3"


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
    return f"sqlite:///{Path(value).expanduser().resolve()}"
