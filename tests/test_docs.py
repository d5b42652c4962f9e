"""docs/rules.md is what code and tests cite: every citation names a section it has, and every test
it names as an example exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "docs" / "rules.md"
#: How code and tests cite the rules: ``rules §4.7`` (docs/rules.md, section 4.7).
CITATION = re.compile(r"\brules §(\d+(?:\.\d+)*)")
SECTION_MARK = re.compile(r"§(\d+(?:\.\d+)*)")
HEADING = re.compile(r"^#{2,3} §(\d+(?:\.\d+)*) ", re.MULTILINE)
EXAMPLE = re.compile(r"\b(tests/[\w/]+\.py)::(\w+)")
#: The product specification is not in the repository, so citing it sends a reader nowhere.
SPECIFICATION = re.compile(r"\b" + "SP" + r"EC\b")
DOCUMENTS = [ROOT / "README.md", ROOT / "DEVELOPERS.md", *sorted((ROOT / "docs").glob("*.md"))]


def sections() -> set[str]:
    found = HEADING.findall(RULES.read_text(encoding="utf-8"))
    assert len(found) == len(set(found)), "a section number is used twice"
    return set(found)


def sources() -> list[Path]:
    return sorted(
        [
            *(ROOT / "nursingqc").rglob("*.py"),
            *(ROOT / "tests").rglob("*.py"),
            *(ROOT / "resources" / "checklists").glob("*.yaml"),
        ]
    )


def lines_with(pattern: re.Pattern[str], paths: list[Path]) -> list[tuple[str, str]]:
    """(path:line, the line) of every line where ``pattern`` matches."""
    return [
        (f"{path.relative_to(ROOT)}:{number}", line.strip())
        for path in paths
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]


def test_rules_has_numbered_sections() -> None:
    assert {"1", "4", "4.7", "5.1", "6.6", "8.1"} <= sections()


def test_every_citation_in_code_and_tests_names_a_section_of_the_rules() -> None:
    known = sections()
    unknown = [
        (where, line)
        for where, line in lines_with(CITATION, sources())
        if any(number not in known for number in CITATION.findall(line))
    ]
    assert unknown == []


def test_every_section_mark_in_code_and_tests_is_a_citation_of_the_rules() -> None:
    """A bare section mark, or one of another document, would go unchecked against the rules."""
    stray = [
        (where, line)
        for where, line in lines_with(SECTION_MARK, sources())
        if len(SECTION_MARK.findall(line)) != len(CITATION.findall(line))
    ]
    assert stray == []


def test_the_specification_is_not_cited_in_code_or_tests() -> None:
    assert lines_with(SPECIFICATION, sources()) == []


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_every_section_a_document_names_exists(document: Path) -> None:
    known = sections()
    named = SECTION_MARK.findall(document.read_text(encoding="utf-8"))
    assert sorted({number for number in named if number not in known}) == []


def defined_tests(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def test_every_example_the_rules_name_is_a_test_that_exists() -> None:
    examples = EXAMPLE.findall(RULES.read_text(encoding="utf-8"))
    assert len(examples) > 50
    missing = [
        f"{file}::{name}"
        for file, name in examples
        if not (ROOT / file).is_file() or name not in defined_tests(ROOT / file)
    ]
    assert missing == []


def test_the_permission_table_of_the_rules_is_the_one_the_code_grants() -> None:
    """rules §1.1 shows ``GRANTED`` as a table; the services and the window use the code's."""
    from nursingqc.domain.accounts import GRANTED, Permission, Role

    row = re.compile(r"^\| `(\w+)` [^|]*\|([^|]*)\|([^|]*)\|([^|]*)\|$", re.MULTILINE)
    shown = {
        Permission[name]: tuple(cell.strip() == "✓" for cell in cells)
        for name, *cells in row.findall(RULES.read_text(encoding="utf-8"))
        if name in Permission.__members__
    }
    roles = (Role.ADMIN, Role.INSPECTOR, Role.HEAD_NURSE)
    assert shown == {p: tuple(p in GRANTED[role] for role in roles) for p in Permission}
