"""Files built to exhaust a reader, and runs that lose a worker: each file ends as a Plan or a
one-line error within its budget, and a batch loses nothing for them."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from planparse import parse_bytes, parse_text
from planparse.batch import prepare_batch, run_batch
from planparse.budget import Budget, within
from planparse.errors import CorruptDocumentError, OverBudgetError, PlanparseError
from planparse.pool import supervised
from planparse.readers.convert import soffice
from tests import hostile

# A guard, not a measure: each file takes well under a second; a hang or a gigabyte fails here.
GUARD = Budget(seconds=30, memory_mb=1024)


@pytest.fixture(autouse=True)
def _small_unzip_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANPARSE_MAX_UNZIPPED_MB", "16")  # the bomb need not be 200 MB to be refused


@pytest.mark.parametrize("build", hostile.FILES, ids=lambda build: build()[0])
def test_a_hostile_file_is_a_plan_or_a_one_line_error(build: Callable[[], tuple[str, bytes]]) -> None:
    name, data = build()
    try:
        with within(GUARD, name):
            parse_bytes(data, name)
    except OverBudgetError:
        raise
    except PlanparseError as exc:
        assert "\n" not in str(exc) and "internal" not in str(exc)


def test_a_damaged_file_is_one_line_on_the_command_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from planparse.cli import main

    name, data = hostile.pdf_damaged()
    (tmp_path / name).write_bytes(data)
    result = CliRunner().invoke(main, ["extract", str(tmp_path / name)])
    assert result.exit_code in (0, 1) and len(result.stderr.strip().splitlines()) <= 1  # no library's notes on each object


@pytest.mark.skipif(soffice() is None, reason="needs LibreOffice")
def test_a_conversion_into_noise_is_refused() -> None:
    name, data = hostile.ole_noise()  # an old Office file's signature, then random bytes
    with pytest.raises(CorruptDocumentError, match="no legible text"):
        parse_bytes(data, name)


def test_a_permissions_restricted_pdf_is_read() -> None:
    name, data = hostile.pdf_restricted()  # AES-encrypted, with an empty password to open it
    assert [a.title for a in parse_bytes(data, name).activities] == ["开展安全检查"]


@pytest.mark.parametrize("build", [hostile.xlsx_bomb, hostile.odt_bomb])
def test_a_zip_bomb_is_refused(build: Callable[[], tuple[str, bytes]]) -> None:
    name, data = build()
    with pytest.raises(CorruptDocumentError, match="past the limit"):
        parse_bytes(data, name)


def test_spans_and_levels_past_what_word_allows_are_clamped_not_obeyed() -> None:
    _, data = hostile.docx_wide_cell()  # a cell said to span 3×10⁸ columns spans to the grid's edge
    assert [a.title for a in parse_bytes(data, "x.docx").activities] == ["开展安全检查"]
    _, data = hostile.docx_deep_level()  # list level 10⁹ is Word's deepest, 8
    assert [a.title for a in parse_bytes(data, "x.docx").activities] == ["开展安全检查", "开展消防演练"]
    for build in (hostile.xlsx_huge_merge, hostile.xlsx_far_cell):  # a range, or a cell, at the sheet's far corner
        _, data = build()
        assert [(a.title, a.responsible_units) for a in parse_bytes(data, "x.xlsx").activities] == [("开展安全检查", ["区应急局"])]


def _calls(parsing: Callable[[], object]) -> int:
    """Python and C function calls made parsing: a count that does not move with the machine."""
    count = 0

    def counter(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        count += event in ("call", "c_call")

    sys.setprofile(counter)
    try:
        parsing()
    except PlanparseError:
        pass
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("shape", list(hostile.SHAPES))
def test_parsing_grows_linearly_with_the_input(shape: str) -> None:
    make = hostile.SHAPES[shape]
    parse_text(make(1))  # caches warm
    small, large = _calls(lambda: parse_text(make(2))), _calls(lambda: parse_text(make(8)))
    assert large <= 4 * small * 1.5, f"{shape}: 4x the input took {large / small:.1f}x the calls"


def test_pages_that_draw_one_stream_read_it_once() -> None:
    few, many = (hostile.pdf_shared_stream(pages, 2**12)[1] for pages in (2, 10))
    assert _calls(lambda: parse_bytes(many, "x.pdf")) < 1.5 * _calls(lambda: parse_bytes(few, "x.pdf"))


def test_items_numbered_past_999_are_items() -> None:
    text = "工作方案\n" + "".join(f"{i}.开展第{i}项检查。\n" for i in range(998, 1003)) + "2024.全面完成。\n"
    assert [a.number for a in parse_text(text).activities] == ["998.", "999.", "1000.", "1001.", "1002."]


def test_the_time_budget_stops_a_file() -> None:
    with pytest.raises(OverBudgetError, match=r"took longer than 0\.2 s"), within(Budget(0.2, None), "slow.txt"):
        while True:
            pass


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the address-space limit is read from /proc")
def test_the_memory_budget_stops_a_file() -> None:
    with pytest.raises(OverBudgetError, match="needed more than 64 MB"), within(Budget(None, 64), "big.xlsx"):
        bytearray(512 * 2**20)
    assert len(bytearray(256 * 2**20)) == 256 * 2**20  # and the limit is lifted after


def _die_on_three(n: int) -> str:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return f"ok {n}"


def _stuck_on_three(n: int) -> str:
    if n == 3:
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])  # where no timer reaches: a C library's loop
        time.sleep(60)
    return f"ok {n}"


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked")
@pytest.mark.parametrize(("work", "reason"), [(_die_on_three, "died"), (_stuck_on_three, "took longer")])
def test_a_lost_worker_fails_only_its_file(work: Callable[[int], str], reason: str) -> None:
    results = list(supervised(work, range(1, 9), 2, lambda n, why: f"failed {n}: {why}", Budget(0.3, None), grace=0.3))
    assert sorted(r for r in results if r.startswith("ok")) == [f"ok {n}" for n in (1, 2, 4, 5, 6, 7, 8)]
    failed = [r for r in results if r.startswith("failed")]
    assert len(failed) == 1 and failed[0].startswith("failed 3: ") and reason in failed[0]
    assert multiprocessing.active_children() == []


def test_a_batch_over_hostile_files_writes_every_good_file_and_names_every_bad_one(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for build in hostile.FILES:
        name, data = build()
        (source / name).write_bytes(data)
    for k in range(3):
        (source / f"good{k}.txt").write_text(f"第{k}号工作方案\n一、开展安全检查。\n责任单位：区应急局\n完成时限：6月底前\n", encoding="utf-8")
    run = prepare_batch(source, tmp_path / "out", budget=GUARD)
    summary = run_batch(run, jobs=2)
    assert summary.files == len(run.work)
    failed = [json.loads(line)["path"] for line in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    written = [job.source for job in run.work if job.target.exists()]
    assert sorted([*map(str, written), *failed]) == sorted(str(job.source) for job in run.work)
    assert all((tmp_path / "out" / f"good{k}.json").exists() for k in range(3))
    assert multiprocessing.active_children() == []


def test_an_interrupted_batch_still_lists_what_it_did_and_what_it_did_not(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for k in range(4):
        (source / f"plan{k}.txt").write_text(f"工作方案{k}\n一、开展安全检查。\n责任单位：区应急局\n", encoding="utf-8")
    run = prepare_batch(source, tmp_path / "out")

    def interrupt(_outcome: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(run, jobs=1, on_outcome=interrupt)
    rows = list(csv.reader(io.StringIO((tmp_path / "out" / "activities.csv").read_text(encoding="utf-8"))))
    left = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and [record["error"] for record in left] == ["Interrupted"] * 3
