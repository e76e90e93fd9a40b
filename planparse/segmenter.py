"""Where a unit name begins inside a sentence with no delimiter before it (…活动区委宣传部牵头).

jieba's tokens give the candidate boundaries; tokens are taken back from the verb while they
read as parts of a unit name (an organisation ending, a place prefix, a name the same plan gives
in a field) and the first token that does not stops the name. jieba is imported and its
dictionary built lazily, once per process, and only for a document that needs it: its 0.5 s
load stays off every other path. (rjieba, the jieba-rs binding, loads in a sixth of the time,
but planparse needs jieba for its TF-IDF keywords anyway; see README.)
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .units import is_unit_name
from .vocabulary.output import KEYWORD_STOPWORDS
from .vocabulary.units import NAME_STOP_TOKENS, UNIT_LEVELS

#: Stop tokens that a body's name may hold before its kind: 创文工作指挥部, 运动会活动组委会.
_INSIDE_A_BODY = frozenset(["工作", "活动", "会议"])


@cache
def tokenizer() -> Any:
    """jieba's tokenizer, built once per process on first use."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    instance = jieba.Tokenizer()
    instance.initialize()
    return instance


def unit_before(text: str, known: frozenset[str] = frozenset()) -> str:
    """The unit name that ends `text` (which ends right before a role verb), or '' if none does.

    A name the plan gives elsewhere wins; else jieba's tokens are taken back from the end until
    a token that cannot be part of a name (an action, a time, a preposition, a number).
    """
    for name in sorted(known, key=len, reverse=True):
        if text.endswith(name):
            return name
    taken: list[str] = []
    for token in reversed(list(tokenizer().cut(text, HMM=False))):
        if token in _INSIDE_A_BODY and taken and taken[-1][0] not in UNIT_LEVELS:
            taken.append(token)  # 领导小组 has no level yet: the name goes on before 工作
            continue
        if token in NAME_STOP_TOKENS or any(ch.isdigit() for ch in token) or not token.strip():
            break
        taken.append(token)
        if len(token) == 1 and token in UNIT_LEVELS:
            break  # a level standing alone opens the name: 市|创卫|工作|指挥部
    name = "".join(reversed(taken)).lstrip("、，, ")
    return name if is_unit_name(name) else ""  # 党员干部, 场所全部: ends as a unit does, and is none


def keywords_of(text: str, count: int = 5) -> list[str]:
    """Up to `count` keywords of `text` by TF-IDF, plan boilerplate (深入, 扎实, 开展…) left out."""
    words = _extractor().extract_tags(text, topK=count * 4)
    return [w for w in words if w not in KEYWORD_STOPWORDS and len(w) > 1 and not any(c.isdigit() for c in w)][:count]


@cache
def _extractor() -> Any:
    import jieba.analyse

    extractor = jieba.analyse.TFIDF()
    extractor.tokenizer = tokenizer()
    return extractor
