"""The wheel works on its own: built from the checkout, installed into a clean virtual
environment with nothing but its dependencies, and run from a folder far from the
checkout, it finds its questionnaires, fonts, icons and translations.

The environment gets the locked dependencies (requirements/app.txt), as the app's
users get them; under ``scripts/test --latest`` it gets what pip resolves from the
wheel's own metadata, as ``pipx install raiassess-*.whl`` would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers.paths import REPO

pytestmark = pytest.mark.slow

SHIPPED = ("questionnaires", "resources")
BUNDLED = {"responsible-ai-impact", "third-party-ai-quick-check"}


def _run(command: list[str | Path], **options: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(part) for part in command], capture_output=True, text=True,
                          timeout=600, check=False, **options)  # type: ignore[call-overload]
    assert done.returncode == 0, f"{command} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, REPO])
    [built] = out.glob("raiassess-*.whl")
    return built


@dataclass
class Installed:
    """The wheel installed in a clean environment, and how to run its commands."""

    bin: Path
    site: Path
    home: Path
    cwd: Path

    def env(self, **extra: str) -> dict[str, str]:
        env = {name: value for name, value in os.environ.items()
               if not name.startswith(("PYTHON", "RAIASSESS", "VIRTUAL_ENV"))}
        return {**env, "RAIASSESS_HOME": str(self.home), "QT_QPA_PLATFORM": "offscreen",
                "PATH": f"{self.bin}{os.pathsep}{env.get('PATH', '')}", **extra}

    def raiassess(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return _run([self.bin / "raiassess", *args], env=self.env(), cwd=self.cwd)


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("wheel-env")
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", venv])
    python = venv / "bin" / "python"
    pip = [python, "-m", "pip", "--disable-pip-version-check", "--no-input", "install", "-q"]
    if os.environ.get("RAIASSESS_TEST_UNLOCKED") == "1":
        _run([*pip, wheel])
    else:
        _run([*pip, "--require-hashes", "--no-deps", "-r", REPO / "requirements" / "app.txt"])
        _run([*pip, "--no-deps", wheel])
    site = Path(_run([python, "-c", "import raiassess, pathlib; "
                      "print(pathlib.Path(raiassess.__file__).parent)"], cwd=root).stdout.strip())
    assert REPO not in site.parents, "the test environment imported the checkout"
    (root / "home").mkdir()
    (root / "work").mkdir()
    yield Installed(venv / "bin", site, root / "home", root / "work")


def test_the_wheel_holds_every_shipped_file(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    expected = {f"raiassess/{path.relative_to(REPO).as_posix()}"
                for folder in SHIPPED for path in (REPO / folder).rglob("*") if path.is_file()}
    expected |= {f"raiassess/{path.relative_to(REPO / 'src' / 'raiassess').as_posix()}"
                 for path in (REPO / "src" / "raiassess").rglob("*")
                 if path.is_file() and "__pycache__" not in path.parts}
    assert sorted(expected - names) == []


def test_the_installed_commands_find_what_they_ship(installed: Installed,
                                                    tmp_path: Path) -> None:
    from raiassess import __version__

    assert installed.raiassess("--version").stdout.strip() == f"raiassess {__version__}"

    listing = installed.raiassess("questionnaires").stdout
    for questionnaire in BUNDLED:
        assert questionnaire in listing

    bundled = sorted((installed.site / "questionnaires").glob("*.yaml"))
    assert {path.stem for path in bundled} == BUNDLED
    installed.raiassess("validate", *bundled)

    report = tmp_path / "report.pdf"
    installed.raiassess("export", REPO / "docs" / "examples" / "chatbot-answers.yaml",
                        "--pdf", report)
    reader = PdfReader(report)
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].get_object().values()}
    assert any("DejaVuSans" in font for font in fonts), fonts
    assert "Customer support assistant" in reader.pages[0].extract_text()


#: Run in the installed environment: opens the app through the ``raiassess`` command's
#: own entry point and, once the window shows the assessments list, prints what it shows.
_SHOW_WINDOW = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def check():
    from raiassess.gui.window import MainWindow
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow) and window.isVisible() and window.service:
            actions = [a for a in window.findChildren(type(window.new_action)) if a.text()]
            print(json.dumps({
                "menus": [action.text() for action in window.menuBar().actions()],
                "icons": sum(1 for action in actions if not action.icon().isNull()),
            }), flush=True)
            QApplication.instance().quit()

app = QApplication(sys.argv)
poll = QTimer()
poll.timeout.connect(check)
poll.start(20)
QTimer.singleShot(60_000, lambda: sys.exit("the window did not show within a minute"))
from raiassess.launcher import main
sys.exit(main(["gui"]))
"""


def test_the_installed_app_shows_its_window_translated(installed: Installed) -> None:
    settings = installed.home / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    shown = _run([installed.bin / "python", "-c", _SHOW_WINDOW], env=installed.env(),
                 cwd=installed.cwd)
    window = json.loads(shown.stdout.strip().splitlines()[-1])
    assert "&Fichier" in window["menus"]  # the French translation was found and loaded
    assert window["icons"] >= 10  # the toolbar and menu icons were found
