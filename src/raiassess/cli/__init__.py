"""The raiassess command line: questionnaires, answers files and the assessments database.

Commands that use the database go through ``raiassess.storage.service`` only; it is
imported when such a command runs, so that checking files stays quick.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from raiassess import __version__
from raiassess.cli.output import PrintableStream, print_assessments, print_result
from raiassess.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from raiassess.core.problems import DocumentError
from raiassess.storage.errors import StorageError

# Everything else is imported by the command that needs it: `raiassess` without a
# command opens the app, which must not wait for pydantic and the questionnaire models.
if TYPE_CHECKING:
    from raiassess.core.answers import AnswersFile
    from raiassess.core.catalog import Catalog
    from raiassess.core.questionnaire import Questionnaire
    from raiassess.storage.service import AssessmentService
    from raiassess.storage.types import AssessmentSummary

GuiRunner = Callable[[argparse.Namespace], int]
Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]
"""A command: its arguments, where to write and where to complain; the exit status."""

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

DB_HELP = ("the database: a SQLite file (path or sqlite:///path) or postgresql://user@host/db "
           "(default: $RAIASSESS_DB, else the file in your data folder)")


class CommandError(Exception):
    """A command that cannot be carried out; the message is one sentence for the user."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command; each command's ``run`` is its handler."""
    parser = argparse.ArgumentParser(
        prog="raiassess",
        description="Responsible-AI self-assessment. Without a command, opens the app.")
    parser.add_argument("--version", action="version", version=f"raiassess {__version__}")
    parser.add_argument("--db", metavar="URL", help=DB_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, run: Handler | None, about: str) -> argparse.ArgumentParser:
        added = commands.add_parser(name, help=about)
        added.set_defaults(run=run)
        return added

    gui = command("gui", None, "open the desktop app (the default)")
    # SUPPRESS: without it, the subcommand's default would hide a global --db.
    gui.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=DB_HELP)

    validate = command("validate", _validate,
                       "check questionnaire and answers files; one line per problem")
    validate.add_argument("paths", nargs="+", metavar="PATH",
                          help="files, or folders of questionnaire files")

    command("questionnaires", _questionnaires, "list the bundled and user questionnaires")

    score_cmd = command("score", _score, "score an assessment or an answers file")
    _source_argument(score_cmd)
    score_cmd.add_argument("--json", action="store_true", help="print the full result as JSON")
    score_cmd.add_argument("--questionnaire", metavar="FILE", type=Path,
                           help="score an answers file against this questionnaire file "
                                "instead of the catalog")

    list_cmd = command("list", _list, "list the assessments in the database")
    list_cmd.add_argument("search", nargs="?", default="",
                          help="only those whose title, system, owner or team contain this")
    list_cmd.add_argument("--all", action="store_true", help="include archived assessments")
    list_cmd.add_argument("--json", action="store_true", help="print the list as JSON")

    import_cmd = command("import", _import, "import an answers file as a new assessment")
    import_cmd.add_argument("file", metavar="FILE", type=Path)
    import_cmd.add_argument("--questionnaire", metavar="FILE", type=Path,
                            help="the questionnaire file the answers were given against, "
                                 "when it is not installed")

    export_cmd = command("export-answers", _export_answers,
                         "write an assessment to a portable answers file")
    export_cmd.add_argument("id", metavar="ID", type=int)
    export_cmd.add_argument("file", metavar="FILE", type=Path,
                            help="where to write it: .yaml or .yml for YAML, else JSON")

    audit = command("audit", _audit, "the audit trail of every change")
    audit_actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    audit_actions.add_parser("verify", help="check that no entry was changed or deleted "
                                            "behind the app's back (exit 1 if one was)")

    pdf = command("export", _export_pdf, "write the PDF impact assessment report")
    _source_argument(pdf)
    pdf.add_argument("--pdf", metavar="OUT.pdf", type=Path, required=True,
                     help="where to write the report")
    pdf.add_argument("--paper", choices=("a4", "letter"), default="a4",
                     help="paper size (default: a4)")
    pdf.add_argument("--language", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                     help="the language of the questionnaire's text, the answers and the "
                          f"recommendations in the report (default: {DEFAULT_LANGUAGE})")

    verify = command("verify", _verify,
                     "check that a PDF report still matches its assessment (exit 1 if not)")
    verify.add_argument("report", metavar="REPORT.pdf", type=Path)
    against = verify.add_mutually_exclusive_group()
    against.add_argument("--assessment", metavar="ID", type=int,
                         help="compare with this assessment in the database")
    against.add_argument("--answers", metavar="FILE", type=Path,
                         help="compare with an answers file")

    backup = command("backup", _backup, "back the database up, or restore a backup")
    backup_actions = backup.add_subparsers(dest="backup_action", metavar="ACTION",
                                           required=True)
    backup_actions.add_parser("now", help="take a backup now (kept beside the daily ones)")
    restore = backup_actions.add_parser(
        "restore", help="replace the database's content with a backup's (the current content "
                        "is kept as a backup first)")
    restore.add_argument("file", metavar="BACKUP", type=Path,
                         help="a backup file, as listed by 'raiassess info'")

    command("schema", _schema, "print the JSON Schema of questionnaire files")
    command("info", _info, "show where raiassess keeps its files and database")
    return parser


def _source_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="ID|FILE",
                        help="an assessment id from 'raiassess list', or an answers file")


EXIT_BROKEN_PIPE = 141
"""What a shell reports for a program whose reader went away (128 + SIGPIPE)."""


def main(argv: Sequence[str] | None = None, *, gui: GuiRunner | None = None,
         out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a command; return the exit status. ``gui`` opens the app when asked to."""
    # Text from files and the database is printed: it may hold terminal escapes.
    out = cast(TextIO, PrintableStream(out or sys.stdout))
    err = cast(TextIO, PrintableStream(err or sys.stderr))
    try:
        status = _run(list(sys.argv[1:] if argv is None else argv), gui, out, err)
        out.flush()  # a reader that went away is noticed here, not at the exit
    except BrokenPipeError:
        # ``raiassess score FILE | head -3``: the reader has what it wanted. Stop quietly,
        # as Unix tools do, and give Python's exit nowhere to flush the rest.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return status


def _run(argv: list[str], gui: GuiRunner | None, out: TextIO, err: TextIO) -> int:
    args = build_parser().parse_args(argv)
    run: Handler | None = getattr(args, "run", None)  # None: no command, or gui
    try:
        if run is None:
            if gui is None:
                raise CommandError("the desktop app is not available from this entry point")
            return gui(args)
        return run(args, out, err)
    except DocumentError as error:
        print(error, file=err)
        return EXIT_PROBLEMS
    except (CommandError, StorageError) as error:
        print(f"raiassess: {error}", file=err)
        return EXIT_PROBLEMS


def _validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from raiassess.core.answers import check_answers_file
    from raiassess.core.catalog import load_catalog, questionnaire_files
    from raiassess.core.loader import document_kind, questionnaire_from_document
    from raiassess.core.source import read_document

    catalog: Catalog | None = None
    failed = False
    for raw in args.paths:
        path = Path(raw)
        files = questionnaire_files(path) if path.is_dir() else [path]
        if path.is_dir() and not files:
            print(f"{path}: no questionnaire files (.yaml, .yml, .json) in this folder", file=out)
            failed = True
        for file in files:
            try:
                doc = read_document(file)
                if document_kind(doc.data) == "answers":
                    from raiassess.core.answers import answers_from_document

                    answers = answers_from_document(doc)
                    catalog = catalog or load_catalog()
                    questionnaire = _questionnaire_for(answers, catalog)
                    check_answers_file(answers, questionnaire, doc)
                    summary = (f"answers for {questionnaire.id} {questionnaire.version}, "
                               f"{len(answers.answers)} answers")
                else:
                    q = questionnaire_from_document(doc)
                    summary = (f"questionnaire {q.id} {q.version}, {len(q.sections)} sections, "
                               f"{len(q.all_questions())} questions")
                print(f"{file}: valid ({summary})", file=out)
            except DocumentError as error:
                failed = True
                print(error, file=out)
            except CommandError as error:
                failed = True
                print(f"{file}: {error}", file=out)
    return EXIT_PROBLEMS if failed else EXIT_OK


def _questionnaire_for(answers: AnswersFile, catalog: Catalog) -> Questionnaire:
    from raiassess.core.catalog import QuestionnaireMissing

    try:
        ref = answers.questionnaire
        return catalog.require(ref.id, ref.version, ref.fingerprint)
    except QuestionnaireMissing as error:
        raise CommandError(str(error)) from None


def _questionnaires(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from raiassess.core.catalog import load_catalog

    catalog = load_catalog()
    for entry in catalog.entries:
        q = entry.questionnaire
        print(f"{q.id}\t{q.version}\t{len(q.all_questions())} questions\t{entry.source}\t"
              f"{q.title_in()}\t{entry.path}", file=out)
    for problem in catalog.problems:
        print(f"skipped: {problem}", file=err)
    return EXIT_OK


def _record(args: argparse.Namespace) -> tuple[Questionnaire, AnswersFile, int | None]:
    """The assessment ``args.source`` names: an id from 'raiassess list' (unless a file
    has that name) read from the database, with that id; else an answers file, and None."""
    source: str = args.source
    questionnaire_file: Path | None = getattr(args, "questionnaire", None)
    if source.isdigit() and not Path(source).exists():
        if questionnaire_file is not None:
            raise CommandError("--questionnaire goes with an answers file; an assessment in "
                               "the database keeps its own questionnaire")
        with _service(args) as service:
            questionnaire, answers = service.export_record(int(source))
        return questionnaire, answers, int(source)
    return (*_file_record(Path(source), questionnaire_file), None)


def _file_record(path: Path, questionnaire_file: Path | None = None
                 ) -> tuple[Questionnaire, AnswersFile]:
    """An answers file with its questionnaire (``questionnaire_file``, else the installed
    one the file names), every answer checked."""
    from raiassess.core.answers import check_answers_file, read_answers_file
    from raiassess.core.catalog import load_catalog
    from raiassess.core.loader import load_questionnaire

    answers, doc = read_answers_file(path)
    if questionnaire_file is not None:
        questionnaire = load_questionnaire(questionnaire_file)
    else:
        questionnaire = _questionnaire_for(answers, load_catalog())
    return questionnaire, check_answers_file(answers, questionnaire, doc)


def _export_pdf(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from raiassess.core.scoring import score
    from raiassess.report import render_report

    questionnaire, answers, _ = _record(args)
    result = score(questionnaire, answers.values(), args.language)
    try:
        render_report(questionnaire, answers, result, args.pdf, paper=args.paper,
                      language=args.language)
    except OSError as error:
        raise CommandError(f"cannot write {args.pdf}: {error.strerror or error}") from None
    print(f"wrote the {args.paper.upper() if args.paper == 'a4' else 'US Letter'} report on "
          f"{answers.system.name} to {args.pdf}", file=out)
    return EXIT_OK


def _verify(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from raiassess.core.fingerprint import assessment_fingerprint, format_fingerprint
    from raiassess.report import ReportReadError, read_report_fingerprint

    try:
        claimed = read_report_fingerprint(args.report)
    except ReportReadError as error:
        raise CommandError(str(error)) from None
    if claimed is None:
        raise CommandError(f"{args.report} carries no raiassess fingerprint; it was not made "
                           "by raiassess or its last page was cut off")
    print(f"The report's fingerprint: {format_fingerprint(claimed)}", file=out)
    if args.answers is not None:
        record = _file_record(args.answers)
        actual = assessment_fingerprint(*record)
        return _verdict(claimed == actual, f"the answers file {args.answers}", actual, out)
    with _service(args) as service:
        if args.assessment is not None:
            actual = assessment_fingerprint(*service.export_record(args.assessment))
            return _verdict(claimed == actual, f"assessment {args.assessment}", actual, out)
        for summary in service.list_assessments(include_archived=True):
            if assessment_fingerprint(*service.export_record(summary.id)) == claimed:
                return _verdict(True, f"assessment {summary.id} ({summary.system_name}, "
                                f"{summary.title or 'untitled'}) in {service.location}",
                                claimed, out)
        print(f"NO MATCH: no assessment in {service.location} holds the data this report "
              "was made from; it was changed since, or comes from another database.", file=out)
        return EXIT_PROBLEMS


def _verdict(matches: bool, what: str, actual: str, out: TextIO) -> int:
    from raiassess.core.fingerprint import format_fingerprint

    if matches:
        print(f"MATCHES {what}: the report shows exactly the data on record.", file=out)
        return EXIT_OK
    print(f"DOES NOT MATCH {what}, whose fingerprint is {format_fingerprint(actual)}: the "
          "record was changed after the report was made, or the report is not of it.",
          file=out)
    return EXIT_PROBLEMS


def _score(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from raiassess.core.scoring import score

    questionnaire, answers, assessment_id = _record(args)
    result = score(questionnaire, answers.values())
    if not args.json:
        print_result(questionnaire, answers.system.name, result, out)
        return EXIT_OK
    data = {**result.to_dict(), "system": answers.system.model_dump()}
    if assessment_id is not None:
        data["assessment"] = {"id": assessment_id, "title": answers.title,
                              "status": answers.status}
    print(json.dumps(data, indent=2, ensure_ascii=False), file=out)
    return EXIT_OK


def _schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from raiassess.core.schema import questionnaire_schema_text

    out.write(questionnaire_schema_text())
    return EXIT_OK


def _service(args: argparse.Namespace) -> AssessmentService:
    """The assessments database the command line points at (``with`` closes it)."""
    from raiassess.storage.service import AssessmentService

    return AssessmentService.open(args.db)


def _list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _service(args) as service:
        summaries = service.list_assessments(args.search, include_archived=args.all)
        location = service.location
    if args.json:
        print(json.dumps([_summary_data(s) for s in summaries], indent=2, ensure_ascii=False),
              file=out)
        return EXIT_OK
    if not summaries:
        found = "matching assessments" if args.search else "assessments"
        print(f"No {found} in {location}.", file=out)
        return EXIT_OK
    print_assessments(summaries, out)
    return EXIT_OK


def _summary_data(summary: AssessmentSummary) -> dict[str, Any]:
    data = dataclasses.asdict(summary)
    data["created_at"] = summary.created_at.isoformat()
    data["updated_at"] = summary.updated_at.isoformat()
    return data


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from raiassess.core.answers import check_answers_file, read_answers_file
    from raiassess.core.catalog import QuestionnaireMissing, load_catalog

    questionnaire: Questionnaire | None = None
    if args.questionnaire is not None:
        questionnaire, answers = _file_record(args.file, args.questionnaire)
    else:
        # Where the questionnaire is installed, check first to name each problem's line;
        # otherwise the service finds the copy stored in the database, or says why not.
        answers, doc = read_answers_file(args.file)
        ref = answers.questionnaire
        with contextlib.suppress(QuestionnaireMissing):
            installed = load_catalog().require(ref.id, ref.version, ref.fingerprint)
            check_answers_file(answers, installed, doc)
    with _service(args) as service:
        assessment_id = service.import_answers(answers, questionnaire)
    ref = answers.questionnaire
    print(f"{args.file}: imported as assessment {assessment_id} ({answers.system.name}, "
          f"{ref.id} {ref.version})", file=out)
    return EXIT_OK


def _export_answers(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from raiassess.core.answers import write_answers_file

    with _service(args) as service:
        answers = service.export_answers(args.id)
    try:
        write_answers_file(answers, args.file)
    except OSError as error:
        raise CommandError(f"cannot write {args.file}: {error.strerror}") from None
    print(f"wrote assessment {args.id} to {args.file}", file=out)
    return EXIT_OK


def _audit(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _service(args) as service:
        report = service.verify_audit()
        location = service.location
    if report.ok:
        print(f"The audit trail of {location} is intact: {report.entries} entries, newest "
              f"hash {report.head_hash}.", file=out)
        return EXIT_OK
    print(f"The audit trail of {location} was TAMPERED WITH ({report.entries} entries "
          "remain):", file=out)
    for problem in report.problems:
        print(f"  - {problem}", file=out)
    return EXIT_PROBLEMS


def _backup(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _service(args) as service:
        if args.backup_action == "now":
            print(f"backed up {service.location} to {service.backup_now()}", file=out)
            return EXIT_OK
        service.restore_backup(args.file)
        print(f"restored {service.location} from {args.file}; its previous content was kept "
              "as a backup ('raiassess info' lists them)", file=out)
    return EXIT_OK


def _info(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from raiassess.core.paths import data_dir, log_dir, user_questionnaires_dir
    from raiassess.storage.service import AssessmentService

    print(f"data folder:            {data_dir()}", file=out)
    print(f"user questionnaires:    {user_questionnaires_dir()}", file=out)
    print(f"log folder:             {log_dir()}", file=out)
    # Only where the database is: showing it never creates or upgrades it.
    place = AssessmentService.describe(args.db)
    print(f"database:               {place.location}", file=out)
    if place.backups_folder is None:
        print("backups:                made by the database server (e.g. pg_dump)", file=out)
        return EXIT_OK
    print(f"backups folder:         {place.backups_folder}", file=out)
    if not place.backups:
        print("backups:                none yet (one is taken each day the app opens "
              "the database)", file=out)
    for index, backup in enumerate(place.backups):
        label = "backups:" if index == 0 else ""
        print(f"{label:<24}{backup.path.name}  ({backup.kind}, "
              f"{backup.taken_at.astimezone():%Y-%m-%d %H:%M})", file=out)
    return EXIT_OK
