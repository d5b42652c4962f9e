"""检查表: the department edits its checklists; each save is a new version (rules §3.1).

Left, every checklist with its versions and the campaigns scored on each; right, the chosen
version's sections and items. Only the current version is edited: a campaign keeps the version it
was made with, so an edit changes no past result and no running campaign. Saving checks what a
checklist file must satisfy (points in tenths above 0, unique codes, items adding up to the full
marks) and refuses when another admin saved a version in the meantime. A version is shared with
another hospital as the YAML file the program ships its own checklists in.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from nursingqc.domain.accounts import Actor, Permission
from nursingqc.domain.checklists import ChecklistDefinition, ChecklistItem, ChecklistSection
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NursingQCError
from nursingqc.i18n import format_points
from nursingqc.services.checklists import ChecklistService, ChecklistSummary, ChecklistVersion
from nursingqc.ui.errors import show_error
from nursingqc.ui.forms.ui_checklists_page import Ui_ChecklistsPage
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.read_only import set_read_only

#: Columns of the items tree.
CODE, TEXT, POINTS, PER_OCCURRENCE, GUIDE, VETO = range(6)
_KIND = Qt.ItemDataRole.UserRole
_SECTION, _ITEM = "section", "item"
_PROBLEM = QColor("#fdecea")


def top_rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    rows = (tree.topLevelItem(index) for index in range(tree.topLevelItemCount()))
    return [row for row in rows if row is not None]


def child_rows(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    rows = (parent.child(index) for index in range(parent.childCount()))
    return [row for row in rows if row is not None]


class _Unreadable(Exception):
    """A cell the user typed that is not a number; the page says which."""

    def __init__(self, message: str, row: QTreeWidgetItem, column: int) -> None:
        super().__init__(message)
        self.row = row
        self.column = column


class ChecklistsPage(Page):
    key = "checklists"
    permission = Permission.ADMINISTER
    title_text = QT_TRANSLATE_NOOP("ChecklistsPage", "Checklists")

    def __init__(
        self, actor: Actor, checklists: ChecklistService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecklistsPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._checklists = checklists
        self.versions: list[ChecklistVersion] = []
        #: The version on the right, and whether it may be edited (it is the current one).
        self.shown: ChecklistVersion | None = None
        self.editable = False
        self.dirty = False
        self._filling = False
        self.ui.splitter.setSizes([290, 1000])
        header = self.ui.itemsTree.header()
        header.setStretchLastSection(False)
        # Codes and numbers as wide as they are (a checklist has a few dozen rows), the item's
        # text as wide as the user drags it, the guide what is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(GUIDE, QHeaderView.ResizeMode.Stretch)
        self.ui.itemsTree.setColumnWidth(TEXT, 360)
        self.ui.versionsTree.currentItemChanged.connect(self._version_chosen)
        self.ui.itemsTree.itemChanged.connect(self._changed)
        self.ui.itemsTree.currentItemChanged.connect(self._update_buttons)
        self.ui.nameEdit.textEdited.connect(self._changed)
        self.ui.maxPointsSpin.valueChanged.connect(self._changed)
        self.ui.addSectionButton.clicked.connect(self.add_section)
        self.ui.addItemButton.clicked.connect(self.add_item)
        self.ui.removeButton.clicked.connect(self.remove_current)
        self.ui.upButton.clicked.connect(lambda: self.move_current(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_current(1))
        self.ui.discardButton.clicked.connect(self.discard)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.importButton.clicked.connect(self.import_file)
        self.ui.exportButton.clicked.connect(self.export_file)

    @classmethod
    def from_context(cls, context: PageContext) -> ChecklistsPage:
        return cls(context.actor, context.services.checklists)

    # The list of versions

    def refresh(self) -> None:
        """The versions as stored now; an edit in progress stays on screen."""
        chosen = self.shown.id if self.shown is not None else None
        self.versions = self._checklists.list_versions(self._actor)
        tree = self.ui.versionsTree
        self._filling = True
        try:
            tree.clear()
            groups: dict[str, QTreeWidgetItem] = {}
            for version in self.versions:
                group = groups.get(version.code)
                if group is None:
                    group = QTreeWidgetItem(tree, [version.name])
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    groups[version.code] = group
                line = QTreeWidgetItem(group, [self._version_text(version)])
                line.setData(0, _KIND, version.id)
            tree.expandAll()
        finally:
            self._filling = False
        if self.dirty:
            return
        wanted = chosen or next((v.id for v in self.versions if v.is_current), None)
        self.choose_version(wanted)

    def _version_text(self, version: ChecklistVersion) -> str:
        text = self.tr("Version {version} · {items} items").format(
            version=version.version, items=version.item_count
        )
        return self.tr("{version} (current)").format(version=text) if version.is_current else text

    def choose_version(self, version_id: int | None) -> None:
        for group in top_rows(self.ui.versionsTree):
            for row in child_rows(group):
                if row.data(0, _KIND) == version_id:
                    self.ui.versionsTree.setCurrentItem(row)
                    return

    def _version_chosen(self, current: QTreeWidgetItem | None, previous: object) -> None:
        if self._filling or current is None or current.data(0, _KIND) is None:
            return
        version = next((v for v in self.versions if v.id == current.data(0, _KIND)), None)
        if version is None or (self.shown is not None and version.id == self.shown.id):
            return
        if self.dirty and not self._discard_asked():
            self._filling = True
            self.choose_version(self.shown.id if self.shown else None)
            self._filling = False
            return
        self.show_version(version)

    def show_version(self, version: ChecklistVersion) -> None:
        self.shown = version
        self.editable = version.is_current
        self._fill(self._checklists.definition(version.id))
        used = "、".join(version.campaigns) or self.tr("no campaign yet")
        self.ui.usedLabel.setText(
            self.tr("Saved {day}. Used by: {campaigns}").format(
                day=version.created_at.astimezone().strftime("%Y-%m-%d"), campaigns=used
            )
        )
        if self.editable:
            text = self.tr(
                "Version {version} of {name}, the current one: new campaigns use it. Saving "
                "makes version {next}; campaigns made before keep the version they use."
            )
        else:
            text = self.tr(
                "Version {version} of {name} is an earlier version, shown as it was (read "
                "only). To change the checklist, edit the current version."
            )
        self.ui.versionLabel.setText(
            text.format(version=version.version, name=version.name, next=version.version + 1)
        )
        self.ui.statusLabel.clear()

    # The editor

    def _fill(self, definition: ChecklistDefinition) -> None:
        self._filling = True
        try:
            self.ui.nameEdit.setText(definition.name)
            self.ui.maxPointsSpin.setValue(float(definition.max_points))
            tree = self.ui.itemsTree
            tree.clear()
            for section in definition.sections:
                group = self._section_row(section.title)
                for item in section.items:
                    self._item_row(group, item)
            tree.expandAll()
            self._set_editable(self.editable)
        finally:
            self._filling = False
        self.dirty = False
        self._update_total()
        self._update_buttons()

    def _section_row(self, title: str, index: int | None = None) -> QTreeWidgetItem:
        tree = self.ui.itemsTree
        row = QTreeWidgetItem([title])
        row.setData(CODE, _KIND, _SECTION)
        font = QFont(row.font(CODE))
        font.setBold(True)
        row.setFont(CODE, font)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
        tree.insertTopLevelItem(tree.topLevelItemCount() if index is None else index, row)
        row.setFirstColumnSpanned(True)
        return row

    def _item_row(
        self, section: QTreeWidgetItem, item: ChecklistItem, index: int | None = None
    ) -> QTreeWidgetItem:
        per = "" if item.per_occurrence is None else format_points(item.per_occurrence)
        row = QTreeWidgetItem([item.code, item.text, format_points(item.points), per, item.guide])
        row.setData(CODE, _KIND, _ITEM)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(VETO, Qt.CheckState.Checked if item.veto else Qt.CheckState.Unchecked)
        row.setToolTip(TEXT, item.text)
        row.setToolTip(GUIDE, item.guide)
        section.insertChild(section.childCount() if index is None else index, row)
        return row

    def _set_editable(self, editable: bool) -> None:
        tree = self.ui.itemsTree
        tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        set_read_only(self.ui.nameEdit, not editable)
        set_read_only(self.ui.maxPointsSpin, not editable)
        for row in self._item_rows():
            flags = row.flags()
            if editable:
                row.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            else:
                row.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable)

    def _item_rows(self) -> list[QTreeWidgetItem]:
        return [row for section in top_rows(self.ui.itemsTree) for row in child_rows(section)]

    def _changed(self, *_: object) -> None:
        if self._filling:
            return
        self.dirty = True
        self._update_total()
        self._update_buttons()

    def _update_total(self) -> None:
        total = Decimal(0)
        for row in self._item_rows():
            try:
                total += Decimal(row.text(POINTS).strip())
            except InvalidOperation:
                continue
        full = Decimal(str(self.ui.maxPointsSpin.value())).quantize(Decimal("0.1"))
        text = self.tr("Items add up to {total}").format(total=format_points(total))
        if total != full:
            text = self.tr("{total}, not the full marks {full}").format(
                total=text, full=format_points(full)
            )
        self.ui.totalLabel.setText(text)

    def _update_buttons(self, *_: object) -> None:
        current = self.ui.itemsTree.currentItem()
        editing = self.editable
        for button in (self.ui.addSectionButton, self.ui.addItemButton):
            button.setEnabled(editing)
        for button in (self.ui.removeButton, self.ui.upButton, self.ui.downButton):
            button.setEnabled(editing and current is not None)
        self.ui.discardButton.setEnabled(self.dirty)
        self.ui.saveButton.setEnabled(editing and self.dirty)
        self.ui.exportButton.setEnabled(self.shown is not None)

    def add_section(self) -> None:
        row = self._section_row(self.tr("New section"), self._section_index() + 1)
        self._start_editing(self._new_item(row), TEXT)

    def add_item(self) -> None:
        """Below the chosen item (or at the end of the chosen section), with a free code."""
        current = self.ui.itemsTree.currentItem()
        if current is None:
            sections = top_rows(self.ui.itemsTree)
            if not sections:
                self.add_section()
                return
            current = sections[-1]
        parent = current.parent()
        if parent is None:
            self._start_editing(self._new_item(current), TEXT)
        else:
            self._start_editing(self._new_item(parent, parent.indexOfChild(current) + 1), TEXT)

    def _new_item(self, section: QTreeWidgetItem, index: int | None = None) -> QTreeWidgetItem:
        self._filling = True
        try:
            blank = ChecklistItem(self._free_code(), "", Decimal(1), "")
            row = self._item_row(section, blank, index)
            section.setExpanded(True)
        finally:
            self._filling = False
        self._changed()
        return row

    def _free_code(self) -> str:
        """The checklist's own prefix (WE of WE01…) and the next number nobody uses."""
        codes = [row.text(CODE) for row in self._item_rows()]
        prefix = next((code.rstrip("0123456789") for code in codes if code), "")
        number = len(codes) + 1
        while f"{prefix}{number:02d}" in codes:
            number += 1
        return f"{prefix}{number:02d}"

    def _section_index(self) -> int:
        current = self.ui.itemsTree.currentItem()
        if current is None:
            return self.ui.itemsTree.topLevelItemCount() - 1
        section = current.parent() or current
        return self.ui.itemsTree.indexOfTopLevelItem(section)

    def _start_editing(self, row: QTreeWidgetItem, column: int) -> None:
        self.ui.itemsTree.setCurrentItem(row, column)
        self.ui.itemsTree.editItem(row, column)

    def remove_current(self) -> None:
        current = self.ui.itemsTree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            tree = self.ui.itemsTree
            tree.takeTopLevelItem(tree.indexOfTopLevelItem(current))
        else:
            parent.removeChild(current)
        self._changed()

    def move_current(self, step: int) -> None:
        """Up or down among its siblings: an item within its section, a section among them."""
        tree = self.ui.itemsTree
        current = tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            index = tree.indexOfTopLevelItem(current)
            if not 0 <= index + step < tree.topLevelItemCount():
                return
            expanded = current.isExpanded()
            tree.takeTopLevelItem(index)
            tree.insertTopLevelItem(index + step, current)
            current.setFirstColumnSpanned(True)
            current.setExpanded(expanded)
        else:
            index = parent.indexOfChild(current)
            if not 0 <= index + step < parent.childCount():
                return
            parent.takeChild(index)
            parent.insertChild(index + step, current)
        tree.setCurrentItem(current)
        self._changed()

    def edited_definition(self) -> ChecklistDefinition:
        """What is on screen as a definition of the shown version's code and number; raises
        ``_Unreadable`` at the first number that is not one."""
        assert self.shown is not None
        sections = [
            ChecklistSection(section.text(CODE), tuple(map(self._item_of, child_rows(section))))
            for section in top_rows(self.ui.itemsTree)
        ]
        return ChecklistDefinition(
            code=self.shown.code,
            name=self.ui.nameEdit.text(),
            version=self.shown.version,
            max_points=Decimal(str(self.ui.maxPointsSpin.value())).quantize(Decimal("0.1")),
            sections=tuple(sections),
        )

    def _item_of(self, row: QTreeWidgetItem) -> ChecklistItem:
        per = row.text(PER_OCCURRENCE).strip()
        return ChecklistItem(
            code=row.text(CODE).strip(),
            text=row.text(TEXT),
            points=self._number(row, POINTS),
            guide=row.text(GUIDE),
            per_occurrence=self._number(row, PER_OCCURRENCE) if per else None,
            veto=row.checkState(VETO) == Qt.CheckState.Checked,
        )

    def _number(self, row: QTreeWidgetItem, column: int) -> Decimal:
        text = row.text(column).strip()
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite():
            header = self.ui.itemsTree.headerItem().text(column)
            raise _Unreadable(
                self.tr('Item {code}: {column} must be a number, not "{text}".').format(
                    code=row.text(CODE), column=header, text=text
                ),
                row,
                column,
            )
        return value

    def save(self) -> None:
        """保存为新版本: checked, then stored as the next version."""
        if not self.editable or self.shown is None:
            return
        try:
            definition = self.edited_definition()
        except _Unreadable as unreadable:
            self.ui.statusLabel.setText(str(unreadable))
            unreadable.row.setBackground(unreadable.column, _PROBLEM)
            self.ui.itemsTree.setCurrentItem(unreadable.row, unreadable.column)
            return
        try:
            saved = self._checklists.save_new_version(self._actor, definition)
        except NursingQCError as error:
            show_error(self, error, self.tr("Not saved"))
            return
        self._show_stored(
            saved,
            self.tr(
                "Saved as version {version} of {name}. New campaigns use it; campaigns made "
                "before keep the version they use."
            ),
        )

    def _show_stored(self, saved: ChecklistSummary, told: str, **more: str) -> None:
        """The version just stored, chosen on the left, and ``told`` about it."""
        self.dirty = False
        self.shown = None
        self.refresh()
        self.choose_version(saved.id)
        self.ui.statusLabel.setText(told.format(version=saved.version, name=saved.name, **more))

    def discard(self) -> None:
        if self.shown is not None:
            self.dirty = False
            self.show_version(self.shown)

    # Files

    def import_file(self) -> None:
        """导入: a checklist file from another hospital, as the next version of its code."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a checklist file"), folder, self.tr("Checklists (*.yaml *.yml)")
        )
        if chosen:
            self.import_from(Path(chosen))

    def import_from(self, path: Path) -> None:
        if self.dirty and not self._discard_asked():
            return
        try:
            saved = self._checklists.import_file(self._actor, path)
        except NursingQCError as error:
            show_error(self, error, self.tr("Not imported"))
            return
        told = self.tr("{file} was imported as version {version} of {name}.")
        self._show_stored(saved, told, file=path.name)

    def export_file(self) -> None:
        if self.shown is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = self.tr("{name} version {version}.yaml").format(
            name=self.shown.name, version=self.shown.version
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export this version"),
            str(Path(folder) / suggested),
            self.tr("Checklists (*.yaml *.yml)"),
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> None:
        from nursingqc.reports.files import write_file

        assert self.shown is not None
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_name(path.name + ".yaml")
        try:
            text = self._checklists.checklist_file(self._actor, self.shown.id)
            write_file(text.encode("utf-8"), path)
        except NursingQCError as error:
            show_error(self, error, self.tr("Not exported"))
            return
        self.ui.statusLabel.setText(self.tr("Written to {path}").format(path=path))

    # The page contract

    def has_unsaved_work(self) -> bool:
        return self.dirty

    def save_now(self) -> bool:
        """A new version is a deliberate act: it is never saved on the way out."""
        return not self.dirty

    def confirm_leave(self) -> bool:
        return not self.dirty or self._discard_asked()

    def _discard_asked(self) -> bool:
        name = self.shown.name if self.shown is not None else ""
        answer = QMessageBox.question(
            self,
            self.tr("Changes not saved"),
            self.tr("Your changes to {name} are not saved as a new version. Discard them?").format(
                name=name
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        self.dirty = False
        return True
