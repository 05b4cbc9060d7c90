"""The lock is whole and current: uv.lock was made from today's pyproject.toml, the
requirements files that scripts/setup.sh installs were exported from it, and every
file they name is pinned by its hash. A change to pyproject.toml without
``scripts/lock`` fails here, not on a user's laptop."""

from __future__ import annotations

import re
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.helpers.paths import REPO

PROFILES = ("app", "build", "test")

_PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+?)(?: ;[^\\]*)? \\\n((?:    --hash=sha256:[0-9a-f]{64}"
                  r"(?: \\)?\n)+)", re.MULTILINE)


def _lock() -> dict[str, object]:
    return tomllib.loads((REPO / "uv.lock").read_text(encoding="utf-8"))


def _pins(profile: str) -> dict[str, str]:
    text = (REPO / "requirements" / f"{profile}.txt").read_text(encoding="utf-8")
    pins = {canonicalize_name(name): version for name, version, _ in _PIN.findall(text)}
    requirement_lines = [line for line in text.splitlines() if re.match(r"[A-Za-z0-9]", line)]
    assert len(pins) == len(requirement_lines), "a requirement without a hash"
    return pins


def _project() -> dict[str, object]:
    packages = _lock()["package"]
    assert isinstance(packages, list)
    [project] = [package for package in packages if package["name"] == "raiassess"]
    return project  # type: ignore[no-any-return]


def _declared() -> set[tuple[str, str, str, str]]:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = set()
    for extra, requirements in [("", pyproject["dependencies"]),
                                *pyproject["optional-dependencies"].items()]:
        for text in requirements:
            requirement = Requirement(text)
            marker = f"extra == '{extra}'" if extra else ""
            found.add((canonicalize_name(requirement.name), str(requirement.specifier),
                       ",".join(sorted(requirement.extras)), marker))
    return found


def test_uv_lock_was_made_from_todays_pyproject() -> None:
    metadata = _project()["metadata"]
    assert isinstance(metadata, dict)
    locked = {(canonicalize_name(entry["name"]), str(Requirement(
        f"x{entry.get('specifier', '')}").specifier), ",".join(sorted(entry.get("extras", []))),
        entry.get("marker", "")) for entry in metadata["requires-dist"]}
    assert locked == _declared(), "pyproject.toml changed since the lock: run scripts/lock"


@pytest.mark.parametrize("profile", PROFILES)
def test_each_requirements_file_is_exported_from_uv_lock(profile: str) -> None:
    packages = _lock()["package"]
    assert isinstance(packages, list)
    locked = {canonicalize_name(package["name"]): package["version"] for package in packages}
    pins = _pins(profile)
    assert pins, f"requirements/{profile}.txt names nothing"
    assert {name: locked.get(name) for name in pins} == pins, \
        f"requirements/{profile}.txt does not match uv.lock: run scripts/lock"


def test_the_test_lock_holds_the_app_and_the_build_tools_at_the_same_versions() -> None:
    test = _pins("test")
    for profile in ("app", "build"):
        assert _pins(profile).items() <= test.items()
    locked = {canonicalize_name(package["name"]) for package in _lock()["package"]  # type: ignore[attr-defined]
              if package["name"] != "raiassess"}
    assert set(test) == locked


def test_every_locked_version_is_allowed_by_pyproject() -> None:
    pins = _pins("test")
    for name, specifier, _, _ in _declared():
        assert Requirement(f"{name}{specifier}").specifier.contains(Version(pins[name])), \
            f"the lock holds {name} {pins[name]}, which pyproject.toml excludes ({specifier})"
