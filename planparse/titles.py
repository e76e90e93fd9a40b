"""What an item is called: the first sentence of its marker line, without what the activity
records apart — inline fields, a trailing note of units and times, the clause that says who
does it — so that a ledger's title column reads as the task."""

from __future__ import annotations

import re

from .dates import names_a_holiday
from .deadlines import names_a_time
from .fields import find_fields
from .markers import PERIOD
from .outline import Node
from .prose import BY_DOER, assigning_brackets, responsibility, units_after_a_dash
from .text import first_sentence, fold, squeeze, words_pattern
from .units import ADDRESSEE, is_addressee, is_unit_name, lists_units, reads_as_unit, split_names
from .vocabulary.kinds import SUBJECT_VERBS
from .vocabulary.labels import ASSIGNING_VERBS, LABEL_ROLES, TABLE_COLUMNS
from .vocabulary.units import NOT_RESPONSIBLE


def heading_title(node: Node) -> str:
    """What an item is called (its label 任务名称：… if it opens with one), computed once."""
    if "title" not in node.memo:
        node.memo["title"] = _heading_title(node)
    return node.memo["title"]  # type: ignore[no-any-return]


_HEADING_COLON = re.compile(r"^([^：:“”\"《》()（）]{2,20})(?<!\d)[：:]")  # 加快项目建设：全年开工50个 -> 加快项目建设; never 下午2:30
# 活动一：, 项目之二： inside an item whose marker stands before it: a number in words, not the name
_ITEM_NUMBER = re.compile(r"^(?:活动|项目|任务|行动|专题|板块)\s*之?\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})$")
# 上午：教职工大会；下午：专家讲座: a time of day before its colon names no task
_TIMES_OF_DAY = frozenset({"上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "全天", "白天", "夜间"})
_UNITS_IN_FRONT = re.compile(r"^\s*[【\[]([^【】\[\]]{2,40})[】\]]\s*")
# 4月23日  读书日主题活动  区文旅局、区图书馆: a schedule typed in columns without a header
_UNITS_AFTER_A_GAP = re.compile(r"(?P<gap>[ \t\u3000\u00a0]+)(?P<units>[^ \t\u3000\u00a0。，,；;：:]{2,40})$")
_TRAILING_NOTE = re.compile(r"[（(【]([^（）()【】]+)[）)】]$")
_NOTE_IN_FRONT = re.compile(r"^\s*[（(]([^（）()]+)[）)]\s*")
_COUNT = re.compile(r"^\s*共?\s*[\d一二三四五六七八九十]+\s*[项条](?:任务|措施|工作|内容)?\s*$")  # 优化法治环境（共2项）


def line_title(line: str) -> str:
    """The first sentence of a line, without the fields it carries inline (（责任单位：…）)."""
    names, end = _units_in_front(line)
    line = line[end:] if names else line  # 【县委宣传部】加强理论武装
    if (label := _UNITS_IN_FRONT.match(line)) and TABLE_COLUMNS.get(fold(label.group(1))) == "task":
        line = line[label.end():]  # 【工作任务】推行…【责任单位】…: the label names what follows
    front = _NOTE_IN_FRONT.match(line)
    if front and line[front.end():].strip() and (
        any(f.role for f in find_fields(front.group(1))) or assigning_brackets(front.group(0).strip())
    ):
        line = line[front.end():]  # （牵头单位：县人社局）开展就业培训: who does it, before the task
    inline = [f.start for f in find_fields(line) if f.role is not None]
    cut = min(inline, default=len(line))
    if inline and (opened := _unclosed_bracket(line[:cut])) > 0:
        cut = opened  # 开幕式（5月6日下午，学校操场，负责：德育处）: the bracket records the event apart
    title = squeeze(first_sentence(line[:cut]).rstrip("（([【")).rstrip("—－-–~～=>→ ")  # 开展活动 —— 责任人：…
    dash = title.rfind("——")
    if dash > 0 and units_after_a_dash(title[dash + 2:].strip()):
        title = title[:dash].rstrip()  # 实施老旧小区改造——县住建局，10月底前
    names, start = _units_after_a_gap(title)
    return title[:start] if names else title


_ROUND_BRACKETS = re.compile(r"[（()）]")


# 关于统筹城乡发展有关问题, 关于秸秆禁烧问题: how minutes head a topic; 问题 alone is only
# wrapping after 关于 (研究了停车难问题 names its problem)
_TOPIC_WRAPPING = re.compile(
    r"^关于(.{4,}?)(?:的)?(?:有关)?(?:问题|事项|事宜)$|^关于(.{4,})$|^(.{4,}?)(?:的)?有关(?:问题|事项|事宜)$"
)


def topic_title(title: str) -> str:
    """A topic of minutes as a ledger names it: 关于统筹城乡发展有关问题 -> 统筹城乡发展 (in either script)."""
    wrapped = _TOPIC_WRAPPING.match(fold(title))
    if wrapped is None:
        return title
    topic = next(group for group in range(1, 4) if wrapped.group(group) is not None)
    return title[wrapped.start(topic): wrapped.end(topic)]


def _unclosed_bracket(text: str) -> int:
    """Where the last bracket `text` leaves open starts, or -1."""
    if text.count("（") + text.count("(") <= text.count("）") + text.count(")"):
        return -1  # as many closed as opened, as in most lines: no need to find which
    opened: list[int] = []
    for bracket in _ROUND_BRACKETS.finditer(text):
        if bracket.group() in "（(":
            opened.append(bracket.start())
        elif opened:
            opened.pop()
    return opened[-1] if opened else -1


def units_in_front(line: str) -> list[str]:
    """The units a line opens with in square brackets (【县人社局、县财政局】实施就业优先政策), where
    the bracket holds units and nothing else (not a label: 【责任单位】区住建局)."""
    return _units_in_front(line)[0]


def _units_in_front(line: str) -> tuple[list[str], int]:
    found = _UNITS_IN_FRONT.match(line) if line[:3].lstrip()[:1] in "【[" else None
    if found is None or fold(found.group(1)) in LABEL_ROLES:
        return [], 0
    names = split_names(found.group(1))
    return (names, found.end()) if names and all(is_unit_name(n) and len(n) >= 2 for n in names) else ([], 0)


# 继续教育部在迎新现场设接待站, 各院系分别设接待站: a unit as the subject of what the item does
_VERBS = words_pattern(SUBJECT_VERBS)
_SUBJECT = re.compile(
    rf"(?:[^：:，,。]{{2,12}}[：:])?\s*(?!会同|配合|协助|联合|与|和|同)(?P<units>[^，,。；;：:]{{2,30}}?)(?:等部门|等单位)?(?={_VERBS})"
)


# 安排工程部人员在…设立报修点, 抽调县应急局工作人员…: the unit whose staff the item sends does it
_STAFF_OF = re.compile(r"(?:安排|派出?|抽调|指派)(?P<units>[^，,。；;：:、]{2,20}?)(?:的)?(?:工作)?人员")


def units_as_subject(line: str) -> list[str]:
    """The units that do what an item's first sentence says: those 由 names, those it opens with
    as its subject, after the name it may lead with (收费接待站：财务部在…设接待站), or those whose
    staff it sends (安排工程部人员…)."""
    sentence = fold(first_sentence(line))
    for found in (BY_DOER.search(sentence), _SUBJECT.match(sentence), _STAFF_OF.search(sentence)):
        if found is not None and (names := _doers(line, found)):
            # 政教处、大队部制订工作计划，各班制定工作计划: each clause's own subject does its part
            clauses = (_SUBJECT.match(sentence, comma.end()) for comma in _CLAUSE_BREAK.finditer(sentence, found.end()))
            return list(dict.fromkeys([*names, *(n for clause in clauses for n in _doers(line, clause))]))
    return []


_CLAUSE_BREAK = re.compile(r"[，,；;]\s*")


def _doers(line: str, found: re.Match[str] | None) -> list[str]:
    """The units a subject match names, when each reads as a unit."""
    names = split_names(line[found.start("units"): found.end("units")]) if found else []
    return names if names and all(is_unit_name(n) and len(n) >= 2 and not n.endswith(NOT_RESPONSIBLE) for n in names) else []


def units_after_a_gap(line: str) -> list[str]:
    """The units that end a line, set apart from the task by a gap: any unit after a wide gap (two
    spaces, a tab), only names with a level (区文旅局, 各街道) after a single space."""
    return _units_after_a_gap(line)[0]


def _units_after_a_gap(line: str) -> tuple[list[str], int]:
    found = _UNITS_AFTER_A_GAP.search(line.rstrip())
    if found is None or not found.start() or not line[: found.start()].strip():
        return [], 0
    names = split_names(found.group("units"))
    wide = len(found.group("gap")) > 1 or found.group("gap") not in " \u00a0"
    fits = is_unit_name if wide else reads_as_unit
    if names and all(fits(n) and not n.endswith(NOT_RESPONSIBLE) for n in names):  # 全体党员 take part
        return names, found.start()
    return [], 0


def _heading_title(node: Node) -> str:
    if node.marker is not None and node.marker.style == PERIOD:
        return node.marker.text  # 一月份: the heading is its time
    first = node.heading
    lines = node.lines if node.parent is None else [first]  # a document that records one task names it anywhere
    named = next((f.value for line in lines for f in find_fields(line) if f.role == "title" and f.start == 0), None)
    if named:
        return squeeze(first_sentence(named))  # 任务名称：推进政务数据共享
    title = task_title(first)
    if not title:  # the line opens with its fields: the task is what its content field says
        title = next((squeeze(first_sentence(f.value)) for f in find_fields(first) if f.role == "content"), "")
    if not title and len(node.lines) > 1:  # 活动一： / 三月一日上午8:00 / 组织…: the event's time stands before its name
        title = next((t for line in node.lines[1:] if (t := squeeze(first_sentence(line))) and not _time_alone(t)), "")
        title = title or squeeze(first_sentence(node.lines[1]))
    if not title:  # 二、活动内容： heads the list under it: its label is its title
        title = next((f.label for f in find_fields(first)[:1] if f.start == 0), "")
    return title


# 9:00-9:30：开幕式, 14:00 颁奖仪式: a programme's items open with the time of day
_CLOCK_IN_FRONT = re.compile(r"^\s*\d{1,2}[:：]\d{2}(?:\s*(?:[-—–~～至到])\s*\d{1,2}[:：]\d{2})?(?:\s*[:：]|\s+)\s*(?=\S)")


def task_title(line: str) -> str:
    """What a task's line calls it, in an outline or a table's task cell: its first sentence,
    without what the activity records apart (fields, a note of units and times, who does it)."""
    clock = _CLOCK_IN_FRONT.match(line) if ":" in line[:12] or "：" in line[:12] else None
    title = line_title(line[clock.end():] if clock else line)
    heading = _HEADING_COLON.match(title)
    if heading and heading.group(1).strip() in _TIMES_OF_DAY:
        heading = None
    elif heading and _ITEM_NUMBER.match(heading.group(1).strip()):
        title = squeeze(title[heading.end():]) or title  # （一）活动一：学雷锋关爱活动: the number's words are no name
        heading = _HEADING_COLON.match(title)
    if heading and len(title) > len(heading.group(0)):
        # 加快项目建设：全年开工50个 is titled by its head; 区财政局：负责落实经费, by what the unit does
        unit_led = lists_units(heading.group(1)) and not units_as_subject(title[heading.end():])
        says = _MEETING_SAYS.match(heading.group(1).strip())  # 会议要求：… is titled by what it asks
        title = squeeze(title[heading.end():]) if unit_led or says else heading.group(1).strip()
    note = _TRAILING_NOTE.search(title)
    if note and note.start() and (_says_who_or_when(note.group(1)) or _COUNT.match(note.group(1))):
        title = title[: note.start()].rstrip()  # 推行告知承诺制（县司法局，6月底前）: the note is in the fields; （3项）counts the items
    return _before_assignment(_after_who_or_when(title))


_ASSIGNING = re.compile(words_pattern((*ASSIGNING_VERBS, "主办", "承办", "会同")))
_ASSIGNMENT_WORDS = re.compile(r"拟由|由|请|牵头|负责|配合|协助|参与|主办|承办|会同|按职责分工|具体|[、和及与]")
# 请你局于5月底前修订…: the unit a notice asks, and by when, before what it asks
_ASKED_IN_FRONT = re.compile(rf"^(?:请{ADDRESSEE}(?:牵头|负责)?)?(?:于[\d年月日号上中下旬底初末]+?前)?(?=[\u4e00-\u9fff]{{4}})")


def _after_who_or_when(title: str) -> str:
    """The task without the first clauses that only say who does it, and by when: 由县财政局负责，
    落实专项资金 and 3月底前，由县民政局牵头，完成摸底调查 are titled 落实专项资金 and 完成摸底调查
    (the units are in the roles, the time in the deadline). A time alone before the task is
    its first sentence's, as written (6月2日至30日，开设专栏…)."""
    rest, assigned = title, False
    while (comma := _first_comma(rest)) > 0 and comma < len(rest) - 1:
        clause = rest[:comma].strip()
        says_who = _only_assigns(clause) or _MEETING_SAYS.match(clause) is not None
        if not says_who and not _time_alone(clause):
            break
        assigned = assigned or says_who
        rest = rest[comma + 1:].strip()
    title = rest if assigned else title
    if title.startswith(("请", "于")) and (asked := _ASKED_IN_FRONT.match(fold(title))):
        title = title[asked.end():]  # 请你局于5月底前修订…, 于5月20日前完成…: who and when, then the task
    return title


# 会议要求，区财政局要…: how minutes open a decision, which says nothing of the task
_MEETING_SAYS = re.compile(r"^(?:会议|会上)(?:原则)?(?:要求|强调|决定|明确|指出|议定|同意|提出|认为|研究决定|研究确定|确定)$")


def _first_comma(text: str) -> int:
    comma = text.find("，")
    return comma if comma >= 0 else text.find(",")


def _only_assigns(clause: str) -> bool:
    """由县财政局负责, 县卫健委牵头、县医保局配合: nothing but units and the verbs that give them roles."""
    if not _ASSIGNING.search(clause):
        return False
    names = split_names(_ASSIGNMENT_WORDS.sub("、", clause))
    return bool(names) and all(reads_as_unit(n) or (is_unit_name(n) and len(n) >= 3) or is_addressee(n) for n in names)  # the verb vouches: 团市委


def _before_assignment(title: str) -> str:
    """The task without the clauses that say who does it: 强化大气污染防治，由区生态环境分局牵头，
    区住建局配合 is titled 强化大气污染防治 (the units are in the roles)."""
    if not _ASSIGNING.search(title):
        return title
    clauses = re.split(r"(?<=[，,；;])", title)
    for i in range(1, len(clauses)):
        if any(responsibility(clauses[i].rstrip("，,；;"), segment=False).names.values()):
            return "".join(clauses[:i]).rstrip("，,；; ")
    return title


# what a time alone is written with: 2025年3月1日至15日, 4月—10月, 即日起至3月底, 上半年, 三月一日及三月二日上午8:00
_TIME_ONLY = re.compile(r"^[\d\s年月日号至到—–\-~～上中下旬底初末前后起止份季度第一二三四五六七八九十半全内即今明次本当及和、午晚早:：]+$")


def _time_alone(text: str) -> bool:
    """2025年3月1日至15日, 中秋节期间（10月6日下午）: a time and nothing else."""
    if text.endswith(("）", ")")) and (note := _TRAILING_NOTE.search(text)) and note.start() and _is_time(note.group(1)):
        text = text[: note.start()]
    text = text.removeprefix("于")  # 于5月20日前
    return (_TIME_ONLY.match(text) is not None and _is_time(text)) or names_a_holiday(text)


# (时间3月20日-3月23日), （完成时限：6月底前）: a label in the bracket says the rest is the time
_TIME_LABEL = re.compile(rf"^(?:{words_pattern([label for label, role in LABEL_ROLES.items() if role == 'deadline'])})\s*[:：]?\s*")


def heading_time(node: Node) -> str | None:
    """The time a heading gives after its name, in a closing bracket or after a colon, when that
    is a time and nothing else: the window of a stage (（一）动员部署阶段（2025年3月）, 宣传发动阶段：
    3月1日至15日) that the items under it take."""
    if "time" not in node.memo and node.marker is not None and node.marker.style == PERIOD:
        # 一月份, 第一季度: a heading that is a time and nothing else; 第一周（9月2日—9月8日） is dated by its bracket
        bracket = _TRAILING_NOTE.search(node.marker.text)
        node.memo["time"] = bracket.group(1) if bracket and bracket.start() else node.marker.text
    if "time" not in node.memo:
        line = line_title(node.heading).rstrip("。.;；")
        note = _TRAILING_NOTE.search(line)
        colon = _HEADING_COLON.match(line)
        time = note.group(1) if note and note.start() else line[colon.end():].strip() if colon else ""
        time = _TIME_LABEL.sub("", time) if note and note.start() else time  # 活动宣传(时间3月20日-3月23日)
        node.memo["time"] = time if time and _time_alone(time) else None
    return node.memo["time"]  # type: ignore[no-any-return]


def _says_who_or_when(note: str) -> bool:
    """Whether a bracketed note only names units and times, which the activity records apart:
    （县司法局，6月底前）, or a bracket that assigns the task （区园林局牵头，区财政局配合）."""
    pieces = [squeeze(p) for p in re.split(r"[，,、；;]", note) if squeeze(p)]
    if pieces and all((is_unit_name(p) and len(p) >= 3) or _is_time(p) for p in pieces):
        return True
    return bool(assigning_brackets(f"（{note}）"))


_MAY_BE_TIME = re.compile(r"[月年季旬日底前后]|长期|持续|每")  # every time names one of these: a quick test before the grammar


def _is_time(text: str) -> bool:
    return _MAY_BE_TIME.search(text) is not None and names_a_time(text)
