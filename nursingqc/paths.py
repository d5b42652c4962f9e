"""Where NursingQC keeps its files: shipped resources, the user's database, logs and backups."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "NursingQC"


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
