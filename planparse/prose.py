"""Responsibility written in prose: （A牵头，B、C配合）, 由A负责, A、B按职责分工负责, （A、B）.

Each role verb (牵头/主抓 -> lead, 负责/落实/承办/实施 -> responsible, 配合/参与/协助/协办 ->
cooperating) looks back to the start of its clause — a bracket, a comma, 由 — and what stands
there is taken when it reads as units (an organisation ending, a collective 各…, a name the plan
labels elsewhere) or as people (a surname and a given name: lead officials). Anything else — a
place (在…学院举办), a noun use (负责同志, 实施方案), an object (配合做好…) — names no one. Where
a clause has no delimiter before the name (…活动区委宣传部牵头), the segmenter finds its start.

A bracket that ends a task's line and gives units a role (（区司法局牵头，各部门配合，6月底前完成）)
assigns the task as fields would; the time beside the units is its deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .deadlines import may_name_a_time, names_a_time, parse_deadline
from .fields import find_fields
from .models import Deadline
from .text import fold, squeeze, words_pattern
from .units import ADDRESSEE, is_addressee, is_person, is_post, is_unit_name, join_titles, names_and_others, reads_as_unit, role_to_each_name
from .vocabulary.kinds import SUBJECT_FOLLOWERS, SUBJECT_VERBS
from .vocabulary.labels import ASSIGNING_VERBS, LABEL_ROLES, NAME_ROLES, ROLE_VERBS
from .vocabulary.units import NOT_RESPONSIBLE, ORG_SUFFIXES, PEOPLE_IN_POSTS, SHORT_ORGANISATIONS, UNIT_LEVELS

_VERB = re.compile(
    "(" + words_pattern(ROLE_VERBS) + ")"
    # noun uses and objects: 负责同志, 负责人, 实施方案, 主办方, 落实到位, 参与率, 配合单位, 履行配合职责
    r"(?!同志|人|制|方|细则|意见|办法|步骤|阶段|情况|到位|率|度|的|者|工作的|单位|部门|职责|职能|义务)"
)
_BOUNDARY = "，,；;。！!？?（(【[：:\n“\""
# 以下均需各市州政府落实, 一是由县水利局…, 会议责成县财政局…: what opens the clause before the names
_OPENERS = re.compile(
    r"^(?:[一二三四五六七八九十]是)?(?:会议)?(?:以下(?:各项|任务)?)?(?:并|均|统一|具体|分别|请|要求|责成|要|须|需|应|主要|拟){0,2}(?:由|经|按照?)?"
)
# what may stand between the names and the verb: 按职责分工负责, 共同牵头, 等负责
_MODIFIERS = re.compile(
    r"(?:要求|要|应|需|须|必须|务必|按照?职责分工|按职责|按照?分工|根据职责|分别|共同|具体|统筹|积极|主动|认真|全力|切实"
    r"|严格|全面|扎实|着力|进一步|加快|抓紧|尽快|及时|继续|持续|坚决|抓好|做好|带头|广泛|全员)+$"
)
# 配合实施, 牵头负责: one verb, the first
_COMPOUND = re.compile(words_pattern(ROLE_VERBS) + "$")
_PLAIN_NAME_MAX = 10  # a longer clause goes to the segmenter, to find where the name starts
_LISTED_NAME_MAX = 24  # after a 、 a name's start is plain: 市行政审批制度改革工作领导小组办公室
_NOT_IN_NAMES = re.compile(r"\d|月底|年底|之前|以前|前|月")  # 3月底前市财政局: a time before the name
_TOGETHER = re.compile("会同|联合|协同")  # 市委宣传部会同市文旅局牵头: both lead
_VERB_LISTED = re.compile("(?:" + words_pattern(ROLE_VERBS) + ")[、和及]")  # 县卫健委牵头、县医保局配合


@dataclass
class ProseRoles:
    """What prose says of who does an activity."""

    names: dict[str, list[str]] = field(default_factory=dict)
    and_others: set[str] = field(default_factory=set)

    def add(self, role: str, names: list[str]) -> None:
        bucket = self.names.setdefault(role, [])
        bucket.extend(n for n in names if n not in bucket)

    def fill(self, roles: dict[str, list[str]], and_others: list[str]) -> None:
        """Give each role that names no one what the prose names for it."""
        for role, names in self.names.items():
            roles[role] = roles[role] or names
        and_others.extend(role for role in self.and_others if role not in and_others)


def _clause_before(text: str, verb_start: int) -> str:
    start = max(text.rfind(ch, 0, verb_start) for ch in _BOUNDARY) + 1
    if start and not text[start:verb_start].strip() and fold(text[start - 1]) == ":":
        return _clause_before(text, start - 1)  # 区委宣传部：负责宣传工作 — the unit heads the line
    return text[start:verb_start]


def _joins_units(clause: str) -> bool:
    parts = _TOGETHER.split(clause)
    return len(parts) > 1 and all(is_unit_name(part) for part in parts)


def _trimmed(clause: str) -> str:
    """The clause without the words that open it (以下均需由) or close it (按职责分工), found in
    its folded form so that a clause in traditional script is trimmed too."""
    opening = _OPENERS.match(fold(clause))
    clause = clause[opening.end():] if opening else clause
    closing = _MODIFIERS.search(fold(clause))
    return clause[: closing.start()] if closing else clause


def _plain(name: str, longest: int, known: frozenset[str]) -> bool:
    """Whether `name` reads as a whole name as it stands, with no prose before it."""
    return (is_unit_name(name) and len(name) <= longest and not _NOT_IN_NAMES.search(name)) or is_person(name) or name in known


_POST_OPENINGS = (*UNIT_LEVELS, "分管", "常务", "副")


def _posts(names: list[str]) -> bool:
    """镇党委组织委员, 县委常委、组织部部长: posts named by their title, a level before the first."""
    return fold(names[0]).startswith(_POST_OPENINGS) and all(is_post(n) and not is_person(n) for n in names)


_LEAD_AND_HELPERS = re.compile(r"([（(])([^（）()]*牵头[^（）()]*配合)([）)])")


def responsibility(text: str, known: frozenset[str] = frozenset(), segment: bool = True) -> ProseRoles:
    """Units and people that the prose of `text` gives a role, by role. Without `segment`, a
    name with no delimiter before it is passed over rather than found with the segmenter (whose
    dictionary takes most of a second to load): for the quick tests that only ask whether a
    clause assigns anyone."""
    found = ProseRoles()
    if "牵头" in text and "配合" in text and "、" in text:  # （A牵头，B、C等部门，D配合）: B and C help too
        text = _LEAD_AND_HELPERS.sub(lambda m: f"{m.group(1)}{role_to_each_name(m.group(2))}{m.group(3)}", text)
    folded = fold(text)
    for match in _VERB.finditer(folded):
        _names_the_verb_gives(text, match.start(), ROLE_VERBS[match.group(1)], known, segment, found)
    if ("会同" in folded or "协同" in folded or "联合" in folded) and (found.names.get("lead_units") or found.names.get("responsible_units")):
        _joined_by_the_lead(text, folded, known, found)
    if "由" in folded and any(found.names.values()):
        _units_by_names(text, folded, known, found)
    if not any(found.names.values()):
        _bracketed_units(text, known, found)
    if not any(found.names.values()):
        _units_on_a_line(text, known, found)
    if not any(found.names.values()):
        _units_as_subject(text, known, found)
    if not any(found.names.values()) and (asked := _ASKED.search(folded)):
        found.add("responsible_units", [text[asked.start(1): asked.end(1)]])  # 请你单位…于7月15日前办结
    return found


def _names_the_verb_gives(text: str, at: int, role: str, known: frozenset[str], segment: bool, found: ProseRoles) -> None:
    """The names of the clause before a verb at `at` that gives them `role` (区住建局牵头): the names
    after the last verb the clause lists, after 由; posts lead; people are officials."""
    clause = _clause_before(text, at)
    if _COMPOUND.search(fold(clause)):
        return
    listed = [m.end() for m in _VERB_LISTED.finditer(fold(clause))]
    clause = clause[listed[-1]:] if listed else clause  # the names after the last verb the clause lists
    clause = _trimmed(squeeze(clause))
    clause = clause.rsplit("由", 1)[-1]  # 3月底前由市财政局: the name follows 由
    if not clause or fold(clause) in NOT_RESPONSIBLE:
        return
    names, others = names_and_others(_TOGETHER.sub("、", clause) if _joins_units(clause) else clause)
    if not names:
        return
    if _posts(names):
        if role != "cooperating_units":
            found.add("lead_officials", join_titles(names))  # 镇党委组织委员牵头: the post leads
        return
    listed_plain = all(_plain(n, _LISTED_NAME_MAX, known) for n in names[1:])
    if not (listed_plain and _plain(names[0], _PLAIN_NAME_MAX, known)):
        if not segment:
            return
        # no delimiter before the first name: find where it starts
        from .segmenter import unit_before

        if listed_plain and len(names) > 1:
            first = unit_before(names[0], known)  # the names after a 、 are delimited: only the first is in doubt
            names = [first, *names[1:]] if first else names[1:]
        else:
            last = unit_before(clause, known)
            if not last:
                return
            names, others = names_and_others(last)
    people = [n for n in names if is_person(n) and n not in known]
    units = [n for n in names if n not in people and not fold(n).endswith(PEOPLE_IN_POSTS)]  # 各部门负责人: posts
    if units:
        found.add(role, units)
        if others:
            found.and_others.add(role)
    if people:
        found.add("lead_officials", people)


# 会同县应急管理局于5月底前修订…, 请你局会同县公安局做好…: a task asked of a notice's addressee that opens by naming who it brings in
_JOINED_AT_THE_HEAD = re.compile(rf"^(?:请{ADDRESSEE})?(?:于[^,;。]{{1,12}}?前,?)?(?:会同|协同|联合)")


def joined_at_the_head(text: str) -> tuple[list[str], int]:
    """The units a task brings in at its head, with no one before them to do it (会同县应急管理局
    于5月底前修订…), and where the rest of the task starts; ([], 0) when it opens otherwise."""
    folded = fold(text)
    head = _JOINED_AT_THE_HEAD.match(folded)
    subject = _SUBJECT.match(folded, head.end()) if head else None
    if subject is None:
        return [], 0
    names, _ = names_and_others(text[subject.start(1): subject.end(1)])
    if not names or not all(reads_as_unit(n) or is_unit_name(n) for n in names):
        return [], 0
    return names, subject.end(1)


# 请你单位高度重视，…办结: a notice asks the unit it is addressed to, whatever it asks
_ASKED = re.compile(rf"请({ADDRESSEE})")


def asked_of_the_addressee(text: str) -> bool:
    return "请" in text and _ASKED.search(fold(text)) is not None


# 县城管局要牵头，会同县公安局、县住建局，7月底前…: the units the lead brings in cooperate
_JOINED_BY_THE_LEAD = re.compile(r"(?:牵头|负责)\s*,\s*(?:并)?(?:会同|协同|联合)([^,;。!?\n]{2,60})")


def _joined_by_the_lead(text: str, folded: str, known: frozenset[str], found: ProseRoles) -> None:
    """Read in `folded` (simplified script), the names taken from `text` as written."""
    for match in _JOINED_BY_THE_LEAD.finditer(folded):
        subject = _SUBJECT.match(folded, match.start(1), match.end(1))  # 联合各乡镇开展排查: the names before the work
        start, end = subject.span(1) if subject else match.span(1)
        names, others = names_and_others(text[start:end])
        if names and not _plain(names[-1], _LISTED_NAME_MAX, known):  # 会同县财政局研究制定…: the name before the work
            last = next((names[-1][:end] for end in range(min(len(names[-1]), _LISTED_NAME_MAX), 2, -1)
                         if _plain(names[-1][:end], _LISTED_NAME_MAX, known)), None)
            names = [*names[:-1], last] if last else []
        if names and all(_plain(n, _LISTED_NAME_MAX, known) for n in names):
            found.add("cooperating_units", names)
            if others:
                found.and_others.add("cooperating_units")


_CLAUSES = re.compile(r"[，,；;。！!？?\n]")
_CLAUSE_OPENERS = re.compile(r"^\s*(?:[一二三四五六七八九十]是)?(?:并由|由|请|并)?")
_SUBJECT = re.compile(rf"({ADDRESSEE}|.{{3,60}}?)({words_pattern(SUBJECT_FOLLOWERS)})")  # 你局 is short, but a unit
_WITH = ("会同", "联合")


# 此项工作由市委宣传部部署，各新闻单位落实, …由党办校办、教务部等部门现场集体办公, 会议要求由区教育局抓紧…: 由
# names who does the work, whatever verb of doing follows the units (the one pattern titles and prose read 由 with)
BY_DOER = re.compile(
    r"(?:^|[，,；;。！!？?\n]|要求|会议)[^，,；;。！!？?\n由]{0,6}?由(?P<units>[^，,；;。！!？?：:\n]{2,60}?)"
    rf"(?:等部门|等单位|(?={words_pattern({'部署', *SUBJECT_FOLLOWERS, *SUBJECT_VERBS})}))"
)


def _units_by_names(text: str, folded: str, known: frozenset[str], found: ProseRoles) -> None:
    """Units that 由 names before their work in a sentence that gives others roles with role verbs
    (由市委宣传部部署，各新闻单位落实，市安监局综合处负责协调): responsible too."""
    taken = {n for names in found.names.values() for n in names}
    for match in BY_DOER.finditer(folded):
        names, _ = names_and_others(text[match.start("units"): match.end("units")])
        if names and not taken & set(names) and all(n in known or (len(n) >= 3 and fold(n).endswith(ORG_SUFFIXES)) for n in names):
            found.add("responsible_units", names)
            found.names["responsible_units"].sort(key=lambda name: text.find(name))  # as the sentence names them


def _units_as_subject(text: str, known: frozenset[str], found: ProseRoles) -> None:
    """Units that open a clause and do its work, no role verb said (区住建局、区交通局要…完成,
    由区安委会办公室统筹, 区应急局会同区委宣传部组织…): responsible, or the lead where they
    统筹. A name must read as a unit on its own (a level or 各… before an organisation's ending),
    or be one the plan labels; after 由, which says who does it, an organisation's ending will
    do (由统筹办、新农办组织…)."""
    for clause in _CLAUSES.split(text):
        folded = fold(clause)  # read in simplified script (組織 as 组织), the names kept as written
        opener = _CLAUSE_OPENERS.match(folded)
        at = opener.end() if opener else 0
        by = "由" in folded[:at]
        joined = False  # after 会同: units the doer brings in, who cooperate
        while (subject := _SUBJECT.match(folded, at)) is not None:
            names, others = names_and_others(_before_a_time(clause[subject.start(1): subject.end(1)]))
            if not names or not all(
                n in known or ((reads_as_unit(n) or (by and len(n) >= 3)) and fold(n).endswith(ORG_SUFFIXES)) or is_addressee(n)
                for n in names
            ):
                break  # 各支部推荐好书不少|于: 各 opens it, but no unit's ending closes it
            role = "cooperating_units" if joined else "lead_units" if subject.group(2) == "统筹" else "responsible_units"
            found.add(role, names)
            if others:
                found.and_others.add(role)
            if subject.group(2) not in _WITH:
                break
            at, joined = subject.end(), True  # 会同 names the units who help them do it


# where a time may open after the units (镇党建办公室每月25日前对…, 县财政局于6月底前…)
_TIME_OPENS = re.compile(r"于|每[年季月周]|\d|[一二三四五六七八九十]{1,2}月|年[底内]|本[年月周]|今年|明年|近期|即日")


def _before_a_time(subject: str) -> str:
    """The units before a time that stands between them and their work, or `subject` as it is."""
    for opening in _TIME_OPENS.finditer(subject, 2):
        time = subject[opening.start():]
        if may_name_a_time(time) and names_a_time(time):
            return subject[: opening.start()]
    return subject


def _units_on_a_line(text: str, known: frozenset[str], found: ProseRoles) -> None:
    """A line of the item that holds nothing but units (a list copied out of a table, the task
    on the line above): they are responsible."""
    for line in text.split("\n")[1:]:
        names, others = names_and_others(line)
        if names and not any(ch in line for ch in "。；;：:") and not _VERB.search(fold(line)) and all(reads_as_unit(n, known) for n in names):
            found.add("responsible_units", names)
            if others:
                found.and_others.add("responsible_units")
            return


# 工作要点 name who does an item in brackets at the end of its line: …告知承诺制。（县司法局）
# or …改造200户【县民政局】, or after a dash: …老旧小区改造。——县住建局，10月底前
_ENDING_NOTE = re.compile(r"(?:[（(【]([^（）()【】]{2,80})[）)】]|——\s*([^—（）()\n]{2,80}?))[\s。；;]*$", re.M)


_NOTE_OPENERS = ("含", "包括", "不含", "除", "即", "如", "指", "详见", "见", "其中")


_PIECES = re.compile(r"[，,；;]|[ \t\u3000]+")




def _unit_bracket(content: str, known: frozenset[str], dash: bool = False) -> tuple[list[str], bool] | None:
    """The units a bracket names alone, with perhaps a time beside them (县发改局，12月底前;
    县教育局  8月底前), and whether they end with 等. After a dash, which also opens a subtitle
    (——全县文艺晚会), only names with a level count."""
    if _a_note(content):
        return None
    if (alone := _names_alone(content, known, dash)) is not None or not may_name_a_time(content):
        return alone
    pieces = [p for p in _PIECES.split(content) if p]
    rest = [p for p in pieces if not names_a_time(p)]
    return _names_alone("、".join(rest), known, dash) if len(rest) < len(pieces) else None


def _a_note(content: str) -> bool:
    """（含各街道）, （不含乡镇）, （责任单位）: a note on what the task covers, or a bare label, not who does it."""
    return content.startswith(_NOTE_OPENERS) or fold(content) in LABEL_ROLES


def _names_alone(text: str, known: frozenset[str], dash: bool = False) -> tuple[list[str], bool] | None:
    """The names `text` lists and whether they end with 等, when every one of them is a unit."""
    names, others = names_and_others(text)
    return (names, others) if names and all(_unit_alone(n, known, dash) for n in names) else None


def _bracket_time(content: str) -> str | None:
    """The time a bracket gives beside its units, as written."""
    if not may_name_a_time(content):
        return None
    return next((p for p in _PIECES.split(content) if names_a_time(p)), None)


def units_after_a_dash(text: str) -> bool:
    """Whether what follows a dash names units and nothing else, a time beside them allowed
    (——县住建局，10月底前), and not a subtitle (——全县文艺晚会)."""
    return _unit_bracket(text, frozenset(), dash=True) is not None


def _unit_alone(name: str, known: frozenset[str], dash: bool = False) -> bool:
    # no verb vouches for it, so a name must be more than a word with a unit's ending (试行)
    if dash:
        return reads_as_unit(name, known)
    return (is_unit_name(name) and len(name) >= 3) or name in known or fold(name) in SHORT_ORGANISATIONS


def _bracketed_units(text: str, known: frozenset[str], found: ProseRoles) -> None:
    """Units named alone in a bracket that ends a line, a time beside them allowed: responsible."""
    for match in _ENDING_NOTE.finditer(text):
        if read := _unit_bracket(match.group(1) or match.group(2), known, dash=match.group(2) is not None):
            found.add("responsible_units", read[0])
            if read[1]:
                found.and_others.add("responsible_units")
            return


# 任务分工 write who and when in a bracket that ends the task: （区司法局牵头，区直各部门配合，6月底前完成）
_ASSIGNING_BRACKET = re.compile(rf"[（(]([^（）()]*(?:{words_pattern(ASSIGNING_VERBS)})[^（）()]*)[）)][\s。；;]*$")


def ends_with_a_bracket(line: str) -> bool:
    """…（区司法局牵头）。 — a closing bracket, a stop after it allowed."""
    return line.rstrip(" \t。；;").endswith(("）", ")"))


def assigning_brackets(text: str) -> list[str]:
    """What the brackets that end a line of `text` say, where they give units a role."""
    ending = [line for line in text.split("\n") if ends_with_a_bracket(line)]
    said = [match.group(1) for line in ending if (match := _ASSIGNING_BRACKET.search(line))]
    return [bracket for bracket in said if any(responsibility(bracket, segment=False).names.values())]


_CLOSING_BRACKET = re.compile(r"[（(]([^（）()]{2,80})[）)][\s。；;]*$")


def says_who_in_closing_bracket(line: str) -> bool:
    """Whether a line ends with a bracket that says who does it: one that assigns (（区司法局牵头）),
    one of fields (（牵头单位：…；完成时限：…）) or one of units alone (（区人社局，6月底前）)."""
    if assigning_brackets(line):
        return True
    match = _CLOSING_BRACKET.search(line)
    if match is None:
        return False
    content = match.group(1)
    if any(f.role in NAME_ROLES for f in find_fields(content)):
        return True
    first = _PIECES.split(content, maxsplit=1)[0]  # the units come first; a time may follow them
    # a quick test first: the last name ends as a unit does, or the first opens as a collective does
    return bool(first) and is_unit_name(first) and not _a_note(first) and _names_alone(first, frozenset()) is not None


def _bracket_deadline(text: str) -> str | None:
    """The time a bracket that assigns or names the units gives beside them (6月底前完成,
    长期坚持), as written."""
    for bracket in assigning_brackets(text):
        for piece in (squeeze(p) for p in re.split(r"[，,；;]", bracket)):
            if names_a_time(piece) and not responsibility(piece, segment=False).names:
                return piece
    for match in _ENDING_NOTE.finditer(text):
        content = match.group(1) or match.group(2)
        if _unit_bracket(content, frozenset(), dash=match.group(2) is not None) and (time := _bracket_time(content)):
            return time
    body = text.rstrip(_AFTER_A_NOTE)
    if body.endswith(("）", ")")):  # …完成改造12个。（12月底前）
        content = squeeze(body[max(body.rfind("（"), body.rfind("(")) + 1: -1])
        return content if _TIME_NOTE.match(content) and names_a_time(content) else None
    return None


# （12月底前）, （2024年6月底前完成）: a note that gives the item's time and nothing else
_TIME_NOTE = re.compile(r"^[\d年月日号至到—–\-~～上中下旬底初末前后起止份季度第一二三四五六七八九十半全内]{2,20}(?:完成|到位|办结)?$")
_AFTER_A_NOTE = " \t\u3000。；;\n"


_SLASHED_NOTE = re.compile(r"^\d{1,2}/\d{1,2}(?:\s*\d{1,2}:\d{2})?(?:\s*[~～\-—至到]\s*(?:\d{1,2}/)?\d{1,2}(?:\s*\d{1,2}:\d{2})?)?日?$")


def closing_time_note(line: str) -> str | None:
    """The time a line's closing bracket gives and nothing else (英语演讲比赛（11月21日）, 加签作业(09/24-30))."""
    body = line.rstrip(_AFTER_A_NOTE)
    if not body.endswith(("）", ")")):
        return None
    content = squeeze(body[max(body.rfind("（"), body.rfind("(")) + 1: -1])
    return content if (_TIME_NOTE.match(content) and names_a_time(content)) or _SLASHED_NOTE.match(content) else None


def deadline_beside_units(text: str, year: int | None, issued: date | None = None) -> Deadline | None:
    """The deadline an assigning bracket names; read like a field (长期坚持 is ongoing), though
    no label stands before it."""
    piece = _bracket_deadline(text)
    deadline = parse_deadline(piece, year, issued) if piece else None
    return deadline.model_copy(update={"source": "text"}) if deadline else None
