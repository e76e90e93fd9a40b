"""The command line as a user drives it: through click's runner and a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from planparse import __version__
from planparse.cli import main

SAMPLES = Path(__file__).parent.parent / "samples"
CELEBRATION = str(SAMPLES / "celebration_plan_2021.txt")


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_extract_prints_the_plan_as_json() -> None:
    code, out, _ = run("extract", CELEBRATION)
    assert code == 0
    plan = json.loads(out)
    assert plan["title"] == "关于举行中国共产党成立100周年庆祝活动方案"
    assert len(plan["activities"]) == 9
    assert "党群工作部" in out  # Chinese is written as is, not \\u-escaped


def test_several_inputs_give_an_array_and_jsonl_gives_lines() -> None:
    court = str(SAMPLES / "court_campaign_plan_2021.txt")
    code, out, _ = run("extract", CELEBRATION, court)
    assert code == 0 and [len(p["activities"]) for p in json.loads(out)] == [9, 11]
    code, out, _ = run("extract", "--format", "jsonl", CELEBRATION, court)  # in the order files finish
    assert sorted(json.loads(line)["source"]["path"] for line in out.splitlines()) == sorted([CELEBRATION, court])


def test_csv_to_a_file_reads_back(tmp_path: Path) -> None:
    target = tmp_path / "tasks.csv"
    code, _, _ = run("extract", CELEBRATION, "--format", "csv", "-o", str(target))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 9
    assert rows[0]["lead_units"] == "党群工作部、社会事业局"
    assert rows[0]["deadline_end"] == "2021-06-30"
    assert list(rows[0])[:13] == [
        "source", "id", "number", "section", "category", "title", "lead_units", "responsible_units",
        "cooperating_units", "lead_officials", "deadline_raw", "deadline_start", "deadline_end",
    ]


def test_csv_with_bom_for_excel() -> None:
    code, out, _ = run("extract", CELEBRATION, "--format", "csv", "--bom")
    assert code == 0 and out.startswith("\ufeffsource,")


def test_a_dash_for_the_output_is_standard_output() -> None:
    code, out, _ = run("extract", CELEBRATION, "-o", "-")
    assert code == 0 and len(json.loads(out)["activities"]) == 9


def test_standard_input() -> None:
    data = Path(CELEBRATION).read_text(encoding="utf-8").encode("gb18030")
    code, out, _ = run("extract", "-", stdin=data)
    plan = json.loads(out)
    assert code == 0 and plan["source"]["path"] is None and plan["source"]["encoding"] == "gb18030"
    assert len(plan["activities"]) == 9


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "no documents found"),
        (lambda p: (p / "bin.txt", (p / "bin.txt").write_bytes(bytes(range(256)) * 8))[0], "binary"),
        (lambda p: (p / "plan.pdf", (p / "plan.pdf").write_bytes(b"%PDF-1.4"))[0], ".pdf"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("extract", str(make(tmp_path)))
    assert code == 1 and out == ""
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["extract", CELEBRATION, "-o", "{tmp}/missing/plan.json"],  # a folder that is not there
        ["extract", CELEBRATION, "-f", "xlsx", "-o", "{tmp}/missing/台账.xlsx"],
        ["batch", str(SAMPLES), "-o", "{tmp}/a_file/out"],  # a file where the folder should be
    ],
)
def test_an_output_that_cannot_be_written_is_one_line_and_exit_1(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "a_file").write_text("", encoding="utf-8")
    code, out, err = run(*(a.format(tmp=tmp_path) for a in args))
    assert code == 1 and out == ""
    assert "cannot write" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--debug", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and result.exception is not None


def test_strict_fails_on_warnings_with_its_own_status_and_says_which() -> None:
    court = str(SAMPLES / "court_campaign_plan_2021.txt")  # items without deadlines
    assert run("extract", court)[0] == 0
    code, _, err = run("extract", "--strict", court)
    assert code == 3 and "no_deadline" in err


def test_schema_command_matches_the_published_schema() -> None:
    code, out, _ = run("schema")
    published = (Path(__file__).parent.parent / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    assert code == 0 and out == published


def test_version() -> None:
    assert run("--version")[1].strip() == f"planparse, version {__version__}"


def _commands(group: click.Group) -> list[click.Command]:
    return list(group.commands.values())


@pytest.mark.parametrize("command", _commands(main), ids=lambda c: c.name)
def test_every_command_has_help(command: click.Command) -> None:
    assert command.help and len(command.help.strip()) > 20
    assert all(isinstance(p, click.Argument) or p.help for p in command.params)  # type: ignore[attr-defined]


def test_python_dash_m_works_like_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planparse", "extract", "--format", "jsonl", CELEBRATION],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    assert json.loads(result.stdout)["doc_type"] == "plan"


def test_a_closed_pipe_ends_the_command_quietly() -> None:
    """planparse extract … | head: the reader has what it wants; no error, no traceback."""
    command = f"{sys.executable} -m planparse extract -f jsonl {SAMPLES} | head -c 20"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0 and "Error" not in result.stderr and "Traceback" not in result.stderr
    assert result.stdout.startswith('{"schema_version"')


def test_ctrl_c_exits_130_without_a_traceback() -> None:
    import os
    import pty
    import signal

    leader, follower = pty.openpty()  # a terminal, so that the command says when it waits on it
    reading = subprocess.Popen(
        [sys.executable, "-m", "planparse", "extract", "-"], stdin=follower, stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # a background job's shell ignores SIGINT
    )
    os.close(follower)
    try:
        assert reading.stderr is not None and b"standard input" in reading.stderr.readline()  # started, and waiting
        reading.send_signal(signal.SIGINT)
        _, err = reading.communicate(timeout=30)
    finally:
        reading.kill()
        os.close(leader)
    assert reading.returncode == 130 and b"Traceback" not in err


def test_the_output_s_extension_names_the_format(tmp_path: Path) -> None:
    ledger = tmp_path / "台账.xlsx"
    assert run("extract", CELEBRATION, "-o", str(ledger))[0] == 0
    assert ledger.read_bytes()[:2] == b"PK"  # a workbook, not JSON under an .xlsx name
    code, _, err = run("extract", CELEBRATION, "-f", "json", "-o", str(tmp_path / "tasks.csv"))
    assert code == 2 and "does not match" in err


def test_a_picture_is_refused_with_its_path(tmp_path: Path) -> None:
    picture = tmp_path / "scan.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    named_so = tmp_path / "photo.jpg"
    named_so.write_bytes(b"abcde")
    for path, what in ((picture, "PNG image"), (named_so, ".jpg file")):
        code, _, err = run("extract", str(path))
        assert code == 1 and str(path) in err and what in err


def test_reading_standard_input_from_a_terminal_says_so() -> None:
    import os
    import pty

    leader, follower = pty.openpty()
    reading = subprocess.Popen([sys.executable, "-m", "planparse", "extract", "-"], stdin=follower, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    os.close(follower)
    os.write(leader, "活动方案\n一、开展宣传。\n".encode() + b"\x04")
    out, err = reading.communicate(timeout=30)
    os.close(leader)
    assert b"standard input" in err and json.loads(out)["doc_type"] == "plan"


def test_the_json_shape_follows_the_arguments_not_the_folder_s_size(tmp_path: Path) -> None:
    """One file named: an object; a folder (even of one file): an array, so a script can rely on it."""
    folder = tmp_path / "notices"
    folder.mkdir()
    (folder / "plan.txt").write_text(Path(CELEBRATION).read_text(encoding="utf-8"), encoding="utf-8")
    assert isinstance(json.loads(run("extract", CELEBRATION)[1]), dict)
    assert isinstance(json.loads(run("extract", str(folder))[1]), list)


def test_show_lists_every_role_and_says_what_a_document_that_is_no_plan_is(tmp_path: Path) -> None:
    shown = CliRunner().invoke(main, ["show", CELEBRATION], env={"COLUMNS": "200"})
    assert shown.exit_code == 0 and "Cooperating" in shown.stdout and "Officials" in shown.stdout
    assert "开展全区创先争优评选表彰" in shown.stdout
    news = tmp_path / "news.txt"
    news.write_text("我区启动读书月活动\n\n2021年04月23日 10:12  来源：区融媒体中心\n现场气氛热烈。\n记者：张三\n", encoding="utf-8")
    code, out, _ = run("show", str(news))
    assert code == 0 and "news report" in out and "┃" not in out


def test_a_multi_file_run_ends_with_one_summary_line_unless_quiet(tmp_path: Path) -> None:
    ledger = tmp_path / "台账.xlsx"
    code, _, err = run("extract", str(SAMPLES), "-o", str(ledger))
    assert code == 0 and "3 files, 3 read, 31 activities, 0 failed" in err and str(ledger) in err
    assert run("extract", str(SAMPLES), "-o", str(ledger), "-q")[2] == ""
    assert run("extract", CELEBRATION)[2] == ""  # one file: its output is the whole answer


def test_progress_is_drawn_on_a_terminal_unless_asked_not_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import planparse.console as console

    drawn: list[int] = []
    real = console.progress

    def watched(total: int, label: str = "parsing"):  # type: ignore[no-untyped-def]
        drawn.append(total)
        return real(total, label)

    monkeypatch.setattr(console, "progress", watched)
    for options, bars in (([], [3]), (["--no-progress"], [0]), (["-q"], [0])):
        drawn.clear()
        code, _, err = run("batch", str(SAMPLES), "-o", str(tmp_path / "out"), "-j", "1", *options)
        assert code == 0 and drawn == bars
        assert ("files" in err) == (options != ["-q"])  # the summary, unless quiet


def test_a_failure_is_said_through_whatever_holds_standard_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """While the progress bar is live, rich holds sys.stderr and prints lines above the bar: a
    failure written past it (to the real stream) would break the bar and freeze a copy of it."""
    import io

    from planparse.batch import Outcome
    from planparse.cli import _report

    held = io.StringIO()
    monkeypatch.setattr(sys, "stderr", held)
    _report(Outcome(path="通知/broken.docx", error="not a readable .docx", error_type="CorruptDocumentError"))
    assert held.getvalue() == "Error: 通知/broken.docx: not a readable .docx\n"
