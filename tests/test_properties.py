"""Any text in, a valid Plan out, never an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from planparse import parse_text
from planparse.models import Plan

SAMPLE_LINES = [
    line
    for path in sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
]
PIECES = ["一、", "（一）", "(二)", "1.", "2、", "（1）", "①", "牵头单位：", "责任单位:", "完成时限：", "（牵头领导:",
          "、", "，", "）", "\n", "2021年", "3月-6月", "底前", "X月", "活动安排", "工作要求", "方案", "通知",
          "县水利局：\n", "请你局做好以下工作：", "一是", "二是", "；", "会同县应急管理局", "的函", "建党100周年前夕",
          "“12·4”国家宪法日前后", "中秋国庆双节期间", "（12月底前）", "序号 重点任务   牵头单位 完成时限\n", "---- ----", "  "]


def _valid(plan: Plan) -> None:
    assert Plan.model_validate_json(plan.model_dump_json()) == plan
    for activity in plan.activities:
        deadline = activity.deadline
        if deadline and deadline.start and deadline.end:
            assert deadline.start <= deadline.end


@settings(deadline=None)  # an example may be the one that loads jieba's dictionary
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    _valid(parse_text(text))


@settings(deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40))
def test_plan_like_fragments(pieces: list[str]) -> None:
    _valid(parse_text("".join(pieces)))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(SAMPLE_LINES), max_size=30))
def test_shuffled_sample_lines(lines: list[str]) -> None:
    _valid(parse_text("\n".join(lines)))


@given(st.text(alphabet=st.sampled_from("牽頭單位：，（）１２ＡＢ　 -－中文abc。\n"), max_size=40) | st.text(max_size=40))
def test_fold_maps_each_character_on_its_own(text: str) -> None:
    """Folding only the runs that need it gives what folding every character gives."""
    from planparse.text import _FOLD, fold

    assert fold(text) == "".join(ch.translate(_FOLD) for ch in text)
    assert len(fold(text)) == len(text)


@given(st.text(alphabet=st.sampled_from("甲乙、，,（）()“”《》\n"), max_size=30))
def test_top_level_spans_cover_the_text(text: str) -> None:
    """Spans and the separators between them give back the text, whatever its brackets."""
    from planparse.text import split_top_level

    spans = list(split_top_level(text, "、，,\n"))
    assert "".join(text[a:b] + (text[b] if b < len(text) else "") for a, b in spans) == text
    assert all(text[b] in "、，,\n" for _, b in spans[:-1])
