"""Decisions about the document as a whole: its title, where its closing starts, what kind it is."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .blocks import Block
from .fields import find_fields
from .markers import find_marker
from .text import fold, words_pattern
from .units import is_unit_name, split_names
from .vocabulary.headings import CLOSING_OPENERS, MINUTES_CLOSING_LABELS
from .vocabulary.kinds import NEWS_MARKERS, NOT_PLAN_PURPOSES, PLAN_PHRASES, REPORT_TITLE_ENDINGS, RULES_TITLE_ENDINGS, TITLE_ENDINGS
from .vocabulary.labels import SITE_COLUMNS
from .vocabulary.script import SIMPLIFIED_OF

_TITLE_MAX = 60
# 关于印发《XX方案》的通知, and without the title marks: 关于印发XX方案的通知; a notice that
# forwards another body's plan (关于转发市政府办公室《XX方案》的通知) names that body first
_ISSUED_NOTICE = re.compile(
    r"关于(?:印发|转发|下发)\s*(?:[^《》<>〈〉，。]{0,30}?[《<〈](?P<name>(?:[^《》<>〈〉]|〈[^〈〉]*〉)+)[》>〉]"
    r"|(?P<bare>(?:[^《》<>〈〉]|《[^《》]*》|〈[^〈〉]*〉)+?))\s*的通知"
)
# A title may end in a bracketed note: （试行）, （2021—2023年）, (征求意见稿).
_TITLE_NOTE = re.compile(r"\s*[(（][^()（）]{1,20}[)）]\s*$")
# a line under the title that belongs to it: the years a plan covers, or its trial status
_TITLE_PERIOD = re.compile(r"^\s*[(（]\s*(?:(?:19|20)\d{2}\s*[-—–~至到－]+\s*(?:19|20)\d{2}\s*年?|试行|暂行)\s*[)）]\s*$")
_SENTENCE_PUNCTUATION = "。，,；;：:！!？?"
_NEWS_WITH_COLON = words_pattern(m for m in NEWS_MARKERS if m not in ("编者按", "扫描关注", "本报讯", "本网讯", "新华社"))
_NEWS_LINE = re.compile(
    rf"(?:^|[\s(（])(?:(?:{_NEWS_WITH_COLON})\s*:|编者按|扫描关注|本报讯|本网讯|新华社)"
)
_NEWS_TIMESTAMP = re.compile(r"^\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}")


def _title_like(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped) <= _TITLE_MAX
        and stripped[-1] not in _SENTENCE_PUNCTUATION
        and find_marker(stripped) is None
        and not find_fields(stripped)
    )


def _ends_like_title(text: str, endings: tuple[str, ...] = TITLE_ENDINGS) -> bool:
    core = _TITLE_NOTE.sub("", text.strip())
    return fold(core).endswith(endings)


_ANY_TITLE_ENDING = (*TITLE_ENDINGS, *REPORT_TITLE_ENDINGS, "函")  # a title, whether of a plan, a letter or a report
_NOT_PLAN_ENDINGS = REPORT_TITLE_ENDINGS + RULES_TITLE_ENDINGS


def issued_plan_name(title: str) -> str | None:
    """The plan a 关于印发《…》的通知 issues."""
    issued = _ISSUED_NOTICE.search(fold(title))  # 關于印發…的通知 too; the name as written
    if issued is None:
        return None
    group = "name" if issued.group("name") is not None else "bare"
    name = _BROKEN_AT_A_SPACE.sub("", title[issued.start(group): issued.end(group)])  # a line break in the title
    return issued_plan_name(name) or name  # 转发《关于印发XX方案的通知》: the plan inside both


_BROKEN_AT_A_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def find_title(blocks: list[Block]) -> tuple[str | None, int]:
    """The document's title and how many leading blocks it takes (0 when it opens with body text).

    A title is a short leading line without sentence punctuation that ends like a title
    (方案, 通知, …) or stands apart from the body by a blank line; a title broken over two or
    three lines is joined. For `关于印发《…》的通知` the title is the plan's name inside.
    """
    boxed = {c for c in blocks[0].cells if c} if blocks else set()
    if not blocks or (blocks[0].cells and len(boxed) != 1):
        return None, 0
    first = _unspaced(boxed.pop() if boxed else blocks[0].text)  # a title set in a table of one cell
    if not _title_like(first):
        return None, 0
    title, used = first, 1
    # a title broken over two or three lines (XX市 / 2023年度 / 全民健身活动方案): joined when the
    # last of them ends like a title
    joined = first
    for more in (1, 2):
        if _ends_like_title(joined, _ANY_TITLE_ENDING) or len(blocks) <= more or blocks[more].cells:
            break
        line = _unspaced(blocks[more].text)
        joined += line
        if not _title_like(line) or len(joined) > _TITLE_MAX:
            break
        if _ends_like_title(line, _ANY_TITLE_ENDING):
            title, used = joined, more + 1
    if used < len(blocks) and not blocks[used].cells and _TITLE_PERIOD.match(blocks[used].text):
        title, used = title + blocks[used].text.strip(), used + 1  # （2023—2025年）, （试行） under the title
    stands_apart = len(blocks) == used or blocks[used].line > blocks[used - 1].line + 1
    stands_apart = stands_apart or _LEDE.match(fold(blocks[used].text[:72])) is not None  # a headline over its lede
    if not (_ends_like_title(title, _ANY_TITLE_ENDING) or stands_apart):
        return None, 0
    return issued_plan_name(title) or title, used


# 通  知, 工 作 方 案: a title set with a space between its characters
_LETTER_SPACED = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff](?![\u4e00-\u9fff]))+")


def _unspaced(line: str) -> str:
    return _LETTER_SPACED.sub(lambda run: re.sub(r"[ \u3000]+", "", run.group()), line.strip())


# The masthead of an official document (公文) stands above its title: the issuer's red header
# (XX区人民政府办公室文件), the document number, the signer; or the 附件1 of an attachment.
_RED_HEADER = re.compile(r"^\s*\S{2,30}(?:委|政府|办公室|办|局|厅|部|院|会|室|中心|公司)\s*文件\s*$")
_SIGNER = re.compile(r"^\s*签发人\s*:\s*\S{1,20}\s*$")
# 附件1, 附件：, 附件二 alone on the first line: the plan is an attachment of a notice
_ATTACHMENT_LABEL = re.compile(r"^\s*附\s*件\s*[\d一二三四五六七八九十]{0,3}\s*:?\s*$")


def is_attachment_label(text: str) -> bool:
    """附件1, 附件二 alone on a line: an attachment of the notice starts under it."""
    return _ATTACHMENT_LABEL.match(fold(text)) is not None


# 索引号：…, 【时效性】现行有效, 发布日期：…: what a site or a database prints above the document
_SITE_METADATA = re.compile(
    r"^\s*(?:[•·●▪■◆-]\s*)?(?:【\s*)?(?:索\s*引\s*号|发布日期|发布时间|发布机构|发文机关|发文字号|文\s*号|成文日期|主题分类|主\s*题\s*词|有\s*效\s*性"
    r"|时\s*效\s*性|效力级别|名\s*称|法宝引证码|信息来源|来\s*源|作\s*者|浏览次数|浏览量|点击量|阅读量|字\s*[体号]"
    r"|公开范围|公开方式|公开日期|公开时限|生成日期|组配分类|信息分类|生效时间|废止时间|关\s*键\s*词|内容概述"
    r"|文件编号|统一编号|信息索引号|文件登记号|访问次数|字体大小|分享)\s*(?:】|:)"
)
_SITE_METADATA_LINE_MAX = 100
# 当前位置：首页 > 要闻 > 通知公告, -> 要闻 -> 审计公告: where a page sits on its site
_BREADCRUMB = re.compile(
    r"^\s*(?:(?:当前|您的|您现在的|您现在所在的|所在)位置\s*:?\s*)?(?:首页|网站首页|主页)\s*(?:(?:->|[>»›→])[^>»›→]{0,20})*$"
    r"|^\s*(?:(?:->|[>»›→])\s*[^>»›→]{1,20}){2,}$"
    # 无障碍 | 长辈版: what a page offers its readers, above the text
    r"|^\s*(?:[•·|]?\s*(?:无障碍(?:浏览|阅读)?|长辈版|长者模式|适老版|关怀版|繁體|简体|设为首页|加入收藏|打印本页|关闭窗口)\s*[|]?\s*)+$"
)


def _site_line(text: str) -> bool:
    folded = fold(text)
    return len(text) <= _SITE_METADATA_LINE_MAX and (_SITE_METADATA.match(folded) is not None or _BREADCRUMB.match(folded) is not None)


def _site_name(text: str) -> bool:
    """The name of the body whose site a page is on, alone on its line."""
    name = _TITLE_NOTE.sub("", text.strip())
    return 0 < len(name) <= _METADATA_LINE_MAX and is_unit_name(name)


def split_masthead(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """The masthead lines at the head of the document (a red header, the document number, a
    site's metadata), and the rest (title first)."""
    i = 0
    head: list[Block] = []
    while i < len(blocks) and len(filled := {c for c in blocks[i].cells if c}) <= 1:
        text = filled.pop() if filled else blocks[i].text  # a red header set in a table of one cell is a line
        folded = fold(text)
        if _site_line(text):
            if folded.rstrip().endswith(":") and i + 1 < len(blocks) and not _site_line(blocks[i + 1].text) and (
                len(blocks[i + 1].text) <= _SITE_METADATA_LINE_MAX
            ):
                head.append(Block(text, blocks[i].line))
                i += 1  # • 文号： / X政办发〔2021〕5号: the label's value on the line under it
                text = blocks[i].text
        elif i + 1 < len(blocks) and _site_name(text) and _site_line(blocks[i + 1].text):
            pass  # 绩溪县数据资源管理局 over 您现在所在的位置：…: the site the page is on
        elif folded.strip() in SITE_COLUMNS and i + 1 < len(blocks):
            pass  # 通知公告 over the text: the column of the site the page is in, no title of the document
        elif len(text) > _METADATA_LINE_MAX or not (
            _RED_HEADER.match(folded) or _DOC_NUMBER_LINE.match(folded) or _SIGNER.match(folded) or _ATTACHMENT_LABEL.match(folded)
        ):
            break
        head.append(Block(text, blocks[i].line))
        i += 1
    return head, blocks[i:]


_ATTENDANCE = re.compile(rf"^\s*(?:{words_pattern(MINUTES_CLOSING_LABELS)})[^:：，。,]{{0,6}}[:：]")


# 县住建局：, 各乡镇人民政府，县直各有关单位：: whom a notice is addressed to, on a line of its own
_SALUTATION = re.compile(r"^\s*([^:。；;]{2,80}):\s*$")
_SALUTATION_LINES = 4  # it stands right under the title


def addressees(lines: list[str]) -> list[str]:
    """The units a notice is addressed to (its salutation), or []."""
    for line in lines[:_SALUTATION_LINES]:
        if (found := _SALUTATION.match(fold(line))) and (names := split_names(line.strip()[: found.end(1)].replace("，", "、"))):
            return names if all(is_unit_name(n) for n in names) else []
    return []


def is_letter(title: str | None) -> bool:
    """关于…的函: a letter to the units it is addressed to, which may hand them a matter (a 复函 answers one)."""
    core = fold(_TITLE_NOTE.sub("", (title or "").strip()))
    return core.endswith("函") and not core.endswith(REPORT_TITLE_ENDINGS)


def is_minutes(title: str | None) -> bool:
    """会议纪要, 专题会议纪要: a record of a meeting, whose decisions may assign work in prose."""
    return bool(title) and _TITLE_NOTE.sub("", fold(title or "").strip()).endswith("纪要")


def attendance(text: str) -> bool:
    """Who attended a meeting (出席：…, 参加人员：…, 记录：…), as minutes end."""
    return _ATTENDANCE.match(fold(text)) is not None


def split_closing(blocks: list[Block], closes: Callable[[str], bool] | None = None) -> tuple[list[Block], list[Block]]:
    """Body and closing: the closing starts at the last contact, attachment or sign-off line (or
    one `closes`, that a kind of document ends with) after which no numbered item or table row follows."""
    cut = len(blocks)
    i = len(blocks) - 1
    while i >= 0:
        block = blocks[i]
        if block.cells:
            break
        if find_marker(block.text):
            listed = _attachment_list_start(blocks, i)
            if listed is None:
                break
            i = cut = listed  # 附件：1.任务分工表 / 2.联络员名单: the list is the closing's
        elif fold(block.text).lstrip().startswith(CLOSING_OPENERS) or (closes is not None and closes(block.text)):
            cut = i
        elif _DATE_LINE.match(fold(block.text)) and (signed := _signers_above(blocks, i)):
            cut = i = i - signed  # 第三党支部 / 2024年1月5日: the sign-off, which no item holds
        i -= 1
    return blocks[:cut], blocks[cut:]


_SIGNERS_MAX = 3  # a joint notice signs with a unit a line, two or three of them


def _signers_above(blocks: list[Block], date_line: int) -> int:
    """How many lines above a date line name the units that sign it (0: it is no sign-off)."""
    count = 0
    while count < _SIGNERS_MAX and date_line - count > 0:
        text = blocks[date_line - count - 1].text.strip()
        if not text or len(text) > 30 or text[-1] in _SENTENCE_PUNCTUATION or not is_unit_name(text) or find_marker(text):
            break
        count += 1
    return count


_ATTACHMENT_ITEM_MAX = 40


def _attachment_list_start(blocks: list[Block], last: int) -> int | None:
    """Where the attachment list holding numbered line `last` starts (its 附件 line), or None when
    the line is no entry of one: entries are short titles, one after another, under 附件."""
    i = last
    while i >= 0:
        text = blocks[i].text.strip()
        if fold(text).startswith("附件"):
            return i
        if blocks[i].cells or len(text) > _ATTACHMENT_ITEM_MAX or find_marker(text) is None or any(p in text for p in "。；;"):
            return None
        i -= 1
    return None


_NEWS_HEAD = 60  # a report's marks stand at the head of their line
# …确保每项任务按时完成。（三峡日报 记者易玮玮、通讯员龚艳菊）: the byline that closes a report
_BYLINE = re.compile(r"\([^()]{0,20}(?:记者|通讯员)[^()]{1,30}\)\s*$")


# A line can carry a mark only if its head holds the first character of one (in either script),
# or opens with a year's digit: most lines hold neither and are never folded.
_NEWS_OPENERS = {m[0] for m in NEWS_MARKERS}
_MAY_BE_NEWS = re.compile(
    "[" + "".join(_NEWS_OPENERS | {t for t, s in SIMPLIFIED_OF.items() if s in _NEWS_OPENERS}) + "]|^\\s*[12１２]"
)


def news_evidence(lines: list[str]) -> int:
    """How many lines carry the marks of a press report (来源：, 记者, 编者按, 责编, a timestamp)."""
    heads = (fold(line[:_NEWS_HEAD]) for line in lines if _MAY_BE_NEWS.search(line, 0, _NEWS_HEAD))
    marks = sum(1 for head in heads if _NEWS_LINE.search(head) or _NEWS_TIMESTAMP.match(head))
    tails = (line[-_NEWS_HEAD:] for line in lines if "记者" in line[-_NEWS_HEAD:] or "通讯员" in line[-_NEWS_HEAD:])
    return marks + sum(2 for tail in tails if _BYLINE.search(fold(tail)))  # a reporter named: the surest mark


_CITED = re.compile(r"《[^《》]*》")
_RECORDS_A_MEETING = re.compile(r"纪要如下|会议纪要如下")
_OPENING = 400


def plan_evidence(title: str | None, preamble: list[str]) -> bool:
    if title and _ends_like_title(title) and not title.endswith("通知"):
        return True
    opening = fold("".join(preamble))
    if "《" in opening:
        opening = _CITED.sub("", opening)  # 会议同意《…实施方案》: a document cited, not this one
    return any(phrase in opening for phrase in PLAN_PHRASES)


# A report opens with when it happened: 4月23日，…; 3月25日上午，…; 近日，…; 今年以来，…; after its dateline
# if it has one (本报讯（记者 王明）近日，…)
_LEDE = re.compile(
    r"^\s*(?:[^,。]{0,12}讯\s*(?:\([^()]{0,20}\))?\s*)?"
    r"(?:为[^,。;]{2,40},\s*)?"  # 为做好今冬明春森林防灭火工作，11月20日，我县…: its purpose first
    r"(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|中午)?|近日|日前|连日来|近期"
    r"|(?:今年|年初|去年|近年|入[春夏秋冬]|开春|开学)(?:以)?来)\s*,"  # 今年以来，XX镇…: a report of work under way
)


# 我县出台…方案, 市政府印发《…》: a headline that reports a document issued, not its title
_REPORTS_ISSUING = re.compile(r"^(?!.*关于).{1,20}?(?:出台|印发|出炉|推出|发布(?=\s*[《“])|(?<=[省市县区州旗镇乡])发布)")


_NAMED_HEADLINE = re.compile(r"^\s*[^:,。;\s]{2,8}:\s*[^:。;]{4,}$")
# XX镇：多措并举推动乡村振兴: a place, a colon, and what it has done
_PLACE_HEADLINE = re.compile(r"^[^:,。;\s]{2,12}(?:[省市县区州旗镇乡村]|街道|社区):\s*\S")


_ISSUED_IN_LEDE = re.compile(r"(?:印发|出台|发布|出炉|推出)了?《")


def reads_as_report(title: str | None, preamble: list[str]) -> bool:
    """A headline (a title that names no kind of document: 我市启动全民阅读月系列活动, or one
    that reports a document issued: 我县出台…行动方案) over a lede that opens with when it
    happened: a press report, though it carries no press marks."""
    if title is None and len(preamble) > 1 and _NAMED_HEADLINE.match(fold(preamble[0])) and _LEDE.match(fold(preamble[1][:72])):
        return True  # 临澧：召开…部署会 over 3月15日上午，…: a headline led by a place's short name
    if title is None and preamble and _title_like(preamble[0]):
        title, preamble = preamble[0], preamble[1:]  # a headline the title search passed over
    if not title or (_ends_like_title(title, _ANY_TITLE_ENDING) and not _REPORTS_ISSUING.match(title)):
        return False
    if any(_LEDE.match(fold(line[:72])) for line in preamble[:2]) or _PLACE_HEADLINE.match(fold(title)):
        return True
    # 县委宣传部印发方案部署… over 为…，县委宣传部印发《…》，明确了…: the report of a document issued
    return _REPORTS_ISSUING.match(title) is not None and any(_ISSUED_IN_LEDE.search(line) for line in preamble[:2])


def classify(title: str | None, lines: list[str], preamble: list[str], has_activities: bool, has_fields: bool) -> str:
    """plan, notice, news or other. A report that merely mentions a plan stays news."""
    news = news_evidence(lines) + (2 if reads_as_report(title, preamble) else 0)
    if news >= 2 or (news and not has_fields and not plan_evidence(title, preamble)):
        return "news"
    if title and not has_fields and (
        _TITLE_NOTE.sub("", title.strip()).endswith(_NOT_PLAN_ENDINGS) or fold(title).lstrip().removeprefix("关于").startswith(NOT_PLAN_PURPOSES)
    ):
        return "other"  # 工作总结, 情况通报, 会议纪要: what was done, not what is to be done; 管理办法: what holds; 表彰决定: who is commended
    if has_activities:
        return "plan"
    if title and (_TITLE_NOTE.sub("", title.strip()).endswith("通知") or is_letter(title)):
        return "notice"  # 关于…的函: a document that passes work on or asks, and is no plan itself
    if _RECORDS_A_MEETING.search(fold("".join(preamble)[:_OPENING])):
        return "other"  # 现纪要如下, and no decision assigns work: a record of a meeting
    if plan_evidence(title, preamble):
        return "plan"
    return "other"


_DOC_NUMBER_LINE = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{1,12}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号\s*$")
_METADATA_LINE_MAX = 40
# 文　号：X政办发〔2024〕1号 in the table a government site prints above a document
_LABELLED_DOC_NUMBER = re.compile(
    r"(?:发文字号|文件编号|文\s*号)\s*[:：]\s*([\u4e00-\u9fffA-Za-z]{1,12}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号)"
)
_SITE_TABLE_LINES = 12  # the metadata table stands at the top
_DATE_LINE = re.compile(r"^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年(?:[^年]{1,8}日|[^年日]{1,3}月)\s*$")  # 二○○八年七月 signs too


@dataclass(frozen=True)
class Issuance:
    """What the notice that issues a plan says of it: 文号, 落款 and 成文日期."""

    doc_number: str | None = None
    issuer: str | None = None
    issued_on: date | None = None


# 2021年县政府重点工作任务（华政发〔2021〕2号）: a page's title that carries the document's number
_NUMBER_IN_TITLE = re.compile(r"\s*[(（]\s*([\u4e00-\u9fffA-Za-z]{1,12}\s*[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d{1,4}\s*号)\s*[)）]\s*$")


def title_and_number(title: str | None) -> tuple[str | None, str | None]:
    """The title without the document number a page's title ends with, and that number."""
    found = _NUMBER_IN_TITLE.search(title) if title else None
    return (title[: found.start()], found.group(1)) if title and found and found.start() else (title, None)


def issuance(blocks: list[Block]) -> Issuance:
    """The document number (a line of its own, not one cited in a sentence), the issuing date
    (a line holding only a date) and the issuer (the short line right above that date)."""
    from .deadlines import parse_deadline

    short = [(i, b) for i, b in enumerate(blocks) if len(b.text) <= _METADATA_LINE_MAX]  # 文号 and dates are short lines
    number = next((b.text.strip() for _, b in short if _DOC_NUMBER_LINE.match(fold(b.text))), None)
    if number is None:
        number = next((m.group(1) for b in blocks[:_SITE_TABLE_LINES] if "号" in b.text and (m := _LABELLED_DOC_NUMBER.search(b.text))), None)
    for i, block in short:
        if not _DATE_LINE.match(fold(block.text)):
            continue
        deadline = parse_deadline(block.text, None)
        if deadline is None or deadline.kind != "date" or deadline.start is None:
            continue
        above = blocks[i - 1].text.strip() if i else ""
        issuer = above if above and len(above) <= 30 and is_unit_name(above) and above[-1] not in _SENTENCE_PUNCTUATION else None
        return Issuance(number, issuer, deadline.start)
    return Issuance(number)


_INNER_MARKS = str.maketrans("〈〉<>", "《》《》")


def _name_key(name: str) -> str:
    """A name as compared: no spaces, and 〈〉 as 《》 (a name inside 《》 marks its own titles with 〈〉)."""
    return re.sub(r"\s", "", fold(name)).translate(_INNER_MARKS)


def issues_no_plan(blocks: list[Block]) -> bool:
    """A notice whose plan is held elsewhere (a file attached on its own): its date closes the
    text, no numbered item after it, so its own numbered points say how to carry the plan out."""
    dated = next((i for i, block in enumerate(blocks) if _DATE_LINE.match(fold(block.text))), None)
    return dated is not None and not any(find_marker(block.text) for block in blocks[dated + 1:])


# 现将《<政府工作报告>任务分解表》印发给你们, 《…》已经县政府同意，现印发给你们: a notice that says
# what it issues, whatever its title line says
_ISSUES_IN_TEXT = re.compile(
    r"《(?P<name>(?:[^《》]|《[^《》]*》)+)》\s*(?:已经?[^，,。]{0,20}(?:同意|通过)\s*[，,]?\s*)?现?(?:予以)?(?:印发|转发|下发)给你们"
)
_ISSUING_LINES = 6


def issued_in_text(blocks: list[Block]) -> str | None:
    """The plan a notice's opening lines say it issues (现将《…》印发给你们), where no title names it."""
    for block in blocks[:_ISSUING_LINES]:
        if "给你们" in block.text and (found := _ISSUES_IN_TEXT.search(fold(block.text))):
            return block.text[found.start("name"): found.end("name")]
    return None


def split_issuing_notice(blocks: list[Block], plan_name: str) -> int:
    """Where the plan a notice issues begins: its own title line after the notice's text, or the
    first title-like line after the notice's date; 0 when the document holds no such plan."""
    wanted = _name_key(plan_name)
    for i, block in enumerate(blocks):
        if _name_key(block.text).strip("《》") == wanted:
            return i
    for i, block in enumerate(blocks[:-1]):
        if not _DATE_LINE.match(fold(block.text)):
            continue
        j = i + 1
        while j < len(blocks) - 1 and _PUBLICATION_NOTE.match(blocks[j].text):
            j += 1  # （此件公开发布） under the date
        if _title_like(blocks[j].text) and (_ends_like_title(blocks[j].text) or (
            j + 1 < len(blocks) and _title_like(blocks[j + 1].text) and _ends_like_title(blocks[j].text + blocks[j + 1].text)
        )):
            return j  # the plan's title, perhaps over two lines (…“十四五”时期 / 重点工作责任分解)
    return 0


_PUBLICATION_NOTE = re.compile(r"^\s*[(（]\s*此件[^()（）]{0,12}[)）]\s*$")
