"""``nursingqc --selftest``: what a hospital's IT runs after installing, to see that this copy of
the program works on this PC before anyone relies on it.

Everything happens in a temporary folder that is deleted afterwards, never in the user's real
database: the program's own start-up opens a fresh database there (schema, daily backup, the
shipped checklists), a small demo hospital is filled in, the ranking workbook is written with the
program's Excel code and read back with openpyxl, one rectification notice is written as a PDF and
must carry the shipped Chinese font embedded, and the real main window opens for the demo's
administrator (offscreen unless the user chose a Qt platform) and closes again. Each check prints
one line, ``✔`` and what was seen, or ``✘``, the check's name and why; a check that needs an
earlier one that failed says so instead of failing in a confusing way. The exit code is 0 only
when every check passed, so a deployment script can rely on it.

The parts a broken installation most often lacks come first: the translations (a pruned
``qtbase_zh_CN.qm`` gives English buttons), then the resources folder (checklists, font).
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from nursingqc.cli import EXIT_OK, EXIT_REFUSED
from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NursingQCError
from nursingqc.i18n import error_text, tr
from nursingqc.logs import setup_logging
from nursingqc.paths import resources_dir
from nursingqc.reports.excel.ranking_workbook import (
    DETAILS_SHEET,
    RANKING_SHEET,
    ranking_columns,
    write_ranking_workbook,
)
from nursingqc.reports.pdf.fonts import FONT_NAME
from nursingqc.reports.pdf.notice import write_notices
from nursingqc.reports.wording import MISSING
from nursingqc.services.container import Services, open_services
from nursingqc.services.demo import ADMIN_PASSWORD, create_demo

log = logging.getLogger(__name__)

CONTEXT = "SelfTest"
PLATFORM_VARIABLE = "QT_QPA_PLATFORM"
# Small enough to take a second, large enough that the ranking and the notice have content.
DEMO_WARDS = 3
# How often a message box that popped up in the offscreen window is looked for (and closed,
# failing the check): nobody is there to click it, and the self-test must never hang.
MODAL_POLL_MS = 100
# A word Qt's own translation (qtbase_*.qm) holds; in variables, so that lupdate does not copy it
# into ours, which would then answer for the missing file.
QT_CONTEXT, QT_WORD = "QPlatformTheme", "Cancel"


class CheckFailed(Exception):
    """A check saw something wrong; the message is already in the user's language."""


@dataclass
class _Run:
    """What the checks share: the temporary folder, the demo's services and administrator."""

    stack: ExitStack
    language: str
    folder: Path | None = None
    services: Services | None = None
    admin: Actor | None = None
    campaign_id: int | None = None
    failed: set[str] = field(default_factory=set)

    def temporary(self) -> Path:
        assert self.folder is not None
        return self.folder

    def opened(self) -> Services:
        assert self.services is not None
        return self.services

    def administrator(self) -> Actor:
        assert self.admin is not None
        return self.admin

    def campaign(self) -> int:
        assert self.campaign_id is not None
        return self.campaign_id


@dataclass(frozen=True)
class Check:
    name: str  # marked for translation in CONTEXT
    run: Callable[[_Run], str]
    needs: tuple[str, ...] = ()


def _translations(run: _Run) -> str:
    if run.language == "en":
        return tr("English chosen: no translation to load")
    ours = tr("NursingQC") != "NursingQC"
    qt = QCoreApplication.translate(QT_CONTEXT, QT_WORD) != QT_WORD
    if not (ours and qt):
        missing = [name for name, found in (("nursingqc", ours), ("qtbase", qt)) if not found]
        raise CheckFailed(
            tr("the Chinese translation files are missing: {files}").format(
                files=", ".join(f"{name}_{run.language}.qm" for name in missing)
            )
        )
    return tr("Chinese translations loaded (the program's and Qt's own)")


def _database(run: _Run) -> str:
    run.folder = Path(run.stack.enter_context(tempfile.TemporaryDirectory(prefix="nursingqc-")))
    services = open_services(f"sqlite:///{run.folder / 'selftest.sqlite3'}")
    run.stack.callback(services.close)
    run.services = services
    return tr("Temporary database opened (deleted afterwards): {folder}").format(folder=run.folder)


def _checklists(run: _Run) -> str:
    services = run.opened()
    loaded = services.checklists.current_checklists()
    shipped = sorted(resources_dir().glob("checklists/*.yaml"))
    if not loaded or len(loaded) != len(shipped):
        raise CheckFailed(
            tr("{loaded} checklists in the database, {shipped} files in {folder}").format(
                loaded=len(loaded), shipped=len(shipped), folder=resources_dir() / "checklists"
            )
        )
    for checklist in loaded:
        if not services.checklists.definition(checklist.id).items:
            raise CheckFailed(tr("checklist {name} has no items").format(name=checklist.name))
    return tr("{count} checklists loaded: {names}").format(
        count=len(loaded), names="、".join(checklist.name for checklist in loaded)
    )


def _demo(run: _Run) -> str:
    services = run.opened()
    demo = create_demo(services, wards=DEMO_WARDS)
    run.admin = services.accounts.login("admin", ADMIN_PASSWORD)
    run.campaign_id = demo.campaign_id
    return tr("Demo hospital created: {wards} wards, campaign {campaign}").format(
        wards=demo.ward_count, campaign=demo.campaign_name
    )


def _excel(run: _Run) -> str:
    from openpyxl import load_workbook

    services, admin, campaign = run.opened(), run.administrator(), run.campaign()
    view = services.ranking.ranking(admin, campaign)
    path = run.temporary() / "排名.xlsx"
    with services.ranking.details(admin, campaign) as details:
        written = len(details)
        write_ranking_workbook(view, details, path, made_on=date.today())
    book = load_workbook(path, read_only=True)
    try:
        ranking, detail_sheet = book[RANKING_SHEET], book[DETAILS_SHEET]
        ranking.reset_dimensions()  # read_only trusts the file's own row count otherwise
        detail_sheet.reset_dimensions()
        rows = list(ranking.iter_rows(min_row=2, values_only=True))
        detail_rows = sum(1 for _ in detail_sheet.iter_rows(min_row=2, values_only=True))
    finally:
        book.close()
    header = [str(value) for value in rows[0] if value is not None] if rows else []
    codes = [row[1] for row in rows[1:]]
    if header != ranking_columns(view) or codes != [row.ward.code for row in view.rows]:
        raise CheckFailed(tr("the ranking sheet read back differs from what was written"))
    if detail_rows != written:
        raise CheckFailed(
            tr("{found} detail rows read back, {written} written").format(
                found=detail_rows, written=written
            )
        )
    return tr("Excel workbook written and read back: {wards} wards, {details} detail rows").format(
        wards=len(codes), details=detail_rows
    )


_FONT_DESCRIPTOR = re.compile(rb"<<[^<>]*/FontName\s*/([^\s/<>\[\]()]+)[^<>]*>>")


def embedded_fonts(pdf: bytes) -> set[str]:
    """The names of the TrueType fonts a PDF carries inside it (subset prefix ``ABCDEF+`` off).

    A font that is only named, not embedded, has a descriptor without ``/FontFile2``: a PC without
    that font shows boxes instead of Chinese."""
    names = set()
    for descriptor in _FONT_DESCRIPTOR.finditer(pdf):
        if b"/FontFile2" in descriptor.group(0):
            names.add(descriptor.group(1).decode("latin-1").split("+", 1)[-1])
    return names


def _pdf(run: _Run) -> str:
    services, admin, campaign = run.opened(), run.administrator(), run.campaign()
    notices = services.notices.notices(admin, campaign)
    if not notices:  # the demo left every ward without work: the ward's 无需整改 notice then
        ward = services.wards.list_wards(admin)[0]
        notices = services.notices.notices(admin, campaign, ward.code)
    path = run.temporary() / "整改通知单.pdf"
    written = write_notices([next(iter(notices))], path)
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise CheckFailed(tr("{path} is not a PDF file").format(path=path))
    fonts = embedded_fonts(data)
    if not any(name.startswith(FONT_NAME) for name in fonts):
        raise CheckFailed(
            tr("the Chinese font {font} is not embedded (embedded: {fonts})").format(
                font=FONT_NAME, fonts=", ".join(sorted(fonts)) or MISSING
            )
        )
    return tr("Rectification notice written as PDF: {pages} page(s), font {font} embedded").format(
        pages=written.pages if written else 0, font=FONT_NAME
    )


def _window(run: _Run) -> str:
    from nursingqc.ui.main_window import MainWindow

    services, admin = run.opened(), run.administrator()
    boxes: list[str] = []

    def close_boxes() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            boxes.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
            box.close()

    watcher = QTimer()
    watcher.timeout.connect(close_boxes)
    watcher.start(MODAL_POLL_MS)
    window = MainWindow(services, admin)
    pages = len(window.page_classes)
    try:
        window.show()
        for page_class in window.page_classes:
            # Directly, not by navigating: an error raised in a slot would only be logged.
            page = window.page(page_class)
            assert page is not None
            window.ui.pages.setCurrentWidget(page)
            page.refresh()
        QApplication.processEvents()
        shown = window.isVisible()
    finally:
        watcher.stop()
        window.close()
        _dispose(window)
    if boxes:
        raise CheckFailed(tr("the window showed a message: {text}").format(text=boxes[0]))
    if not shown:
        raise CheckFailed(tr("the window did not appear"))
    return tr("Main window opened and closed ({pages} pages, Qt platform {platform})").format(
        pages=pages, platform=QApplication.platformName()
    )


def _dispose(widget: QWidget) -> None:
    widget.deleteLater()
    # Now, not at some later event loop: its pages' timers must not outlive the database.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _clean_up(run: _Run) -> str:
    folder = run.folder
    run.stack.close()  # the database first, then its folder
    if folder is None:
        return tr("No temporary files were made")
    if folder.exists():
        raise CheckFailed(tr("the temporary folder {folder} is still there").format(folder=folder))
    return tr("Temporary folder deleted")


CHECKS = (
    Check(QT_TRANSLATE_NOOP("SelfTest", "Translations"), _translations),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Database"), _database),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Checklists"), _checklists, ("Database",)),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Demo data"), _demo, ("Checklists",)),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Excel workbook"), _excel, ("Demo data",)),
    Check(QT_TRANSLATE_NOOP("SelfTest", "PDF with Chinese font"), _pdf, ("Demo data",)),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Main window"), _window, ("Demo data",)),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Clean-up"), _clean_up),
)


def _name(check_name: str) -> str:
    return QCoreApplication.translate(CONTEXT, check_name)


def _outcome(check: Check, run: _Run, log_path: Path) -> tuple[bool, str]:
    missing = [name for name in check.needs if name in run.failed]
    if missing:
        return False, tr("not run, because check {check} failed").format(check=_name(missing[0]))
    try:
        return True, check.run(run)
    except CheckFailed as failure:
        log.error("self-test %s: %s", check.name, failure)
        reason = str(failure)
    except NursingQCError as error:
        log.error("self-test %s: %s", check.name, error, exc_info=error)
        reason = error_text(error)
    except Exception as error:
        log.exception("self-test %s failed", check.name)
        reason = f"{type(error).__name__}: {error}"
    return False, tr("{reason} (details in the log file {path})").format(
        reason=reason, path=log_path
    )


def run_selftest(language: str) -> int:
    """Runs every check, prints one line each; 0 when all passed, 1 otherwise."""
    # Before the QApplication exists: a PC without a desktop (a server, an IT remote shell) can
    # still run the window check. A platform the user chose is respected.
    if not os.environ.get(PLATFORM_VARIABLE):  # empty is unset to Qt as well
        os.environ[PLATFORM_VARIABLE] = "offscreen"
    from nursingqc.ui.app import create_application

    log_path = setup_logging()
    create_application(language)
    log.info("self-test started")
    with ExitStack() as stack:
        run = _Run(stack, language)
        for check in CHECKS:
            ok, text = _outcome(check, run, log_path)
            if not ok:
                run.failed.add(check.name)
                text = tr("{check}: {reason}").format(check=_name(check.name), reason=text)
            print(("✔ " if ok else "✘ ") + text, flush=True)
    log.info("self-test finished, %d failed", len(run.failed))
    return EXIT_OK if not run.failed else EXIT_REFUSED
