"""Folders, pipes and ledgers: what a user converting a shared drive sees."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from planparse.batch import discover, prepare_batch, run_batch, write_atomically
from planparse.cli import main
from tests.docx_builder import numbered_layout

SAMPLES = Path(__file__).parent.parent / "samples"
NEWS = "我区启动读书月活动\n\n2021年04月23日 10:12  来源：区融媒体中心\n现场气氛热烈。\n记者：张三\n（责编：李四）\n"


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    """A shared drive: plans in nested folders, a broken file, a news report, debris."""
    root = tmp_path / "drive"
    (root / "2021" / "docx").mkdir(parents=True)
    (root / ".git").mkdir()
    for sample in SAMPLES.glob("*.txt"):
        (root / sample.name).write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    court = (SAMPLES / "court_campaign_plan_2021.txt").read_text(encoding="utf-8")
    (root / "2021" / "docx" / "court.docx").write_bytes(numbered_layout(court))
    (root / "2021" / "court.txt").write_bytes(court.encode("gb18030"))
    (root / "2021" / "news.txt").write_text(NEWS, encoding="utf-8")
    (root / "2021" / "broken.docx").write_bytes(b"PK\x03\x04 half a download")
    (root / "2021" / "~$court.docx").write_bytes(b"lock")
    (root / ".git" / "config.txt").write_text("hidden", encoding="utf-8")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    return root


def _digest(root: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def test_discover_walks_folders_and_passes_over_debris(drive: Path) -> None:
    found = discover([drive])
    names = [p.relative_to(drive).as_posix() for p in found.files]
    assert names == [  # a folder's own files, then its subfolders, each in name order
        "celebration_plan_2021.txt", "court_campaign_plan_2021.txt", "united_front_plan_2019.txt",
        "2021/broken.docx", "2021/court.txt", "2021/news.txt", "2021/docx/court.docx",
    ]
    assert [p.name for p in found.skipped] == ["photo.jpg"]


def test_glob_and_exclude(drive: Path) -> None:
    assert [p.name for p in discover([drive], patterns=["*.docx"]).files] == ["broken.docx", "court.docx"]
    assert "news.txt" not in [p.name for p in discover([drive], exclude=["*news*"]).files]
    assert not [p for p in discover([drive], exclude=["2021/*"]).files if "2021" in p.parts]
    for folder in ("2021", "2021/", "docx", "2021/docx"):  # a folder by its name or its path, with or without a slash, as rg leaves it out
        kept = [p.relative_to(drive).as_posix() for p in discover([drive], exclude=[folder]).files]
        assert not [k for k in kept if k.startswith(folder.rstrip("/") + "/") or f"/{folder.rstrip('/')}/" in f"/{k}"], folder


def test_a_symlink_loop_does_not_trap_the_walk(drive: Path) -> None:
    (drive / "2021" / "loop").symlink_to(drive, target_is_directory=True)
    assert len(discover([drive]).files) == 7


def test_batch_mirrors_the_tree_records_failures_and_touches_no_input(drive: Path, tmp_path: Path) -> None:
    before = _digest(drive)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(drive), "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 1  # one file failed; the rest are written
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == [
        "2021/court.json", "2021/docx/court.json", "2021/news.json", "activities.csv",
        "celebration_plan_2021.json", "court_campaign_plan_2021.json", "errors.jsonl", "united_front_plan_2019.json",
    ]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(Path(e["path"]).name, e["error"]) for e in errors] == [("broken.docx", "CorruptDocumentError")]
    assert json.loads((out / "2021" / "news.json").read_text(encoding="utf-8"))["doc_type"] == "news"
    assert json.loads((out / "2021" / "court.json").read_text(encoding="utf-8"))["source"]["encoding"] == "gb18030"
    rows = list(csv.DictReader(io.StringIO((out / "activities.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 9 + 11 + 11 + 11 + 11
    assert "broken.docx" in result.stderr and ", 1 failed, " in result.stderr and "1 not documents" in result.stderr
    assert _digest(drive) == before
    assert not list(out.rglob("*.tmp"))


def test_resume_keeps_finished_outputs(drive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(prepare_batch(drive, out))
    kept = out / "celebration_plan_2021.json"
    stamp = kept.stat().st_mtime_ns
    (out / "united_front_plan_2019.json").unlink()  # as if the run had been interrupted there
    summary = run_batch(prepare_batch(drive, out, skip_existing=True))
    assert kept.stat().st_mtime_ns == stamp
    assert (out / "united_front_plan_2019.json").exists()
    assert summary.reused == 5 and summary.failures == 1
    assert len(list(csv.DictReader(io.StringIO((out / "activities.csv").read_text(encoding="utf-8"))))) == 53


def test_an_output_folder_inside_the_input_is_not_read_back(drive: Path) -> None:
    out = drive / "converted"
    run_batch(prepare_batch(drive, out))
    summary = run_batch(prepare_batch(drive, out))
    assert summary.files == 7


def test_batch_as_csv_with_bom_for_excel(drive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    CliRunner().invoke(main, ["batch", str(drive), "-o", str(out), "--format", "csv", "--bom", "--jobs", "1"])
    ledger = (out / "celebration_plan_2021.csv").read_bytes()
    assert ledger.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(ledger.decode("utf-8-sig"))))
    assert rows[0]["lead_units"] == "党群工作部、社会事业局"


def test_extract_a_folder_as_a_json_array_in_input_order(drive: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(drive), "--exclude", "*broken*"])
    assert result.exit_code == 0
    plans = json.loads(result.stdout)
    assert [Path(p["source"]["path"]).name for p in plans][3:] == ["court.txt", "news.txt", "court.docx"]


def test_jsonl_streams_through_a_pipe(drive: Path) -> None:
    process = subprocess.run(
        [sys.executable, "-m", "planparse", "extract", str(drive), "--format", "jsonl", "--jobs", "2"],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert process.returncode == 1 and "broken.docx" in process.stderr
    lines = process.stdout.splitlines()
    assert len(lines) == 6 and all(json.loads(line)["schema_version"] for line in lines)


def test_csv_without_bom_is_plain_utf8(tmp_path: Path) -> None:
    target = tmp_path / "tasks.csv"
    CliRunner().invoke(main, ["extract", str(SAMPLES), "--format", "csv", "-o", str(target)])
    data = target.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert {Path(r["source"]).name for r in rows} == {p.name for p in SAMPLES.glob("*.txt")}


def test_xlsx_ledger_reads_back(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "台账.xlsx"
    result = CliRunner().invoke(main, ["extract", str(SAMPLES), "--format", "xlsx", "-o", str(target)])
    assert result.exit_code == 0
    book = load_workbook(target)
    assert book.sheetnames == ["任务台账", "按单位"]
    ledger = book["任务台账"]
    header = [c.value for c in ledger[1]]
    assert header[:7] == ["来源文件", "所属方案", "编号", "序号", "所属部分", "类别", "工作任务"]
    assert ledger.freeze_panes == "A2" and ledger["A1"].font.bold
    rows = list(ledger.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 31
    first = next(r for r in rows if r[header.index("工作任务")] == "开展全区创先争优评选表彰")
    assert first[header.index("所属方案")] == "关于举行中国共产党成立100周年庆祝活动方案"  # the plan a row came from, by its title
    assert first[header.index("截止日期")].date() == date(2021, 6, 30)  # a real date, not text
    notes = {r[header.index("提示")] for r in rows} - {None, ""}
    assert "未找到完成时限" in notes and not any("no_deadline" in n for n in notes)  # a supervisor's words, not codes
    units = {r[0]: r for r in book["按单位"].iter_rows(min_row=2, values_only=True)}
    assert units["党群工作部"][4] == 8 and "开展全区创先争优评选表彰" in units["党群工作部"][1]


def test_the_ledger_prints_as_a_ledger(tmp_path: Path) -> None:
    """Landscape, one page wide, the header on every page, each row as tall as its wrapped text."""
    from openpyxl import load_workbook

    target = tmp_path / "台账.xlsx"
    CliRunner().invoke(main, ["extract", str(SAMPLES), "-o", str(target)])
    for sheet in load_workbook(target).worksheets:
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1 and sheet.print_title_rows in ("1:1", "$1:$1")
        heights = [sheet.row_dimensions[r].height for r in range(2, sheet.max_row + 1)]
        assert all(heights) and max(heights) > 3 * min(heights)  # a long task's row grows; a short one stays one line


def test_a_unit_lists_each_task_once_with_its_plan(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    for name in ("甲", "乙"):
        (tmp_path / f"{name}.txt").write_text(f"{name}镇工作方案\n一、开展安全检查。\n责任单位：区应急局、区应急局\n", encoding="utf-8")
    target = tmp_path / "台账.xlsx"
    CliRunner().invoke(main, ["extract", str(tmp_path / "甲.txt"), str(tmp_path / "乙.txt"), "-o", str(target)])
    unit = next(load_workbook(target)["按单位"].iter_rows(min_row=2, values_only=True))
    assert unit[0] == "区应急局" and unit[2].splitlines() == ["《甲镇工作方案》1 开展安全检查", "《乙镇工作方案》1 开展安全检查"]


def test_a_cell_past_excels_limit_is_cut_with_a_note(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from planparse.ledger import CELL_MAX

    plan = tmp_path / "长.txt"
    plan.write_text("工作方案\n一、开展安全检查。\n" + "检查各类隐患。" * 6000 + "\n责任单位：区应急局\n", encoding="utf-8")
    target = tmp_path / "台账.xlsx"
    CliRunner().invoke(main, ["extract", str(plan), "-o", str(target)])
    ledger = load_workbook(target)["任务台账"]
    header = [c.value for c in ledger[1]]
    content = ledger.cell(2, header.index("具体内容") + 1).value
    assert len(content) <= CELL_MAX and "未能放入此格" in content


def test_a_ledger_written_into_its_input_folder_is_not_read_as_an_input_again(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    (tmp_path / "plan.txt").write_text("工作方案\n1.开展宣传。责任单位：县委宣传部\n", encoding="utf-8")
    target = tmp_path / "台账.xlsx"
    for _ in range(2):
        result = CliRunner().invoke(main, ["extract", str(tmp_path), "--format", "xlsx", "-o", str(target)])
        assert result.exit_code == 0
    assert len(list(load_workbook(target)["任务台账"].iter_rows(min_row=2))) == 1


def test_xlsx_needs_a_file() -> None:
    result = CliRunner().invoke(main, ["extract", str(SAMPLES), "--format", "xlsx"])
    assert result.exit_code == 2 and "-o" in result.stderr


def test_show_prints_the_activities_and_warnings() -> None:
    result = CliRunner().invoke(main, ["show", str(SAMPLES / "court_campaign_plan_2021.txt")], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert "激发干劲聚合力" in result.stdout and "no_deadline" in result.stdout


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["batch", str(tmp_path / "missing"), "-o", str(tmp_path / "o")]).exit_code == 2
    assert CliRunner().invoke(main, ["extract", "--format", "yaml", str(SAMPLES)]).exit_code == 2


def test_an_interrupted_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "plan.json", "{}")
    assert os.listdir(tmp_path) == []


def test_a_bug_on_one_file_does_not_stop_the_batch(drive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import planparse.pipeline

    real = planparse.pipeline.parse

    def flaky(path, keywords=False):  # type: ignore[no-untyped-def]
        if Path(path).name == "news.txt":
            raise ZeroDivisionError("boom")
        return real(path, keywords)

    monkeypatch.setattr(planparse.pipeline, "parse", flaky)
    summary = run_batch(prepare_batch(drive, tmp_path / "out"), jobs=1)
    failed = {Path(o.path).name: o.error_type for o in summary.outcomes if o.failed}
    assert failed == {"news.txt": "InternalError", "broken.docx": "CorruptDocumentError"}
    assert summary.files - summary.failures == 5
