"""Where the program finds its resources and keeps its data, installed or from a checkout."""

from __future__ import annotations

import importlib.resources
import json
import sys
from pathlib import Path

import platformdirs
import pytest

import nursingqc
from nursingqc import paths


def test_a_checkout_reads_the_top_level_resources() -> None:
    folder = paths.resources_dir()

    assert folder == Path(paths.__file__).resolve().parent.parent / "resources"
    assert (folder / "checklists" / "WARD_ENV.yaml").is_file()


def test_an_installed_package_reads_the_resources_inside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "nursingqc"
    (package / "resources" / "checklists").mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))

    assert paths.resources_dir() == package / "resources"
    # Where importlib.resources finds the package's files: the folder resources_dir looks in.
    found = Path(str(importlib.resources.files("nursingqc")))
    assert found == Path(str(nursingqc.__file__)).resolve().parent


def _installed_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, marker: str | None) -> None:
    python = tmp_path / "NursingQC" / "python"
    python.mkdir(parents=True)
    (python / "pythonw.exe").write_bytes(b"")
    if marker is not None:
        (python.parent / paths.INSTALLATION_FILE).write_text(marker, encoding="utf-8")
    monkeypatch.setattr(sys, "executable", str(python / "pythonw.exe"))


@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_the_installed_windows_build_keeps_its_database_in_the_machines_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bom: str
) -> None:
    _installed_build(
        tmp_path, monkeypatch, bom + json.dumps({"version": "0.1.0", "data": "shared"})
    )

    assert paths.installed_shared()
    shared = Path(platformdirs.site_data_dir("NursingQC", appauthor=False))
    assert paths.default_database_path() == shared / "nursingqc.sqlite3"


@pytest.mark.parametrize("marker", [None, "{not json", json.dumps(["shared"]), '{"data": "own"}'])
def test_anything_else_keeps_the_database_in_the_accounts_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, marker: str | None
) -> None:
    _installed_build(tmp_path, monkeypatch, marker)

    assert not paths.installed_shared()
    own = Path(platformdirs.user_data_dir("NursingQC", appauthor=False))
    assert paths.default_database_path() == own / "nursingqc.sqlite3"
