"""Command line (rules §12): arguments, language and errors. Subcommands act as the built-in
administrator ``cli``; their work is in ``commands`` and the program's in ``ui.app``, both imported
only when needed, so that opening the program can show its first window before SQLAlchemy loads.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QCoreApplication

from nursingqc.cli import EXIT_REFUSED, EXIT_UNEXPECTED, EXIT_USAGE, argparse_words
from nursingqc.cli.streams import configure_output
from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    error_details,
    error_text,
    install_translators,
    tr,
)
from nursingqc.logs import setup_logging
from nursingqc.paths import resolve_database_url

log = logging.getLogger(__name__)


class UsageError(Exception):
    """Wrong arguments, with the usage of the (sub)command they were given to."""

    def __init__(self, message: str, usage: str) -> None:
        super().__init__(message)
        self.usage = usage


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.format_usage())


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            tr("not a date in the form YYYY-MM-DD: {value}").format(value=text)
        ) from error


def _add_program_options(parser: argparse.ArgumentParser) -> None:
    """The options of the program itself, which its window needs; the rest are subcommands'."""
    parser.add_argument(
        "--db", help=tr("database file or URL (default: NURSINGQC_DB or user data)")
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help=tr("language"))
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=tr(
            "check this installation on a temporary database (never the real one); "
            "exit code 0 when every check passed"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    # What only the subcommands' options need is imported here, not before the log-in dialog.
    from nursingqc.cli.options import campaign_id, number, numbers, whole_number
    from nursingqc.domain.campaign_settings import DEFAULT_SETTINGS
    from nursingqc.domain.workflow import PhaseKind

    parser = _Parser(prog="nursingqc", description=tr("NursingQC: basic nursing quality month."))
    _add_program_options(parser)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = commands.add_parser("demo", help=tr("create a demo hospital with a campaign"))
    demo.add_argument(
        "--wards", type=whole_number("--wards"), default=12, help=tr("number of wards")
    )
    demo.add_argument("--seed", type=whole_number("--seed"), default=2026, help=tr("random seed"))

    wards = commands.add_parser("wards", help=tr("wards")).add_subparsers(
        dest="subcommand", required=True, parser_class=_Parser
    )
    wards_import = wards.add_parser("import", help=tr("add or update wards from sheet 病区"))
    wards_import.add_argument("file", type=Path)
    wards_import.add_argument(
        "--accounts",
        action="store_true",
        help=tr(
            "also make an account for each ward's head nurse (column 护士长) that has none; "
            "prints each first password once"
        ),
    )
    wards_import.add_argument(
        "--username",
        action="append",
        default=[],
        metavar="CODE=NAME",
        help=tr("the user name for one ward's head nurse instead of the proposed one"),
    )
    wards_import.add_argument(
        "--preview",
        action="store_true",
        help=tr("only show the accounts --accounts would make; change nothing"),
    )
    wards_import.add_argument(
        "--slips", type=Path, help=tr("also write the password slips of the new accounts (PDF)")
    )

    users = commands.add_parser("users", help=tr("accounts")).add_subparsers(
        dest="subcommand", required=True, parser_class=_Parser
    )
    unlock = users.add_parser(
        "unlock", help=tr("let a locked-out account log in again at once (audited as cli)")
    )
    unlock.add_argument("username")
    reset = users.add_parser(
        "reset-password",
        help=tr(
            "give an account a new first password, printed once, to change at the next log-in "
            "(audited as cli)"
        ),
    )
    reset.add_argument("username")

    campaign = commands.add_parser("campaign", help=tr("campaigns")).add_subparsers(
        dest="subcommand", required=True, parser_class=_Parser
    )
    create = campaign.add_parser("create", help=tr("create a campaign; prints its id"))
    create.add_argument("--name", required=True)
    create.add_argument("--start", required=True, type=_date)
    create.add_argument("--checklists", default="WARD_ENV,BED_UNIT,SERVICE,TREAT_ROOM,BASIC_CARE")
    create.add_argument("--weights", type=numbers("--weights"), default=None)
    create.add_argument(
        "--awards", type=whole_number("--awards"), default=DEFAULT_SETTINGS.model_ward_count
    )
    create.add_argument(
        "--threshold", type=number("--threshold"), default=DEFAULT_SETTINGS.model_ward_threshold
    )
    create.add_argument(
        "--force",
        action="store_true",
        help=tr("create it even if another campaign has its name or some of its days"),
    )
    campaign.add_parser("list", help=tr("one line per campaign"))
    phase = campaign.add_parser("phase", help=tr("open or close a phase"))
    phase.add_argument("id", type=campaign_id("id"))
    phase.add_argument("phase", choices=[kind.chinese_name for kind in PhaseKind])
    phase.add_argument("action", choices=["open", "close"])
    phase.add_argument("--reason", default="", help=tr("why a closed phase is reopened"))

    scores = commands.add_parser(
        "scores", help=tr("paper rounds: score sheets in Excel")
    ).add_subparsers(dest="subcommand", required=True, parser_class=_Parser)
    template = scores.add_parser(
        "template", help=tr("write sheet 评分 with every ward and item, to fill in on paper rounds")
    )
    template.add_argument("--campaign", required=True, type=campaign_id("--campaign"))
    template.add_argument("--phase", required=True, choices=["自查", "评比"])
    template.add_argument("-o", "--output", required=True, type=Path, help=tr("the new file"))
    scores_import = scores.add_parser(
        "import", help=tr("import the filled-in sheet 评分 (all or nothing)")
    )
    scores_import.add_argument("file", type=Path)
    scores_import.add_argument("--campaign", required=True, type=campaign_id("--campaign"))

    commands.add_parser("check", help=tr("integrity and schema check"))
    backup = commands.add_parser("backup", help=tr("copy the database into a new file"))
    backup.add_argument("-o", "--output", required=True, type=Path, help=tr("the new file"))
    restore = commands.add_parser(
        "restore", help=tr("replace the database by a backup (the current one is kept)")
    )
    restore.add_argument("file", type=Path, help=tr("the backup file"))
    restore.add_argument(
        "--other-hospital",
        action="store_true",
        help=tr("restore it even if the backup is of another hospital"),
    )

    notices = commands.add_parser("notices", help=tr("rectification notices (整改通知单) as a PDF"))
    notices.add_argument("--campaign", required=True, type=campaign_id("--campaign"))
    notices.add_argument("--ward", help=tr("one ward's code (default: every ward with open items)"))
    notices.add_argument("-o", "--output", required=True, type=Path, help=tr("the PDF file"))
    checklists = commands.add_parser("checklists", help=tr("checklists")).add_subparsers(
        dest="subcommand", required=True, parser_class=_Parser
    )
    blank = checklists.add_parser("pdf", help=tr("blank checklists for paper rounds, as a PDF"))
    blank.add_argument(
        "--campaign",
        type=campaign_id("--campaign"),
        help=tr("the campaign's checklists for each of its wards (default: the current ones)"),
    )
    blank.add_argument("--checklist", help=tr("one checklist's code (default: all)"))
    blank.add_argument("--ward", help=tr("one ward's code (default: the campaign's wards)"))
    blank.add_argument("-o", "--output", required=True, type=Path, help=tr("the PDF file"))
    summary = commands.add_parser("summary", help=tr("the month's summary report (总结) as a PDF"))
    summary.add_argument("--campaign", required=True, type=campaign_id("--campaign"))
    summary.add_argument("-o", "--output", required=True, type=Path, help=tr("the PDF file"))
    summary.add_argument("--xlsx", type=Path, help=tr("also the summary workbook (.xlsx)"))
    certificates = commands.add_parser(
        "certificates", help=tr("certificates (奖状) for model wards and excellent nurses")
    )
    certificates.add_argument("--campaign", required=True, type=campaign_id("--campaign"))
    certificates.add_argument("-o", "--output", required=True, type=Path, help=tr("the PDF file"))

    ranking = commands.add_parser("ranking", help=tr("the ward ranking as an Excel workbook"))
    ranking.add_argument("--campaign", required=True, type=campaign_id("--campaign"))
    ranking.add_argument("-o", "--output", required=True, type=Path, help=tr("the .xlsx file"))
    ranking.add_argument("--pdf", type=Path, help=tr("also write the ranking as a PDF file"))
    _exchange_parser(commands)
    return parser


def _exchange_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    from nursingqc.cli.options import conflict_id

    exchange_parser = commands.add_parser(
        "exchange", help=tr("exchange packages between ward PCs and the nursing department's PC")
    )
    exchange_parser.add_argument(
        "--user",
        metavar="NAME",
        help=tr(
            "on a ward PC: the head nurse's user name; the password is read from "
            "NURSINGQC_PASSWORD, or asked"
        ),
    )
    exchange = exchange_parser.add_subparsers(
        dest="subcommand", required=True, parser_class=_Parser
    )
    enrol = exchange.add_parser(
        "enrol", help=tr("department: make the setup package of one ward's PC")
    )
    enrol.add_argument("--ward", required=True, help=tr("the ward's code"))
    enrol.add_argument(
        "-o", "--output", required=True, type=Path, help=tr("the folder to write it in")
    )
    export = exchange.add_parser(
        "export",
        help=tr("a ward PC: its up-package; the department: a down-package per enrolled ward"),
    )
    export.add_argument(
        "-o", "--output", required=True, type=Path, help=tr("the folder to write them in")
    )
    export.add_argument(
        "--ward",
        action="append",
        dest="wards",
        metavar="CODE",
        help=tr("department: only this ward's down-package (may be given again)"),
    )
    for name, what in (
        ("preview", tr("show what importing the packages would change; change nothing")),
        (
            "import",
            tr(
                "import the packages, all or nothing; on a new database a setup package "
                "makes this PC the ward's PC"
            ),
        ),
    ):
        command = exchange.add_parser(name, help=what)
        command.add_argument(
            "packages",
            nargs="+",
            type=Path,
            metavar="PACKAGE",
            help=tr("package files, or folders whose packages are all taken"),
        )
    exchange.choices["import"].add_argument(
        "--receipts",
        type=Path,
        help=tr("the folder for the receipts to the senders (default: beside the packages)"),
    )
    unenrol = exchange.add_parser(
        "unenrol",
        help=tr(
            "department: withdraw a ward's PC (lost, broken or replaced); its packages are refused"
        ),
    )
    unenrol.add_argument("--ward", required=True, help=tr("the ward's code"))
    exchange.add_parser(
        "conflicts", help=tr("list the records both PCs changed, with both versions")
    )
    resolve = exchange.add_parser(
        "resolve", help=tr("resolve one conflict: take the other PC's version or keep this PC's")
    )
    resolve.add_argument(
        "conflict", type=conflict_id("ID"), metavar="ID", help=tr("the conflict's number")
    )
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "--take-theirs", action="store_true", help=tr("take the other PC's version")
    )
    choice.add_argument("--keep-ours", action="store_true", help=tr("keep this PC's version"))


def _print_error(error: NursingQCError) -> None:
    print(tr("Error: ") + error_text(error), file=sys.stderr)
    for detail in error_details(error):
        print("  " + detail, file=sys.stderr)


def _language(argv: Sequence[str]) -> str:
    """The --lang value, read before parsing so that argument errors are already translated."""
    for index, arg in enumerate(argv):
        value = argv[index + 1] if arg == "--lang" and index + 1 < len(argv) else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


def _program_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they open the window (no subcommand); None for the command line, which
    shows help and argument errors itself."""
    if "-h" in argv or "--help" in argv:
        return None
    # The program's options alone: whatever else is given (a subcommand, a wrong option) is the
    # command line's, whose parser of every subcommand is not built before the log-in dialog.
    parser = _Parser(prog="nursingqc", add_help=False)
    _add_program_options(parser)
    try:
        return parser.parse_args(argv)
    except UsageError:  # the command line says what is wrong
        return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    argparse_words.install()
    configure_output(sys.stdout)
    configure_output(sys.stderr)
    program = _program_arguments(argv)
    if program is not None and program.selftest:
        from nursingqc.cli.selftest import run_selftest

        return run_selftest(program.lang)
    if program is not None:
        from nursingqc.ui.app import run_program

        return run_program(resolve_database_url(program.db), program.lang)
    app = QCoreApplication.instance() or QCoreApplication(["nursingqc"])
    install_translators(_language(argv))
    log_path = setup_logging()
    parser = build_parser()  # again, now that its help text can be translated
    try:
        args = parser.parse_args(argv)
        if args.selftest:
            parser.error(tr("--selftest runs alone, without a subcommand"))
    except UsageError as error:
        print(tr("Wrong arguments: {reason}").format(reason=error), file=sys.stderr)
        print(error.usage, file=sys.stderr, end="")
        return EXIT_USAGE
    except NursingQCError as error:  # a numeric option's value, refused by the option's name
        _print_error(error)
        return EXIT_REFUSED
    url = resolve_database_url(args.db)
    try:
        from nursingqc.cli.commands import run_command  # the database stack, only when needed

        return run_command(url, args)
    except NursingQCError as error:
        _print_error(error)
        return EXIT_REFUSED
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(
            tr("Unexpected error; nothing was changed. Details are in the log file: {path}").format(
                path=log_path
            ),
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED
    finally:
        del app
