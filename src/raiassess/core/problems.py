"""Problems found in a user's file, reported as ``file:line:col: message (path)``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Loc = tuple[str | int, ...]


def format_loc(loc: Loc) -> str:
    """Render a path inside a document the way authors read it: ``sections[2].questions[0].id``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(document)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, with where it is."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    loc: Loc = ()

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {self.message} ({format_loc(self.loc)})"


#: The most problems told one by one; a file with more is summed up after them.
MAX_SHOWN = 100


def problem_lines(problems: Sequence[Problem], limit: int = MAX_SHOWN) -> list[str]:
    """The problems as lines to print: the first ``limit``, then how many more there are
    (a 3.6 MB file of unknown ids once printed 27 MB of problems)."""
    lines = [str(p) for p in problems[:limit]]
    rest = len(problems) - limit
    if rest > 0:
        lines.append(f"{problems[limit].file}: … and {rest:,} more problems "
                     f"(the first {limit} are shown)")
    return lines


class DocumentError(Exception):
    """A file that cannot be used, with every problem found in it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(problem_lines(self.problems)))

    @classmethod
    def single(cls, file: str, message: str, line: int | None = None,
               column: int | None = None, loc: Loc = ()) -> DocumentError:
        """A file with one problem."""
        return cls([Problem(file, message, line, column, loc)])


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in reading order, duplicates removed."""
    unique = dict.fromkeys(problems)
    return sorted(unique, key=lambda p: (p.file, p.line or 0, p.column or 0, p.message))
