"""The main window: a navigation bar on the left, one page at a time on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QMainWindow, QMessageBox

from nursingqc.domain.accounts import Actor
from nursingqc.services.container import Services
from nursingqc.ui.dialogs.help import CONTENTS, PAGE_SECTIONS, HelpWindow
from nursingqc.ui.forms.ui_main_window import Ui_MainWindow
from nursingqc.ui.pages import PAGES
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.theme import FontSize, apply_theme, save_font_size, saved_font_size

#: Pixels beyond the widest title, so it never touches the column's edge.
NAVIGATION_SLACK = 12

P = TypeVar("P", bound=Page)


class MainWindow(QMainWindow):
    """``logged_out`` is True after 退出登录, so the program asks for the next user.

    The pages are those of ``PAGES`` the actor's role may see; the window knows them only
    through the page contract (``ui/pages/page.py``). The navigation lists them from their
    classes, and a page is built when it is first shown or asked for: the home page with the
    window, the others when the user goes there. Building all ten at once took the department's
    window 0.2 s after Enter (issue 14), for pages most sessions never open."""

    def __init__(
        self, services: Services, actor: Actor, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.actor = actor
        hospital = services.accounts.hospital_name()
        self.setWindowTitle(self.tr("NursingQC — {hospital}").format(hospital=hospital))

        self.context = PageContext(services, actor, today, hospital)
        #: The navigation's pages, row by row.
        self.page_classes = tuple(
            page_class for page_class in PAGES if page_class.shown_in(self.context)
        )
        self._built: dict[type[Page], Page] = {}
        for page_class in self.page_classes:
            self.ui.navigation.addItem(QListWidgetItem(page_class.title(actor)))
        self._navigation_minimum = self.ui.navigationColumn.minimumWidth()
        self._fit_navigation()
        self._shown: Page | None = None
        self.ui.navigation.currentRowChanged.connect(self._on_navigate)
        self.logged_out = False
        self.ui.logoutButton.clicked.connect(self.log_out)
        self.ui.settingsMenu.addAction(self.tr("Change &password…"), self.change_password)
        self._help: HelpWindow | None = None
        self._set_up_font_sizes()
        self.ui.actionPageHelp.triggered.connect(self.show_page_help)
        self.ui.actionGuide.triggered.connect(lambda: self.show_help(CONTENTS))

        role = QCoreApplication.translate("Role", actor.role.display_name)
        ward = ""
        if actor.ward_id is not None:
            wards = services.wards.list_wards(actor)
            ward = f" · {wards[0].name}" if wards else ""
        self.ui.statusBar.addPermanentWidget(
            QLabel(
                self.tr("{name} ({role}{ward}) · {hospital}").format(
                    name=actor.display_name, role=role, ward=ward, hospital=hospital
                )
            )
        )
        self.ui.navigation.setCurrentRow(0)  # shows and refreshes the first page

    def _fit_navigation(self) -> None:
        """The column as wide as its longest title in the chosen language and font (English
        titles are about twice as wide as Chinese ones), but never narrower than the form's."""
        navigation = self.ui.navigation
        navigation.ensurePolished()
        self.ui.logoutButton.ensurePolished()
        # sizeHintForColumn measures the items as the style draws them, stylesheet padding too.
        needed = max(
            navigation.sizeHintForColumn(0) + 2 * navigation.frameWidth() + NAVIGATION_SLACK,
            self.ui.logoutButton.sizeHint().width(),
            self._navigation_minimum,
        )
        self.ui.navigationColumn.setFixedWidth(needed)

    def _set_up_font_sizes(self) -> None:
        """字体大小 in the settings menu: one of three, the saved one ticked."""
        group = QActionGroup(self)
        self._font_actions = {
            FontSize.NORMAL: self.ui.actionFontNormal,
            FontSize.LARGE: self.ui.actionFontLarge,
            FontSize.LARGER: self.ui.actionFontLarger,
        }
        for size, action in self._font_actions.items():
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, size=size: self.set_font_size(size))
        self._font_actions[saved_font_size()].setChecked(True)

    def set_font_size(self, size: FontSize) -> None:
        """Kept for the next start on this PC and shown at once: the columns measured for the old
        size are measured again by the page's refresh."""
        save_font_size(size)
        self._font_actions[size].setChecked(True)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, size)
        self._fit_navigation()
        if self._shown is not None:
            self._shown.refresh()

    def show_page_help(self) -> None:
        """F1: the guide's section of the page shown now."""
        key = type(self._shown).key if self._shown is not None else ""
        self.show_help(PAGE_SECTIONS.get(key, CONTENTS))

    def show_help(self, section: str) -> None:
        if self._help is None:
            self._help = HelpWindow(self)
        self._help.show_section(section)

    @property
    def help_window(self) -> HelpWindow | None:
        """The guide's window once F1 or the 帮助 menu opened it."""
        return self._help

    @property
    def pages(self) -> list[Page]:
        """The pages built so far, in the navigation's order."""
        return [self._built[c] for c in self.page_classes if c in self._built]

    def page(self, page_class: type[P]) -> P | None:
        """The window's page of that class, built now if it was not yet; None when the actor's
        role does not see it."""
        if page_class not in self.page_classes:
            return None
        page = self._built.get(page_class)
        if page is None:
            page = page_class.from_context(self.context)
            page.openRequested.connect(self.open_page)
            self.ui.pages.addWidget(page)
            self._built[page_class] = page
        assert isinstance(page, page_class)
        return page

    def show_page(self, page: Page | None) -> bool:
        """Moves to ``page``; False when the page shown now may not be left yet."""
        if page is None:
            return False
        self.ui.navigation.setCurrentRow(self.page_classes.index(type(page)))
        return self._shown is page

    def open_page(self, key: str, target: object) -> None:
        """A page asked for another one (“去填写自查表”, a cell of the evaluation board)."""
        page_class = next((c for c in self.page_classes if c.key == key), None)
        page = self.page(page_class) if page_class is not None else None
        # Opening the target there replaces what that page holds: its work is kept first.
        if page is not None and page.confirm_leave() and self.show_page(page):
            page.open_target(target)

    def _on_navigate(self, row: int) -> None:
        shown = self._shown
        page_class = self.page_classes[row]
        # Asked before the next page is built: a user who stays has not waited for it.
        if shown is not None and type(shown) is not page_class and not shown.confirm_leave():
            navigation = self.ui.navigation
            navigation.blockSignals(True)
            navigation.setCurrentRow(self.page_classes.index(type(shown)))
            navigation.blockSignals(False)
            return
        page = self.page(page_class)
        assert page is not None
        self._shown = page
        self.ui.pages.setCurrentWidget(page)
        page.refresh()

    def change_password(self) -> None:
        """修改密码: every user her own, from the settings menu."""
        from nursingqc.ui.dialogs.password import PasswordDialog

        dialog = PasswordDialog(self.context.services.accounts, self.actor, self)
        if dialog.exec():
            QMessageBox.information(
                self, self.tr("Change password"), self.tr("Your password was changed.")
            )

    def log_out(self) -> None:
        """The next person on the shared ward PC must not work under this account."""
        self.logged_out = True
        if not self.close():
            self.logged_out = False

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages:  # only a page built can hold work
            if not page.confirm_leave():
                # The user chose to stay: show her the page with the work she keeps.
                self.show_page(page)
                event.ignore()
                return
        super().closeEvent(event)
