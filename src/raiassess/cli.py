"""The raiassess command line: validate, list and score questionnaires and answers."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from raiassess import __version__
from raiassess.core.answers import AnswersFile, check_answers_file, read_answers_file
from raiassess.core.catalog import Catalog, load_catalog, questionnaire_files
from raiassess.core.loader import document_kind, questionnaire_from_document
from raiassess.core.paths import data_dir, log_dir, user_questionnaires_dir
from raiassess.core.problems import DocumentError
from raiassess.core.questionnaire import Questionnaire
from raiassess.core.schema import questionnaire_schema_text
from raiassess.core.scoring import ScoreResult, score
from raiassess.core.source import read_document

GuiRunner = Callable[[argparse.Namespace], int]

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A command that cannot be carried out; the message is one sentence for the user."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="raiassess",
        description="Responsible-AI self-assessment. Without a command, opens the app.")
    parser.add_argument("--version", action="version", version=f"raiassess {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("--db", metavar="URL", help="database URL (default: the per-user file)")

    validate = commands.add_parser(
        "validate", help="check questionnaire and answers files; one line per problem")
    validate.add_argument("paths", nargs="+", metavar="PATH",
                          help="files, or folders of questionnaire files")

    commands.add_parser("questionnaires", help="list the bundled and user questionnaires")

    score_cmd = commands.add_parser("score", help="score an answers file")
    score_cmd.add_argument("source", metavar="ANSWERS_FILE")
    score_cmd.add_argument("--json", action="store_true", help="print the full result as JSON")
    score_cmd.add_argument("--questionnaire", metavar="FILE", type=Path,
                           help="score against this questionnaire file instead of the catalog")

    commands.add_parser("schema", help="print the JSON Schema of questionnaire files")
    commands.add_parser("info", help="show where raiassess keeps its files")
    return parser


def main(argv: Sequence[str] | None = None, *, gui: GuiRunner | None = None,
         out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a command; return the exit status. ``gui`` opens the app when asked to."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    command = args.command or "gui"
    try:
        if command == "gui":
            if gui is None:
                raise CommandError("the desktop app is not available from this entry point")
            return gui(args)
        handler = _HANDLERS[command]
        return handler(args, out, err)
    except DocumentError as error:
        for problem in error.problems:
            print(problem, file=err)
        return EXIT_PROBLEMS
    except CommandError as error:
        print(f"raiassess: {error}", file=err)
        return EXIT_PROBLEMS


def _validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
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
                for problem in error.problems:
                    print(problem, file=out)
            except CommandError as error:
                failed = True
                print(f"{file}: {error}", file=out)
    return EXIT_PROBLEMS if failed else EXIT_OK


def _questionnaire_for(answers: AnswersFile, catalog: Catalog) -> Questionnaire:
    ref = answers.questionnaire
    found = catalog.find(ref.id, ref.version)
    if found is not None:
        return found
    versions = catalog.versions(ref.id)
    if versions:
        raise CommandError(f"questionnaire {ref.id!r} version {ref.version} is not installed "
                           f"(installed: {', '.join(versions)})")
    raise CommandError(f"questionnaire {ref.id!r} is not installed; put its file in "
                       f"{user_questionnaires_dir()}")


def _questionnaires(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    catalog = load_catalog()
    for entry in catalog.entries:
        q = entry.questionnaire
        print(f"{q.id}\t{q.version}\t{len(q.all_questions())} questions\t{entry.source}\t"
              f"{q.title_in()}\t{entry.path}", file=out)
    for problem in catalog.problems:
        print(f"skipped: {problem}", file=err)
    return EXIT_OK


def _score(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    answers, doc = read_answers_file(args.source)
    if args.questionnaire is not None:
        from raiassess.core.loader import load_questionnaire

        questionnaire = load_questionnaire(args.questionnaire)
    else:
        questionnaire = _questionnaire_for(answers, load_catalog())
    answers = check_answers_file(answers, questionnaire, doc)
    result = score(questionnaire, answers.values())
    if args.json:
        data = result.to_dict()
        data["system"] = answers.system.model_dump()
        print(json.dumps(data, indent=2, ensure_ascii=False), file=out)
    else:
        print_result(questionnaire, answers.system.name, result, out)
    return EXIT_OK


def print_result(questionnaire: Questionnaire, system: str, result: ScoreResult,
                 out: TextIO) -> None:
    """A score result as a readable text report."""
    print(f"{questionnaire.title_in()} {questionnaire.version}: {system}", file=out)
    missing = len(result.missing_required)
    status = "complete" if result.complete else (
        f"incomplete: {missing} required question{'s' if missing != 1 else ''} unanswered")
    print(f"Status: {status} (completeness {result.completeness:.1f}%)", file=out)
    print(f"Overall risk: {result.level.label.upper()} (residual {result.residual:.1f}%, "
          f"inherent {result.inherent:.1f}%, mitigation {result.mitigation:.1f}%)", file=out)
    print(file=out)
    width = max([len(s.title) for s in result.sections] + [7]) + 4
    print(f"{'Section':<{width}}{'Inherent':>10}{'Mitigation':>12}{'Residual':>10}  Level",
          file=out)
    for s in result.sections:
        title = f"{s.number} {s.title}"
        if not s.applicable:
            print(f"{title:<{width}}{'not applicable (nothing answered that carries risk)':>32}",
                  file=out)
            continue
        print(f"{title:<{width}}{s.inherent:>9.1f}%{s.mitigation:>11.1f}%{s.residual:>9.1f}%  "
              f"{s.level.label}", file=out)
    if result.missing_required:
        print("\nUnanswered required questions:", file=out)
        for ref in result.missing_required:
            print(f"  {ref.number:<6} {ref.text}", file=out)
    risky = [c for c in result.contributions if c.risk > 0]
    if risky:
        print("\nWhat contributes to the risk, most first:", file=out)
        for c in risky:
            print(f"  {c.number:<6} {c.risk:g} of {c.risk_max:g} points  {c.question}", file=out)
            print(f"         answer: {c.answer}", file=out)
            for rec in c.recommendations:
                print(f"         recommendation: {rec}", file=out)


def _schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    out.write(questionnaire_schema_text())
    return EXIT_OK


def _info(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    print(f"data folder:            {data_dir()}", file=out)
    print(f"user questionnaires:    {user_questionnaires_dir()}", file=out)
    print(f"log folder:             {log_dir()}", file=out)
    return EXIT_OK


_HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "validate": _validate,
    "questionnaires": _questionnaires,
    "score": _score,
    "schema": _schema,
    "info": _info,
}
