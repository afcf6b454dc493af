"""Promises the project makes outside the code: set-up commands, CI, Binder pins."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)$", line.strip())
        if match:
            pins[match.group(1).lower()] = match.group(2)
    return pins


def test_readme_gives_exactly_two_setup_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text()
    setup = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```bash\n(.*?)\n```", setup, flags=re.S)
    assert commands == ["make lab", "make test"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test\b", ci, flags=re.M), ".ci/run must run the README's command"
    makefile = (ROOT / "Makefile").read_text()
    for target in ("lab", "test", "datasets", "catalogs", "lessons", "slides",
                   "translations-status"):
        assert re.search(rf"^{re.escape(target)}:", makefile, flags=re.M), target


def test_binder_pins_match_the_constraints():
    binder = _pins(ROOT / "binder" / "requirements.txt")
    constraints = _pins(ROOT / "requirements" / "constraints.txt")
    assert {"pandas", "altair", "ipywidgets", "jupyterlab", "babel"} <= set(binder)
    for name, version in binder.items():
        assert constraints.get(name) == version, f"binder pins {name}=={version}"
    assert (ROOT / "binder" / "postBuild").stat().st_mode & 0o111, "postBuild must be executable"


def test_altair_stays_on_the_offline_renderable_major_version():
    assert _pins(ROOT / "requirements" / "constraints.txt")["altair"].startswith("5.")


def test_readme_lesson_table_matches_the_course_map():
    from funnelcourse.course_map import LESSONS

    readme = (ROOT / "README.md").read_text()
    rows = re.findall(r"^\| (\d\d) \|[^|]+\| (\d+) min \| (\d+ min|–) \|$", readme, flags=re.M)
    assert [(number, int(teaching), 0 if exercises == "–" else int(exercises.split()[0]))
            for number, teaching, exercises in rows] == [
        (entry.number, entry.teaching_minutes, entry.exercise_minutes) for entry in LESSONS]
