"""The tests as a house of their own: what suites share lives in conftest.py files and helper
modules, never in another suite's test module (importing one ties a suite to another's insides,
and a test function imported by name is collected and run twice)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def is_test_module(dotted: str) -> bool:
    return dotted.rpartition(".")[2].startswith("test_")


def imported_test_modules(path: Path) -> list[str]:
    """The test modules ``path`` imports, by absolute or relative name."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if is_test_module(alias.name)]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if is_test_module(module):
                found.append(module)
            # ``from . import test_x`` and ``from tests.ui import test_x`` name the module last.
            found += [f"{module}.{a.name}" for a in node.names if is_test_module(a.name)]
    return found


def test_no_module_of_the_tests_imports_a_test_module() -> None:
    offenders = {
        str(path.relative_to(TESTS)): imported
        for path in sorted(TESTS.rglob("*.py"))
        if (imported := imported_test_modules(path))
    }
    assert offenders == {}, "share fixtures through conftest.py and helpers through modules"


def test_the_rule_sees_every_way_of_importing_a_test_module(tmp_path: Path) -> None:
    module = tmp_path / "test_example.py"
    module.write_text(
        "import tests.services.test_summary\n"
        "from tests.ui.test_app import started_dialogs\n"
        "from . import test_images\n"
        "from tests.helpers import TODAY\n"
        "def later():\n"
        "    from tests.cli import test_cli\n",
        encoding="utf-8",
    )
    assert imported_test_modules(module) == [
        "tests.services.test_summary",
        "tests.ui.test_app",
        ".test_images",
        "tests.cli.test_cli",
    ]
