"""The language data is consistent: each entry once, each label with a role, each traditional
character with one simplified form, so that adding a word is one line and never shadows another."""

from __future__ import annotations

from planparse import parse_text
from planparse.text import fold
from planparse.vocabulary.kinds import SUBJECT_VERBS
from planparse.vocabulary.labels import LABEL_ROLES, NAME_ROLES, ROLE_VERBS, SITE_COLUMNS
from planparse.vocabulary.script import TRADITIONAL

_ROLES = {*NAME_ROLES, "deadline", "content", "title", "info"}


def test_each_traditional_character_folds_to_one_simplified_one_once() -> None:
    pairs = TRADITIONAL.split()
    assert all(len(pair) == 2 and pair[0] != pair[1] for pair in pairs)
    assert len({pair[0] for pair in pairs}) == len(pairs)  # no character listed twice
    assert not {pair[0] for pair in pairs} & {pair[1] for pair in pairs}  # folding once is enough


def test_every_label_has_a_known_role() -> None:
    assert set(LABEL_ROLES.values()) <= _ROLES
    assert set(ROLE_VERBS.values()) <= set(NAME_ROLES)


def test_the_verbs_and_words_read_in_folded_text_are_written_simplified() -> None:
    """Patterns match the folded text: a word written in traditional script would never match."""
    for word in (*LABEL_ROLES, *ROLE_VERBS, *SUBJECT_VERBS, *SITE_COLUMNS):
        assert fold(word) == word, word


def test_a_unit_named_by_由_in_traditional_script_does_the_decision() -> None:
    plan = parse_text("協調會議紀要\n一、教育項目:\n1、中心小學:會議要求由區教育局抓緊時間給區政府打報告,爭取年內開工。\n")
    assert plan.activities[0].responsible_units == ["區教育局"]


def test_every_warning_code_has_words_for_the_ledger() -> None:
    from typing import get_args

    from planparse.models import ParseWarning
    from planparse.vocabulary.output import WARNING_WORDS

    assert set(WARNING_WORDS) == set(get_args(ParseWarning.model_fields["code"].annotation))
