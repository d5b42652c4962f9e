"""The subcommands' work: each opens the database, calls the services and prints the result."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from nursingqc.cli import EXIT_OK, EXIT_REFUSED
from nursingqc.cli.options import options_named
from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    PermissionDenied,
    RowProblem,
    ValidationError,
)
from nursingqc.domain.exchange import PackagePreview, RecordChange
from nursingqc.domain.workflow import PhaseKind, PhaseState
from nursingqc.i18n import message_text, tr
from nursingqc.logs import current_log_file
from nursingqc.reports.excel.ranking_workbook import write_ranking_workbook
from nursingqc.reports.excel.scores_file import read_scores_workbook, write_template
from nursingqc.reports.excel.summary_workbook import write_summary_workbook
from nursingqc.reports.excel.wards_file import read_wards_workbook
from nursingqc.reports.pdf.blank_checklist import write_blank_checklists
from nursingqc.reports.pdf.certificates import write_certificates
from nursingqc.reports.pdf.layout import Written
from nursingqc.reports.pdf.notice import write_notices
from nursingqc.reports.pdf.password_slips import write_password_slips
from nursingqc.reports.pdf.ranking import write_ranking_pdf
from nursingqc.reports.pdf.summary import write_summary
from nursingqc.services.campaigns import (
    MSG_AWARD_COUNT,
    MSG_THRESHOLD,
    MSG_WEIGHT_COUNT,
    MSG_WEIGHT_RANGE,
    CampaignSpec,
)
from nursingqc.services.container import Services, check_database, open_services
from nursingqc.services.demo import MSG_WARD_COUNT, create_demo
from nursingqc.services.exchange_conflicts import Resolution
from nursingqc.services.maintenance import backup_database, restore_database
from nursingqc.services.notices import MSG_UNKNOWN_WARD_CODE
from nursingqc.services.passwords import first_password
from nursingqc.services.score_import import ImportedInspection
from nursingqc.services.ward_import import AccountProposal
from nursingqc.ui.models.exchange import RANK, change_name, version_text

#: Where ``exchange --user`` reads the password from (a script's), before asking for it.
PASSWORD_VARIABLE = "NURSINGQC_PASSWORD"
MSG_WARD_PC_NEEDS_USER = QT_TRANSLATE_NOOP(
    "Errors",
    "This is ward {ward}'s PC: its packages are the head nurse's to send and take. Give her user "
    "name with --user (nursingqc exchange --user NAME ...); the password is asked, or read "
    "from NURSINGQC_PASSWORD.",
)
MSG_NO_PACKAGES = QT_TRANSLATE_NOOP(
    "Errors",
    "There is no exchange package (*.nqcpkg) in {folders}; nothing was imported.",
)
MSG_NONE_FOR_THIS_PC = QT_TRANSLATE_NOOP(
    "Errors",
    "{folders} holds {count} exchange package(s), none of them for this PC: they are this "
    "PC's own or other PCs'. Nothing was imported.",
)


def _demo(services: Services, args: argparse.Namespace) -> int:
    with options_named({MSG_WARD_COUNT: "--wards"}):
        demo = create_demo(services, wards=args.wards, seed=args.seed)
    print(
        tr("Demo hospital: {hospital}, {wards} wards").format(
            hospital=demo.hospital, wards=demo.ward_count
        )
    )
    print(
        tr("Campaign id: {id} ({name}), self-check phase open").format(
            id=demo.campaign_id, name=demo.campaign_name
        )
    )
    print(tr("Accounts (user name / password / role / ward):"))
    head_nurses = [account for account in demo.accounts if account.ward]
    for account in [a for a in demo.accounts if not a.ward] + head_nurses[:3]:
        print(
            f"  {account.username:<10} {account.password:<10} "
            f"{QCoreApplication.translate('Role', account.role.display_name)} "
            f"{account.display_name} {account.ward}"
        )
    if len(head_nurses) > 3:
        print(
            tr(
                "  … and {count} more head nurses: user name = ward code in lower case, "
                "password {password}"
            ).format(count=len(head_nurses) - 3, password=head_nurses[0].password)
        )
    return EXIT_OK


def _users_unlock(services: Services, args: argparse.Namespace) -> int:
    """For the last 护理部 account locked out: nobody in the program can unlock it."""
    services.accounts.unlock(Actor.command_line(), args.username)
    print(tr("{username} can log in again.").format(username=args.username))
    return EXIT_OK


def _users_reset_password(services: Services, args: argparse.Namespace) -> int:
    password = first_password()
    services.accounts.reset_password(Actor.command_line(), args.username, password)
    print(
        tr("New first password of {username}: {password}").format(
            username=args.username, password=password
        )
    )
    print(tr("It is shown only now. She sets her own at her next log-in."))
    return EXIT_OK


MSG_USERNAME_OPTION = QT_TRANSLATE_NOOP(
    "Errors", "--username takes a ward code and a user name as CODE=NAME, not {value}."
)


def _chosen_usernames(values: list[str]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for value in values:
        code, equals, username = value.partition("=")
        if not equals or not code.strip() or not username.strip():
            raise ValidationError(MSG_USERNAME_OPTION, value=value)
        chosen[code.strip()] = username
    return chosen


def _print_proposals(proposals: list[AccountProposal], chosen: dict[str, str]) -> None:
    print(tr("Head nurses' accounts (ward, head nurse, user name):"))
    for proposal in proposals:
        if proposal.existing is not None:
            what = tr("has the account {username} already: kept as it is").format(
                username=proposal.existing
            )
        else:
            what = chosen.get(proposal.ward_code, proposal.username)
        print(f"  {proposal.ward_code:<8} {proposal.head_nurse_name:<8} {what}")


def _wards_import(services: Services, args: argparse.Namespace) -> int:
    rows = read_wards_workbook(args.file)
    chosen = _chosen_usernames(args.username)
    accounts: dict[str, str] | None = None
    if args.accounts or args.preview or chosen:
        proposals = services.ward_import.propose_accounts(Actor.command_line(), rows)
        _print_proposals(proposals, chosen)
        if args.preview:
            print(tr("Nothing was changed (--preview)."))
            return EXIT_OK
        accounts = {
            p.ward_code: chosen.get(p.ward_code, p.username)
            for p in proposals
            if p.existing is None
        }
        accounts.update(chosen)
    result = services.ward_import.import_wards(Actor.command_line(), rows, accounts)
    print(
        tr("Wards imported: {added} added, {updated} updated").format(
            added=result.added, updated=result.updated
        )
    )
    if result.kept_inactive:
        print(
            tr("Deactivated wards stay deactivated: {codes}").format(
                codes=" ".join(result.kept_inactive)
            )
        )
    if result.accounts:
        print(tr("Accounts made (user name / first password / ward / head nurse):"))
        for account in result.accounts:
            print(
                f"  {account.username:<10} {account.password}  "
                f"{account.ward_code} {account.display_name}"
            )
        print(tr("The passwords are shown only now. Each sets her own at her first log-in."))
    if args.slips is not None and result.accounts:
        write_password_slips(services.accounts.hospital_name(), result.accounts, args.slips)
        print(tr("Password slips written: {path}").format(path=args.slips))
    return EXIT_OK


# The refusals of campaign create's numbers, each with the option it is about.
_CAMPAIGN_OPTIONS = {
    MSG_WEIGHT_COUNT: "--weights",
    MSG_WEIGHT_RANGE: "--weights",
    MSG_AWARD_COUNT: "--awards",
    MSG_THRESHOLD: "--threshold",
}


def _campaign_create(services: Services, args: argparse.Namespace) -> int:
    codes = [code.strip() for code in args.checklists.split(",") if code.strip()]
    actor = Actor.command_line()
    spec = CampaignSpec(
        name=args.name,
        starts_on=args.start,
        checklist_codes=codes,
        weights=args.weights,
        model_ward_count=args.awards,
        model_ward_threshold=args.threshold,
    )
    with options_named(_CAMPAIGN_OPTIONS):
        clashes = services.campaigns.clashes(actor, spec)
    if clashes and not args.force:
        for clash in clashes:
            print(message_text(clash.message()), file=sys.stderr)
        print(
            tr(
                "Nothing was created. Change --name or --start, or add --force to create it anyway."
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    campaign = services.campaigns.create_campaign(actor, spec, allow_clash=args.force)
    print(campaign.id)
    return EXIT_OK


def _phase_state(state: PhaseState) -> str:
    return QCoreApplication.translate("Phase", state.display_name)


def _campaign_list(services: Services, args: argparse.Namespace) -> int:
    campaigns = services.campaigns.list_campaigns(Actor.command_line())
    if not campaigns:
        print(tr("No campaigns yet."))
    for campaign in campaigns:
        phases = "  ".join(
            f"{phase.kind.chinese_name}:{_phase_state(phase.state)}"
            f"({phase.starts_on:%m-%d}~{phase.ends_on:%m-%d})"
            for phase in campaign.phases
        )
        print(f"{campaign.id}\t{campaign.name}\t{phases}")
    return EXIT_OK


def _campaign_phase(services: Services, args: argparse.Namespace) -> int:
    kind = PhaseKind.from_chinese_name(args.phase)
    actor = Actor.command_line()
    if args.action == "open":
        campaign = services.campaigns.open_phase(actor, args.id, kind, args.reason)
    else:
        campaign = services.campaigns.close_phase(actor, args.id, kind)
    state = campaign.phase(kind).state
    print(
        tr("{campaign}: phase {phase} is now {state}").format(
            campaign=campaign.name,
            phase=kind.chinese_name,
            state=_phase_state(state),
        )
    )
    return EXIT_OK


def _scores_template(services: Services, args: argparse.Namespace) -> int:
    phase = PhaseKind.from_chinese_name(args.phase)
    template = services.score_import.template(Actor.command_line(), args.campaign, phase)
    write_template(args.output, template)
    print(
        tr("Template written: {path} ({rows} rows, {phase})").format(
            path=args.output, rows=len(template.rows), phase=phase.chinese_name
        )
    )
    return EXIT_OK


def _inspection_line(inspection: ImportedInspection) -> str:
    return tr("  row {row}: {ward} {checklist} {phase} {inspector} {date}, score {score}").format(
        row=inspection.first_row,
        ward=f"{inspection.ward_code} {inspection.ward_name}",
        checklist=inspection.checklist_name,
        phase=inspection.phase.chinese_name,
        inspector=inspection.inspector_name,
        date=inspection.inspected_on.isoformat(),
        score=inspection.score,
    )


def _scores_import(services: Services, args: argparse.Namespace) -> int:
    unreadable: list[RowProblem] = []
    rows = read_scores_workbook(args.file, cell_problems=unreadable)
    result = services.score_import.import_scores(
        Actor.command_line(), args.campaign, rows, args.file.name, unreadable
    )
    print(
        tr(
            "Scores imported: {imported} inspection(s) added and submitted, {already} already "
            "there, {skipped} empty template row(s) skipped."
        ).format(
            imported=len(result.imported),
            already=len(result.already_there),
            skipped=result.template_rows,
        )
    )
    for inspection in result.imported:
        replaced = tr(" (replaced an unsubmitted draft; its entries are in the audit log)")
        print(_inspection_line(inspection) + (replaced if inspection.replaced_draft else ""))
        if inspection.warning is not None:
            print(tr("    Warning: {warning}").format(warning=message_text(inspection.warning)))
    if result.already_there:
        print(tr("Already there, left as they are:"))
        for inspection in result.already_there:
            print(_inspection_line(inspection))
    return EXIT_OK


MSG_NO_OPEN_ITEMS = QT_TRANSLATE_NOOP(
    "Errors",
    "No ward of campaign {campaign} has rectification items still to do, so no notice was "
    "written. To print one ward's notice anyway, add --ward and the ward's code.",
)
MSG_UNKNOWN_CHECKLIST = QT_TRANSLATE_NOOP(
    "Errors", "There is no checklist {checklist} here. Choose one of: {codes}."
)
MSG_UNKNOWN_WARD = QT_TRANSLATE_NOOP(
    "Errors", "There is no ward {ward}. Check the code under Wards and accounts."
)


def _whole(written: Written | None) -> Written:
    """What a document writer wrote; the command line never cancels, so there always is one."""
    assert written is not None, "a document written without progress is never cancelled"
    return written


def _left_out(written: Written) -> int:
    """Names on stderr each part of a document that could not be laid out (the rest was
    written); the exit status then says the command did not do all it was asked."""
    for part in written.failed:
        print(
            tr(
                "Warning: {part} could not be laid out and was left out (a page in the file "
                "says so); the rest was written. Details are in the log file: {log}"
            ).format(part=part, log=current_log_file()),
            file=sys.stderr,
        )
    return EXIT_REFUSED if written.failed else EXIT_OK


def _notices(services: Services, args: argparse.Namespace) -> int:
    """整改通知单 of every ward with work left, or of the one ward asked for (无需整改 if none)."""
    notices = services.notices.notices(Actor.command_line(), args.campaign, args.ward)
    if not notices:
        raise NotFound(MSG_NO_OPEN_ITEMS, campaign=args.campaign)
    written = _whole(write_notices(notices, args.output))
    print(
        tr("{notices} notice(s) on {pages} page(s) written: {path}").format(
            notices=len(notices), pages=written.pages, path=args.output
        )
    )
    return _left_out(written)


def _checklists_pdf(services: Services, args: argparse.Namespace) -> int:
    """空白检查表: the current checklists with the ward left blank, or a campaign's checklists
    for each of its wards; the date is always left to fill in on the round."""
    actor = Actor.command_line()
    wards = services.wards.list_wards(actor)
    if args.campaign is None:
        choices = [(c.code, c.id) for c in services.checklists.current_checklists()]
    else:
        campaign = services.campaigns.get_campaign(actor, args.campaign)
        choices = [(c.code, c.checklist_id) for c in campaign.checklists]
        taking_part = set(services.campaigns.ward_ids(actor, campaign.id))
        wards = [ward for ward in wards if ward.id in taking_part]
    if args.checklist:
        wanted = args.checklist.strip().upper()
        codes = ", ".join(code for code, _ in choices)
        choices = [(code, checklist) for code, checklist in choices if code == wanted]
        if not choices:
            raise NotFound(MSG_UNKNOWN_CHECKLIST, checklist=args.checklist, codes=codes)
    if args.ward:
        wards = [ward for ward in wards if ward.code == args.ward.strip()]
        if not wards:
            unknown = MSG_UNKNOWN_WARD if args.campaign is None else MSG_UNKNOWN_WARD_CODE
            raise NotFound(unknown, ward=args.ward)
    elif args.campaign is None:
        wards = []
    labels = [f"{ward.name}（{ward.code}）" for ward in wards]
    definitions = [services.checklists.definition(checklist) for _, checklist in choices]
    written = _whole(
        write_blank_checklists(
            definitions, args.output, wards=labels, hospital=services.accounts.hospital_name()
        )
    )
    print(
        tr("{sheets} blank checklist(s) on {pages} page(s) written: {path}").format(
            sheets=len(definitions) * max(1, len(labels)), pages=written.pages, path=args.output
        )
    )
    return _left_out(written)


def _ranking(services: Services, args: argparse.Namespace) -> int:
    """病区排名 as the workbook of rules §11.1, and as a PDF when asked."""
    actor = Actor.command_line()
    view = services.ranking.ranking(actor, args.campaign)
    # The view's rows give the nominees' outcomes: the campaign is ranked once.
    nominees = services.nominations.nominations(actor, args.campaign, view)
    with services.ranking.details(actor, args.campaign) as details:
        write_ranking_workbook(view, details, args.output, made_on=date.today(), nominees=nominees)
    print(
        tr("Ranking of {wards} ward(s) written: {path}").format(
            wards=len(view.rows), path=args.output
        )
    )
    if args.pdf is not None:
        pages = _whole(write_ranking_pdf(view, args.pdf, date.today())).pages
        print(
            tr("Ranking PDF on {pages} page(s) written: {path}").format(pages=pages, path=args.pdf)
        )
    return EXIT_OK


def _summary(services: Services, args: argparse.Namespace) -> int:
    """总结报告, and the workbook beside it when asked for."""
    summary = services.summary.summary(Actor.command_line(), args.campaign)
    pages = _whole(write_summary(summary, args.output, date.today())).pages
    print(
        tr("Summary report on {pages} page(s) written: {path}").format(
            pages=pages, path=args.output
        )
    )
    if args.xlsx:
        write_summary_workbook(summary, args.xlsx)
        print(tr("Summary workbook written: {path}").format(path=args.xlsx))
    return EXIT_OK


MSG_NO_HONOURS = QT_TRANSLATE_NOOP(
    "Errors",
    "Campaign {campaign} has no model wards and no approved excellent nurses yet, so there is no "
    "certificate to print. Confirm the model wards and approve nominations first.",
)


def _certificates(services: Services, args: argparse.Namespace) -> int:
    certificates = services.summary.certificates(Actor.command_line(), args.campaign, date.today())
    if not certificates:
        raise NotFound(MSG_NO_HONOURS, campaign=args.campaign)
    pages = _whole(write_certificates(certificates, args.output)).pages
    print(tr("{pages} certificate(s) written: {path}").format(pages=pages, path=args.output))
    return EXIT_OK


def _exchange_actor(services: Services, args: argparse.Namespace) -> Actor | None:
    """Who exchanges: on a ward PC the head nurse named by ``--user``, logged in with her
    password (the service lets only her send and take her ward's packages); elsewhere the
    command line's administrator, or nobody on a new database, whose only possible import is a
    setup package (it brings the accounts)."""
    if args.user is not None:
        password = os.environ.get(PASSWORD_VARIABLE)
        if password is None:
            password = getpass.getpass(tr("Password of {user}: ").format(user=args.user))
        return services.accounts.login(args.user, password)
    if services.accounts.needs_first_run():
        return None
    identity = services.exchange.this_pc()
    if identity.role == "ward":
        raise PermissionDenied(MSG_WARD_PC_NEEDS_USER, ward=identity.ward_code)
    return Actor.command_line()


def _package_paths(services: Services, given: list[Path]) -> list[Path]:
    """The files named, and the packages for this PC in each folder named (a shared folder
    also holds this PC's own and the other PCs'), in the order given."""
    paths: list[Path] = []
    left: list[Path] = []
    for path in given:
        if path.is_dir():
            found = services.exchange.packages_for_this_pc(path)
            paths += found.taken
            left += found.left
        else:
            paths.append(path)
    folders = ", ".join(str(path) for path in given)
    if not paths and left:
        raise NotFound(MSG_NONE_FOR_THIS_PC, folders=folders, count=len(left))
    if not paths:
        raise NotFound(MSG_NO_PACKAGES, folders=folders)
    return paths


def _print_preview(preview: PackagePreview) -> None:
    print(
        tr("New: {new}, changed: {changed}, unchanged: {unchanged}, refused: {refused}").format(
            new=preview.count(RecordChange.NEW),
            changed=preview.count(RecordChange.CHANGED),
            unchanged=preview.count(RecordChange.UNCHANGED),
            refused=preview.count(RecordChange.REFUSED),
        )
    )
    lines = sorted(preview.lines, key=lambda line: (RANK[line.change], line.ward_code))
    for line in lines:
        text = f"  {change_name(line.change)}  {line.ward_code}  {message_text(line.what)}"
        text += f"  [{line.package}]"
        if line.reason is not None:
            text += "  " + tr("Reason: {reason}").format(reason=message_text(line.reason))
        print(text)


def _print_refused_packages(preview: PackagePreview) -> None:
    for name, reason in preview.refused_packages:
        print(
            tr("Refused: {package}: {reason}").format(package=name, reason=message_text(reason)),
            file=sys.stderr,
        )


def _exchange_enrol(services: Services, args: argparse.Namespace) -> int:
    actor = _exchange_actor(services, args) or Actor.command_line()
    path = services.exchange.enrol(actor, args.ward, args.output)
    print(tr("Setup package of ward {ward} written: {path}").format(ward=args.ward, path=path))
    print(
        tr(
            "It holds the ward PC's own signing key: carry it to that PC only, and import it "
            "there on a new database (nursingqc exchange import)."
        )
    )
    return EXIT_OK


def _exchange_unenrol(services: Services, args: argparse.Namespace) -> int:
    actor = _exchange_actor(services, args) or Actor.command_line()
    services.exchange.unenrol(actor, args.ward)
    print(
        tr(
            "The PC of ward {ward} is withdrawn: its packages are refused from now on. Make a "
            "setup package for the PC that takes its place (nursingqc exchange enrol)."
        ).format(ward=args.ward)
    )
    return EXIT_OK


def _exchange_export(services: Services, args: argparse.Namespace) -> int:
    actor = _exchange_actor(services, args) or Actor.command_line()
    paths = services.exchange.export(actor, args.output, args.wards)
    for path in paths:
        print(tr("Package written: {path}").format(path=path))
    return EXIT_OK


def _exchange_preview(services: Services, args: argparse.Namespace) -> int:
    """Changes nothing; exit 1 when a package cannot be used at all, as import would refuse."""
    preview = services.exchange.preview(
        _exchange_actor(services, args), _package_paths(services, args.packages)
    )
    _print_preview(preview)
    _print_refused_packages(preview)
    return EXIT_REFUSED if preview.refused_packages else EXIT_OK


def _exchange_import(services: Services, args: argparse.Namespace) -> int:
    """All or nothing: a package that cannot be used refuses the whole import (the screen lets
    the user leave it out after looking; a command cannot ask). Refused records are listed; the
    rest is applied."""
    actor = _exchange_actor(services, args)
    paths = _package_paths(services, args.packages)
    preview = services.exchange.preview(actor, paths)
    if preview.refused_packages:
        _print_refused_packages(preview)
        print(tr("Nothing was imported."), file=sys.stderr)
        return EXIT_REFUSED
    receipts = args.receipts or paths[0].parent
    result = services.exchange.apply(actor, paths, receipts)
    print(tr("Imported {count} package(s).").format(count=len(paths)))
    _print_preview(result.preview)
    for receipt in result.receipts:
        print(tr("Receipt for the sender written: {path}").format(path=receipt))
    return EXIT_OK


def _exchange_conflicts(services: Services, args: argparse.Namespace) -> int:
    """交换冲突: each with both versions, and the command that resolves it."""
    actor = _exchange_actor(services, args) or Actor.command_line()
    conflicts = services.exchange.conflicts(actor)
    if not conflicts:
        print(tr("No conflict to resolve: every record both PCs changed has been settled."))
        return EXIT_OK
    for conflict in conflicts:
        print(f"{conflict.id}  {conflict.ward_code}  {message_text(conflict.what)}")
        print(
            "    "
            + tr("This PC: {version}").format(
                version=version_text(conflict.ours_version, conflict.ours_author)
            )
        )
        print(
            "    "
            + tr("The other PC: {version}, received {at} in {package}").format(
                version=version_text(conflict.theirs_version, conflict.theirs_author),
                at=f"{conflict.received_at.astimezone():%Y-%m-%d %H:%M}",
                package=conflict.package,
            )
        )
    print(
        tr(
            "Resolve one with nursingqc exchange resolve ID --take-theirs or --keep-ours, "
            "then export as usual: the next package carries the result."
        )
    )
    return EXIT_OK


def _exchange_resolve(services: Services, args: argparse.Namespace) -> int:
    actor = _exchange_actor(services, args) or Actor.command_line()
    resolution = Resolution.TAKE_THEIRS if args.take_theirs else Resolution.KEEP_OURS
    services.exchange.resolve_conflict(actor, args.conflict, resolution)
    if resolution is Resolution.TAKE_THEIRS:
        done = tr("Conflict {id} resolved: this PC took the other PC's version.")
    else:
        done = tr("Conflict {id} resolved: this PC kept its own version.")
    print(done.format(id=args.conflict))
    print(tr("Export as usual: the next package tells the other PC."))
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("demo", None): _demo,
    ("users", "unlock"): _users_unlock,
    ("users", "reset-password"): _users_reset_password,
    ("wards", "import"): _wards_import,
    ("campaign", "create"): _campaign_create,
    ("campaign", "list"): _campaign_list,
    ("campaign", "phase"): _campaign_phase,
    ("scores", "template"): _scores_template,
    ("scores", "import"): _scores_import,
    ("notices", None): _notices,
    ("checklists", "pdf"): _checklists_pdf,
    ("summary", None): _summary,
    ("certificates", None): _certificates,
    ("ranking", None): _ranking,
    ("exchange", "enrol"): _exchange_enrol,
    ("exchange", "export"): _exchange_export,
    ("exchange", "preview"): _exchange_preview,
    ("exchange", "import"): _exchange_import,
    ("exchange", "unenrol"): _exchange_unenrol,
    ("exchange", "conflicts"): _exchange_conflicts,
    ("exchange", "resolve"): _exchange_resolve,
}


def _check(url: str) -> int:
    lines = check_database(url)
    for line in lines:
        print(("✔ " if line.ok else "✘ ") + message_text(line.message))
    return EXIT_OK if all(line.ok for line in lines) else EXIT_REFUSED


def _backup(url: str, args: argparse.Namespace) -> int:
    print(tr("Backup written: {path}").format(path=backup_database(url, args.output)))
    return EXIT_OK


def _restore(url: str, args: argparse.Namespace) -> int:
    restored = restore_database(url, args.file, other_hospital=args.other_hospital)
    print(
        tr("Database {path} restored from {file}.").format(path=restored.database, file=args.file)
    )
    if restored.previous is not None:
        print(
            tr("The database it replaced was saved as {backup}.").format(backup=restored.previous)
        )
    return EXIT_OK


#: Commands that start a hospital of their own (a ward PC's from its setup package); every
#: other one needs a database that exists.
CREATING_COMMANDS = {("demo", None), ("exchange", "import")}

#: Commands on the database file itself: they never open the services, so they never upgrade it.
FILE_COMMANDS: dict[str, Callable[[str, argparse.Namespace], int]] = {
    "backup": _backup,
    "restore": _restore,
}


def run_command(url: str, args: argparse.Namespace) -> int:
    """Runs the parsed subcommand; user errors propagate to the caller, which prints them."""
    if args.command == "check":
        return _check(url)
    if args.command in FILE_COMMANDS:
        return FILE_COMMANDS[args.command](url, args)
    command = (args.command, getattr(args, "subcommand", None))
    services = open_services(url, existing=command not in CREATING_COMMANDS)
    for warning in services.start_warnings:
        print(tr("Warning: {warning}").format(warning=message_text(warning)), file=sys.stderr)
    try:
        return COMMANDS[command](services, args)
    finally:
        services.close()
