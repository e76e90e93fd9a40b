"""Files as the operating system gives them: odd names, pipes, links, full disks, outputs that
would clash. A run reads what it should, writes what it read, and loses nothing."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from planparse.batch import discover, prepare_batch, run_batch
from planparse.cli import main
from tests.docx_builder import literal_layout

PLAN = "{}工作方案\n一、开展安全检查。\n责任单位：区应急局\n完成时限：6月底前\n"
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux file names and /proc")


def _plan(path: Path, title: str = "") -> Path:
    path.write_text(PLAN.format(title), encoding="utf-8")
    return path


def test_a_folder_gives_only_its_own_regular_files(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    _plan(src / "plan.txt")
    os.mkfifo(src / "pipe.txt")  # would hang a reader that opened it
    outside = _plan(tmp_path / "secret.txt", "外面的")
    (src / "notes.txt").symlink_to(outside)  # a link out of the folder
    (src / "zero.txt").symlink_to("/dev/zero")  # a device: endless bytes
    (src / "again.txt").symlink_to(src / "plan.txt")  # a link inside the folder is the folder's own
    found = discover([src])
    assert [p.name for p in found.files] == ["again.txt", "plan.txt"]
    assert sorted(p.name for p in found.skipped) == ["notes.txt", "pipe.txt", "zero.txt"]


def test_a_folder_that_cannot_be_listed_is_named_as_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "src"
    (src / "locked").mkdir(parents=True)
    _plan(src / "plan.txt")
    walk = os.walk

    def failing_walk(top: str, **options: object):  # type: ignore[no-untyped-def]
        for folder, subfolders, names in walk(top, **options):  # type: ignore[call-overload]
            if Path(folder).name == "locked":
                options["onerror"](PermissionError(13, "Permission denied", folder))  # type: ignore[operator]
                continue
            yield folder, subfolders, names

    monkeypatch.setattr(os, "walk", failing_walk)
    for fmt in ("json", "jsonl"):  # extract says so too, and exits 1 though every file it found parsed
        result = CliRunner().invoke(main, ["extract", str(src), "-f", fmt, "-q"])
        assert result.exit_code == 1 and "locked: cannot read this folder: Permission denied" in result.stderr
    run = prepare_batch(src, tmp_path / "out")
    summary = run_batch(run)
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert summary.failures == 1 and errors[0]["path"].endswith("locked") and "Permission denied" in errors[0]["reason"]


@linux
def test_a_device_named_on_the_command_line_is_refused() -> None:
    result = CliRunner().invoke(main, ["extract", "/dev/zero"])
    assert result.exit_code == 1 and result.output.strip() == "Error: /dev/zero: a device, not a file"


@linux
def test_a_name_in_gbk_bytes_is_kept_to_the_byte(tmp_path: Path) -> None:
    src = os.fsencode(tmp_path / "src")
    os.mkdir(src)
    name = "工作方案".encode("gbk") + b".txt"  # as unzipping a Windows archive leaves it
    _plan(Path(os.fsdecode(os.path.join(src, name))))
    run = prepare_batch(Path(os.fsdecode(src)), tmp_path / "out")
    run_batch(run, jobs=2)
    written = json.loads(run.work[0].target.read_bytes())  # valid UTF-8 JSON, the odd bytes escaped
    assert os.fsencode(written["source"]["path"]) == os.path.join(src, name)
    result = CliRunner().invoke(main, ["extract", os.fsdecode(src), "-f", "jsonl", "-q"])
    assert result.exit_code == 0 and os.fsencode(json.loads(result.stdout)["source"]["path"]) == os.path.join(src, name)


def test_a_long_chinese_name_gets_its_output(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    _plan(src / ("关于开展安全生产大检查工作的实施方案" * 4 + "附件.txt"))  # 76 characters: 232 bytes
    run = prepare_batch(src, tmp_path / "out")
    summary = run_batch(run)
    assert summary.failures == 0 and run.work[0].target.exists() and len(os.fsencode(run.work[0].target.name)) <= 255


def test_outputs_never_share_a_name_and_a_resumed_run_lists_each_once(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    _plan(src / "a.txt", "甲")
    for name, title in (("a.docx", "乙"), ("a.txt.docx", "丙")):
        (src / name).write_bytes(literal_layout(PLAN.format(title)))
    run = prepare_batch(src, tmp_path / "out")
    assert len({job.target for job in run.work}) == 3
    run_batch(run)
    run_batch(prepare_batch(src, tmp_path / "out", skip_existing=True))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "activities.csv").read_text(encoding="utf-8"))))
    assert sorted(row["source"] for row in rows) == sorted(str(src / name) for name in ("a.txt", "a.docx", "a.txt.docx"))


def test_a_resumed_run_redoes_an_input_that_changed(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    plan = _plan(src / "plan.txt", "旧")
    run_batch(prepare_batch(src, tmp_path / "out"))
    plan.write_text(PLAN.format("新").replace("安全检查", "消防演练"), encoding="utf-8")
    summary = run_batch(prepare_batch(src, tmp_path / "out", skip_existing=True))
    assert summary.reused == 0
    assert json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))["activities"][0]["title"] == "开展消防演练"


def test_extract_will_not_write_over_an_input(tmp_path: Path) -> None:
    plan = _plan(tmp_path / "plan.txt")
    result = CliRunner().invoke(main, ["extract", str(plan), str(plan), "-o", str(plan)])
    assert result.exit_code == 2 and "also an input" in result.output and plan.read_text(encoding="utf-8") == PLAN.format("")


def test_a_failed_extract_leaves_the_old_output_as_it_was(tmp_path: Path) -> None:
    ledger = tmp_path / "台账.csv"
    ledger.write_text("an earlier ledger", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.txt"), "-o", str(ledger)])
    assert result.exit_code == 1 and ledger.read_text(encoding="utf-8") == "an earlier ledger"
    assert [p.name for p in tmp_path.iterdir()] == ["台账.csv"]  # no temporary left behind


@linux
@pytest.mark.parametrize("redirect", [["-o", "/dev/full"], []])
def test_a_full_disk_is_one_line(tmp_path: Path, redirect: list[str]) -> None:
    plan = _plan(tmp_path / "plan.txt")
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "planparse", "extract", str(plan), *redirect],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 1 and done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "No space left on device" in done.stderr and "Traceback" not in done.stderr


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@linux
def test_workers_end_with_their_parent(tmp_path: Path) -> None:
    from tests import hostile

    src = tmp_path / "src"
    src.mkdir()
    for k in range(4):  # files that keep both workers busy for seconds
        (src / f"slow{k}.pdf").write_bytes(hostile.pdf_shared_stream(1, 2**21)[1])
    parent = subprocess.Popen([sys.executable, "-m", "planparse", "batch", str(src), "-o", str(tmp_path / "out"), "-j", "2"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while len(workers := _children(parent.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) == 2
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{w}").exists() and "Z" not in Path(f"/proc/{w}/stat").read_text().split()[2] for w in workers):
        assert time.monotonic() < deadline, "a worker outlived its parent"
        time.sleep(0.05)
