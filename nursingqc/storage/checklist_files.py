"""Reads checklist definitions from YAML (``resources/checklists/*.yaml``), refusing broken files.

Every refusal names the file, the line and the reason, so whoever edited the file can fix it.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from nursingqc.domain import texts
from nursingqc.domain.checklists import (
    ChecklistDefinition,
    ChecklistItem,
    ChecklistSection,
    definition_problems,
)
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    ChecklistFileError,
    Message,
    ValidationError,
)
from nursingqc.domain.texts import TextField, checked_text

MSG_FILE_PROBLEM = QT_TRANSLATE_NOOP("Errors", "Checklist file {file}, line {line}: {reason}")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "the file cannot be read ({detail})")
MSG_BAD_YAML = QT_TRANSLATE_NOOP("Errors", "this is not valid YAML ({detail})")
MSG_BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "Errors", "the file holds an invisible control character ({code}); delete it and save again"
)
MSG_EXPECTED_MAPPING = QT_TRANSLATE_NOOP("Errors", "{what} must be a mapping of field: value")
MSG_EXPECTED_LIST = QT_TRANSLATE_NOOP("Errors", "{field} must be a list")
MSG_MISSING_FIELD = QT_TRANSLATE_NOOP("Errors", "the field {field} is missing")
MSG_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Errors", "unknown field {field}")
MSG_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "{field} must be a number, not {value}")
MSG_NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "{field} must be text")
MSG_EMPTY_TEXT = QT_TRANSLATE_NOOP("Errors", "{field} must not be empty")
MSG_NOT_BOOLEAN = QT_TRANSLATE_NOOP("Errors", "{field} must be true or false, not {value}")
MSG_NOT_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number, not {value}")

_CHECKLIST_FIELDS = {"code", "name", "version", "max_points", "sections"}
_SECTION_FIELDS = {"title", "items"}
_ITEM_FIELDS = {"code", "text", "points", "guide", "per_occurrence", "veto"}
_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, node: Node | None, template: str, **params: object) -> ChecklistFileError:
        line = node.start_mark.line + 1 if node is not None else 1
        return ChecklistFileError(
            MSG_FILE_PROBLEM, file=self.source, line=line, reason=Message(template, dict(params))
        )

    def mapping(self, node: Node, what: str, allowed: set[str]) -> dict[str, tuple[Node, Node]]:
        if not isinstance(node, MappingNode):
            raise self.fail(node, MSG_EXPECTED_MAPPING, what=what)
        fields: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key not in allowed:
                raise self.fail(key_node, MSG_UNKNOWN_FIELD, field=key)
            fields[key] = (key_node, value_node)
        return fields

    def required(self, fields: dict[str, tuple[Node, Node]], name: str, parent: Node) -> Node:
        if name not in fields:
            raise self.fail(parent, MSG_MISSING_FIELD, field=name)
        return fields[name][1]

    def text(self, node: Node, name: str, field: TextField) -> str:
        if not isinstance(node, ScalarNode) or node.tag in _NUMBER_TAGS:
            raise self.fail(node, MSG_NOT_TEXT, field=name)
        try:
            value = checked_text(str(node.value), field)
        except ValidationError as refused:
            raise self.fail(node, refused.template, **refused.params) from refused
        if not value:
            raise self.fail(node, MSG_EMPTY_TEXT, field=name)
        return value

    def number(self, node: Node, name: str) -> Decimal:
        if not isinstance(node, ScalarNode) or node.tag not in _NUMBER_TAGS:
            raise self.fail(node, MSG_NOT_A_NUMBER, field=name, value=getattr(node, "value", "…"))
        try:
            # From the text as written, never through float: "0.1" stays exactly 0.1.
            return Decimal(str(node.value))
        except InvalidOperation as error:
            raise self.fail(node, MSG_NOT_A_NUMBER, field=name, value=node.value) from error

    def whole_number(self, node: Node, name: str) -> int:
        value = self.number(node, name)
        if value != value.to_integral_value() or value < 1:
            raise self.fail(node, MSG_NOT_WHOLE_NUMBER, field=name, value=node.value)
        return int(value)

    def boolean(self, node: Node, name: str) -> bool:
        if not isinstance(node, ScalarNode) or node.tag != "tag:yaml.org,2002:bool":
            raise self.fail(node, MSG_NOT_BOOLEAN, field=name, value=getattr(node, "value", "…"))
        return str(node.value).lower() in {"true", "yes", "on"}

    def sequence(self, node: Node, name: str) -> list[Node]:
        if not isinstance(node, SequenceNode):
            raise self.fail(node, MSG_EXPECTED_LIST, field=name)
        return list(node.value)

    def item(self, node: Node) -> ChecklistItem:
        fields = self.mapping(node, "item", _ITEM_FIELDS)
        per_occurrence = fields.get("per_occurrence")
        veto = fields.get("veto")
        guide = fields.get("guide")
        return ChecklistItem(
            code=self.text(self.required(fields, "code", node), "code", texts.CHECKLIST_CODE),
            text=self.text(self.required(fields, "text", node), "text", texts.ITEM_TEXT),
            points=self.number(self.required(fields, "points", node), "points"),
            guide=self.text(guide[1], "guide", texts.ITEM_GUIDE) if guide else "",
            per_occurrence=(
                self.number(per_occurrence[1], "per_occurrence") if per_occurrence else None
            ),
            veto=self.boolean(veto[1], "veto") if veto else False,
        )

    def checklist(self, root: Node) -> tuple[ChecklistDefinition, dict[str, Node]]:
        fields = self.mapping(root, "checklist", _CHECKLIST_FIELDS)
        item_nodes: dict[str, Node] = {}
        sections = []
        for section_node in self.sequence(self.required(fields, "sections", root), "sections"):
            section_fields = self.mapping(section_node, "section", _SECTION_FIELDS)
            items = []
            items_node = self.required(section_fields, "items", section_node)
            for item_node in self.sequence(items_node, "items"):
                item = self.item(item_node)
                item_nodes[item.code] = item_node  # a duplicate is reported where it repeats
                items.append(item)
            title_node = self.required(section_fields, "title", section_node)
            title = self.text(title_node, "title", texts.SECTION_TITLE)
            sections.append(ChecklistSection(title, tuple(items)))
            item_nodes.setdefault(f"section:{title}", section_node)
        definition = ChecklistDefinition(
            code=self.text(self.required(fields, "code", root), "code", texts.CHECKLIST_CODE),
            name=self.text(self.required(fields, "name", root), "name", texts.CHECKLIST_NAME),
            version=self.whole_number(self.required(fields, "version", root), "version"),
            max_points=self.number(self.required(fields, "max_points", root), "max_points"),
            sections=tuple(sections),
        )
        item_nodes["max_points"] = fields["max_points"][1]
        return definition, item_nodes


def parse_checklist(text: str, source: str) -> ChecklistDefinition:
    """A validated definition from YAML text; ``source`` names the file in error messages."""
    reader = _Reader(source)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise ChecklistFileError(
            MSG_FILE_PROBLEM,
            file=source,
            line=line,
            reason=Message(MSG_BAD_YAML, {"detail": error.problem or str(error)}),
        ) from error
    except yaml.reader.ReaderError as error:  # a control character, U+FFFE, a lone surrogate…
        raise ChecklistFileError(
            MSG_FILE_PROBLEM,
            file=source,
            line=text.count("\n", 0, error.position) + 1,
            reason=Message(MSG_BAD_CHARACTER, {"code": f"U+{error.character:04X}"}),
        ) from error
    if root is None:
        raise reader.fail(None, MSG_EXPECTED_MAPPING, what="checklist")
    definition, nodes = reader.checklist(root)
    problems = definition_problems(definition)
    if problems:
        template, params = problems[0]
        # Point at the item's line where the rule is about one item, else at max_points.
        code = params.get("code") or (f"section:{params['title']}" if "title" in params else None)
        node = nodes.get(str(code)) if code else nodes.get("max_points")
        raise reader.fail(node or nodes.get("max_points"), template, **params)
    return definition


def read_checklist_file(path: Path) -> ChecklistDefinition:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ChecklistFileError(
            MSG_FILE_PROBLEM,
            file=path.name,
            line=1,
            reason=Message(MSG_UNREADABLE, {"detail": error}),
        ) from error
    return parse_checklist(text, path.name)


def read_checklist_folder(folder: Path) -> list[ChecklistDefinition]:
    """Every ``*.yaml`` in the folder; the first broken file stops the load."""
    return [read_checklist_file(path) for path in sorted(folder.glob("*.yaml"))]


def _number(value: Decimal) -> int | float:
    """Points as YAML writes them: 10, 2.5 (tenths only, so the float's repr is exact)."""
    return int(value) if value == value.to_integral_value() else float(value)


def checklist_yaml(definition: ChecklistDefinition) -> str:
    """The definition as a file ``parse_checklist`` reads back the same: for sharing a
    checklist between hospitals, or editing it by hand."""
    sections = []
    for section in definition.sections:
        items = []
        for item in section.items:
            fields: dict[str, object] = {
                "code": item.code,
                "text": item.text,
                "points": _number(item.points),
            }
            if item.guide:
                fields["guide"] = item.guide
            if item.per_occurrence is not None:
                fields["per_occurrence"] = _number(item.per_occurrence)
            if item.veto:
                fields["veto"] = True
            items.append(fields)
        sections.append({"title": section.title, "items": items})
    document = {
        "code": definition.code,
        "name": definition.name,
        "version": definition.version,
        "max_points": _number(definition.max_points),
        "sections": sections,
    }
    header = f"# {definition.name} — NursingQC 检查表，第 {definition.version} 版\n"
    return header + yaml.safe_dump(
        document, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100
    )
