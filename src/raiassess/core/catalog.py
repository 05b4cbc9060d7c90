"""Finding questionnaires: the bundled ones and those in the user's folder."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from raiassess.core.loader import load_questionnaire
from raiassess.core.paths import shipped_dir, user_questionnaires_dir
from raiassess.core.problems import DocumentError, Problem
from raiassess.core.questionnaire import Questionnaire

SUFFIXES = (".yaml", ".yml", ".json")


def bundled_dir() -> Path:
    """The folder of questionnaires shipped with raiassess."""
    return shipped_dir("questionnaires")


class QuestionnaireMissing(LookupError):
    """The questionnaire asked for is not at hand; ``str(error)`` says which versions are."""


@dataclass(frozen=True)
class CatalogEntry:
    """A questionnaire found on disk."""

    questionnaire: Questionnaire
    path: Path
    source: str
    """``bundled`` or ``user``."""


@dataclass
class Catalog:
    """The questionnaires available, and the files that could not be read."""

    entries: list[CatalogEntry]
    problems: list[Problem]

    def find(self, questionnaire_id: str, version: str | None = None) -> Questionnaire | None:
        """A questionnaire by id and, if given, version (else its latest version)."""
        matches = [e.questionnaire for e in self.entries
                   if e.questionnaire.id == questionnaire_id]
        if version is not None:
            matches = [q for q in matches if q.version == version]
        if not matches:
            return None
        return max(matches, key=lambda q: version_key(q.version))

    def latest(self) -> list[Questionnaire]:
        """The latest version of each questionnaire, in the order they were found."""
        ids = dict.fromkeys(e.questionnaire.id for e in self.entries)
        return [found for qid in ids if (found := self.find(qid)) is not None]

    def require(self, questionnaire_id: str, version: str, fingerprint: str | None = None, *,
                also: Iterable[str] = ()) -> Questionnaire:
        """The questionnaire an answers file names: its id, version and, when the file
        gives one, content fingerprint (a file is only matched with exactly that content).

        Raises ``QuestionnaireMissing``, whose one sentence names the versions there are:
        the installed ones and those of ``also`` (such as copies kept in a database).
        """
        for entry in self.entries:
            candidate = entry.questionnaire
            if (candidate.id, candidate.version) == (questionnaire_id, version) and \
                    fingerprint in (None, candidate.fingerprint()):
                return candidate
        versions = sorted({*self.versions(questionnaire_id), *also}, key=version_key)
        if fingerprint is not None and version in versions:
            raise QuestionnaireMissing(
                f"the {questionnaire_id} {version} at hand differs from the text these "
                "answers were given against (its content fingerprint differs); use the "
                "questionnaire file they were answered against")
        known = f" (available: {', '.join(versions)})" if versions else ""
        raise QuestionnaireMissing(f"questionnaire {questionnaire_id!r} version {version} is "
                                   f"not installed{known}")

    def versions(self, questionnaire_id: str) -> list[str]:
        """The versions of a questionnaire that are available."""
        return sorted({e.questionnaire.version for e in self.entries
                       if e.questionnaire.id == questionnaire_id}, key=version_key)


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Sort key for versions such as ``1.10.0`` (numeric parts compare as numbers)."""
    return tuple((int(part), "") if part.isdigit() else (-1, part)
                 for part in version.replace("-", ".").split("."))


def questionnaire_files(folder: Path) -> list[Path]:
    """The questionnaire files directly in a folder, by name (schema.json excluded)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.suffix.lower() in SUFFIXES and p.is_file() and p.name != "schema.json")


def load_catalog(extra_dirs: tuple[Path, ...] = ()) -> Catalog:
    """Load every bundled and user questionnaire; unreadable files become problems."""
    entries: list[CatalogEntry] = []
    problems: list[Problem] = []
    sources = [(bundled_dir(), "bundled"), (user_questionnaires_dir(), "user")]
    sources += [(folder, "user") for folder in extra_dirs]
    for folder, source in sources:
        for path in questionnaire_files(folder):
            try:
                entries.append(CatalogEntry(load_questionnaire(path), path, source))
            except DocumentError as error:
                problems.extend(error.problems)
    return Catalog(entries, problems)
