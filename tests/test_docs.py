"""The reference pages made from the code are as the code is now, and README's commands run."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_generated_pages_are_up_to_date() -> None:
    import docs.generate as generate

    for name, make in generate.PAGES.items():
        assert (ROOT / "docs" / name).read_text(encoding="utf-8") == make(), f"docs/{name} is stale: run python docs/generate.py"


def test_every_environment_variable_is_documented() -> None:
    import docs.generate as generate

    read = {name for path in (ROOT / "planparse").rglob("*.py") for name in re.findall(r"PLANPARSE_[A-Z_]+", path.read_text(encoding="utf-8"))}
    assert read == {name for name, _, _ in generate.ENVIRONMENT}


@pytest.fixture(autouse=True)
def _importable_docs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT))


def _readme_blocks(language: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


def _commands() -> list[tuple[str, list[str]]]:
    """README's `$ ` commands, each with the output it shows under it (none for most)."""
    found: list[tuple[str, list[str]]] = []
    for block in _readme_blocks("sh"):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append((line[2:], []))
            elif found and line.strip():
                found[-1][1].append(line)
    return found


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A folder as a reader of the README has it: the samples at hand, and a picture to refuse."""
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    (tmp_path / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return tmp_path


@pytest.mark.parametrize(("command", "shown"), _commands(), ids=lambda value: value if isinstance(value, str) else "")
def test_every_readme_command_runs_as_printed(desk: Path, command: str, shown: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import shlex
    import shutil
    import subprocess
    import sys

    from click.testing import CliRunner

    from planparse.cli import main

    if "| jq" in command and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    if not set("|<>;&") & set(command):  # a plain command: run in this process, as the shell would run it
        monkeypatch.chdir(desk)
        result = CliRunner().invoke(main, shlex.split(command)[1:])
        code, output = result.exit_code, result.output
    else:
        bin_dir = str(Path(sys.executable).parent)
        done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=desk, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")})
        code, output = done.returncode, done.stdout + done.stderr
    if shown:  # the output README prints is the output the command gives
        assert output.strip().splitlines() == shown
    else:
        assert code == 0, output


def test_readme_python_runs(desk: Path) -> None:
    import subprocess
    import sys

    for code in _readme_blocks("python"):
        done = subprocess.run([sys.executable, "-c", code], cwd=desk, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr


def test_readme_is_a_guide_not_a_catalogue() -> None:
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) <= 200
