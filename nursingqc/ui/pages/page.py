"""The contract between the main window and its pages (docs/architecture.md, "A page").

Like the options pages of MusicBrainz Picard, which share ``load``/``save``/``check`` and a dialog
that loops over them, every page here says what it is and how its work is kept, and the main
window loops over all of them when the user moves to another page, logs out or closes it. The
window never names a page: pages are listed once, in ``nursingqc.ui.pages.PAGES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Self

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.services.container import Services


@dataclass(frozen=True)
class PageContext:
    """What a page is made with: the use cases, who works, and today's date (a clock in tests)."""

    services: Services
    actor: Actor
    today: Callable[[], date]
    hospital: str


class Page(QWidget):
    """One screen of the main window.

    ``key`` names the page in ``openRequested``; ``permission`` is what the actor must be allowed
    to do to see it (None: everyone), from the table the services enforce; ``title_text`` is its
    title in the navigation, marked with ``QT_TRANSLATE_NOOP`` in the page class's own context.
    All three are the class's: the window lists a page before it builds it.
    """

    key: ClassVar[str]
    permission: ClassVar[Permission | None] = None
    title_text: ClassVar[str]

    #: Asks the main window to show the page ``key`` and open ``target`` there (``open_target``).
    openRequested = Signal(str, object)

    @classmethod
    def shown_to(cls, actor: Actor) -> bool:
        return cls.permission is None or may(actor, cls.permission)

    @classmethod
    def shown_in(cls, context: PageContext) -> bool:
        """Whether the window lists the page: by the actor's permission, and for a page that
        depends on the PC too (数据交换: the department's PC or a ward PC) on the services."""
        return cls.shown_to(context.actor)

    @classmethod
    def from_context(cls, context: PageContext) -> Self:
        raise NotImplementedError

    @classmethod
    def title(cls, actor: Actor) -> str:
        """The title in the navigation, in the user's language."""
        return QCoreApplication.translate(cls.__name__, cls.title_text)

    def refresh(self) -> None:
        """Shows the database as it is now; called each time the page is shown."""

    def has_unsaved_work(self) -> bool:
        """True while something typed or chosen on the page is not in the database."""
        return False

    def save_now(self) -> bool:
        """Writes what is pending at once; True when nothing typed here is left unsaved."""
        return not self.has_unsaved_work()

    def confirm_leave(self) -> bool:
        """Before the page's work goes away (another page, 退出登录, closing the window): saves
        it, and when that fails asks whether it may be lost. False: stay on the page."""
        if self.save_now():
            return True
        return ask_to_discard(self)

    def open_target(self, target: object) -> None:
        """Shows what another page asked for with ``openRequested`` (a sheet, a filter)."""


def ask_to_discard(parent: QWidget) -> bool:
    """The one question before typed work is lost; No (stay) is the default."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Page", "Not saved"),
        QCoreApplication.translate(
            "Page",
            "What you typed on this page could not be saved. If you leave now it is lost. "
            "Leave anyway?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
