"""Saved web pages (.html, .htm): the article, not the page around it.

Government sites wrap a plan in navigation, share buttons, 扫描关注 boxes, copyright notices and
上一篇/下一篇 links. The article is found the way readability tools find it: every paragraph gives
its Chinese characters to the element holding it (and half to the one above), links count
against, and the best-scoring element is the body. Its paragraphs become blocks and its tables
table rows, so the task-table stage reads a `<table>` like a Word table. The page's `<title>` (or
`<h1>`) heads the text, and its publish date helps date a plan that names no year.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from datetime import date
from typing import Any

from ..blocks import Block, RawDocument, clean_line, whole_number
from ..errors import DecodeError, InputError
from ..models import Source
from .encoding import decode

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")  # XHTML pages open with one
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w]+)""", re.I)
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button", "select",
              "input", "textarea", "svg", "template")
_DROP_HINTS = re.compile(r"nav|menu|footer|header|share|breadcrumb|crumb|sidebar|copyright|related|comment|toolbar|"
                         r"banner|logo|search|login|qrcode|erweima|bottom|top-|topbar|pagination|pager", re.I)
_BOILERPLATE = re.compile(r"^\s*(?:扫描|扫一扫|关注|分享到|分享|打印|关闭|收藏|【\s*字体|字号|【\s*大\s*中\s*小|责任编辑|责编|"
                          r"版权所有|Copyright|©|上一篇|下一篇|来源[:：]\s*$|浏览次数|访问量|网站地图|联系我们)", re.I)
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "blockquote", "pre", "tr",
               "dd", "dt", "center", "td", "th"}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SITE_SUFFIX = re.compile(r"\s*[_|｜—–-]+\s*[^_|｜—–-]{0,30}(?:网|政府|门户|网站|频道|平台)[^_|｜—–-]{0,10}$")
_ARTICLE_MIN = 8  # Chinese characters: less than this is a caption, not an article
_PUBLISHED = ("publishdate", "pubdate", "article:published_time", "firstpublishedtime", "dc.date", "date")


COLSPAN_MAX, ROWSPAN_MAX = 1000, 65534  # what HTML itself allows: browsers clamp larger spans to these
_HEADINGS = {f"h{level}": level for level in range(1, 7)}


_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _decode(data: bytes) -> str:
    """A BOM first, then the charset the page declares (gb2312 read as its superset GB18030),
    then what the bytes are, as a .txt is read (UTF-8, UTF-16, GB18030, Big5)."""
    declared = _CHARSET.search(data[:4096]) if not data.startswith(_BOMS) else None
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        try:
            return data.decode("gb18030" if name in ("gb2312", "gbk", "gb-2312") else name)
        except (UnicodeDecodeError, LookupError):
            pass  # a page that says utf-8 and is GBK: its bytes tell
    try:
        return decode(data)[0]
    except DecodeError:
        return data.decode("utf-8", errors="replace")


def _dropped(element: Any) -> bool:
    if element.tag in _DROP_TAGS:
        return True
    hints = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
    return bool(_DROP_HINTS.search(hints)) and len(_CJK.findall(element.text_content())) < 400


def _strip_furniture(root: Any) -> None:
    """Navigation, scripts, share boxes, footers: out of the tree before the article is sought."""
    for element in [e for e in root.iter() if isinstance(e.tag, str) and _dropped(e)]:
        if element.getparent() is not None:
            element.drop_tree()


def _article(root: Any) -> Any | None:
    scores: dict[Any, float] = {}
    for paragraph in root.iter("p", "td", "div", "li", "br", "h1", "h2"):
        if paragraph.tag == "td" and any(True for _ in paragraph.iter("p", "div", "li")):
            continue  # a layout cell: its paragraphs count for themselves
        text = (paragraph.text or "") if paragraph.tag in ("div", "br") else paragraph.text_content()
        if paragraph.tag == "br":
            text = paragraph.tail or ""
        weight = len(_CJK.findall(text))
        if weight < 2:
            continue
        parent = _outside_tables(paragraph.getparent())
        for share, holder in ((1.0, parent), (0.5, _outside_tables(parent.getparent()) if parent is not None else None)):
            if holder is not None:
                scores[holder] = scores.get(holder, 0.0) + share * weight
    best, best_score = None, 0.0
    for element, score in scores.items():
        total = len(_CJK.findall(element.text_content())) or 1
        linked = sum(len(_CJK.findall(a.text_content())) for a in element.iter("a"))
        adjusted = score * (1 - linked / total)
        if adjusted > best_score:
            best, best_score = element, adjusted
    return best if best_score >= _ARTICLE_MIN else None


_TABLE_PARTS = {"table", "tbody", "thead", "tfoot", "tr"}


def _outside_tables(element: Any | None) -> Any | None:
    """The element, or the one holding the table it stands in: a row is never the article,
    however much text a task table's cells hold (a cell may be: old sites lay pages out in
    tables, the article in one cell)."""
    while element is not None and element.tag in _TABLE_PARTS:
        element = element.getparent()
    return element


class _Lines:
    """Text of an element in reading order: a line per block element, a row per table row."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.current: list[str] = []
        self.tables = 0
        self.number = 0
        self.headings: dict[int, int] = {}  # block number -> level, for <h1>…<h6>

    def flush(self) -> None:
        text = clean_line(re.sub(r"[ \t\r\n\u00a0]+", " ", "".join(self.current)).strip())
        self.current = []
        if text and not _BOILERPLATE.match(text):
            self.number += 1
            self.blocks.append(Block(text, self.number))

    def walk(self, element: Any) -> None:
        if not isinstance(element.tag, str):  # comments and processing instructions
            if element.tail:
                self.current.append(element.tail)
            return
        if element.tag == "table":
            self.flush()
            self.table(element)
        else:
            block = element.tag in _BLOCK_TAGS
            if block:
                self.flush()
            if element.tag == "br":
                self.flush()
            if element.text:
                self.current.append(element.text)
            for child in element:
                self.walk(child)
            if block:
                before = self.number
                self.flush()
                if element.tag in _HEADINGS and self.number > before:
                    self.headings[self.number] = _HEADINGS[element.tag]
                    if element.tag == "h1":
                        self.number += 1  # the headline stands apart from the text, as a page shows it
        if element.tail:
            self.current.append(element.tail)

    def table(self, table: Any) -> None:
        self.tables += 1
        above: dict[int, tuple[str, int]] = {}  # column -> (text, rows it still spans), for rowspan
        for tr in table.iter("tr"):
            cells: list[str] = []
            column = 0
            for cell in tr:
                if cell.tag not in ("td", "th"):
                    continue
                column = _spanned_from_above(above, cells, column)
                for br in cell.iter("br"):  # a line break inside a cell parts its lines
                    br.tail = "\n" + (br.tail or "")
                text = "\n".join(line.strip() for line in cell.text_content().splitlines() if line.strip())
                span = whole_number(cell.get("colspan"), 1, COLSPAN_MAX, low=1)
                rows = whole_number(cell.get("rowspan"), 1, ROWSPAN_MAX, low=1)
                for k in range(span):
                    cells.append(text)
                    if rows > 1:
                        above[column + k] = (text, rows - 1)
                column += span
            _spanned_from_above(above, cells, column)
            if any(cells):
                self.number += 1
                shown = [c.replace("\n", " ") for i, c in enumerate(cells) if c and (i == 0 or c != cells[i - 1])]
                self.blocks.append(Block(" ".join(shown), self.number, tuple(cells), self.tables))


def _spanned_from_above(above: dict[int, tuple[str, int]], cells: list[str], column: int) -> int:
    """Fill the columns a rowspan from an earlier row still covers; the next free column."""
    while column in above:
        text, left = above.pop(column)
        cells.append(text)
        if left > 1:
            above[column] = (text, left - 1)
        column += 1
    return column


def _published(root: Any) -> date | None:
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        if name in _PUBLISHED:
            match = re.search(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})", meta.get("content") or "")
            if match:
                try:
                    return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
                except ValueError:
                    return None
    return None


def read_html(data: bytes, path: str | None) -> RawDocument:
    import lxml.html

    text = _CONTROLS.sub("", _decode(data))  # XML's tree takes no NUL or control character, and a page shows none
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))  # lxml refuses a str that declares its encoding
    except Exception as exc:  # lxml raises ParserError, ValueError and others for what is not a page
        raise InputError(f"not a readable web page ({exc})", path) from None
    published = _published(root)
    page_title = root.find(".//title")
    title_text = _SITE_SUFFIX.sub("", page_title.text_content().strip()) if page_title is not None else ""
    _strip_furniture(root)
    article = _article(root)
    if article is None:
        raise InputError("no article text found in the page (only navigation and links?)", path)
    lines = _Lines()
    heading = next((h for h in article.iter("h1", "h2") if _CJK.search(h.text_content())), None)
    shown = article.text_content().lstrip()
    if heading is None and title_text and _CJK.search(title_text) and not shown.startswith(title_text):
        lines.current.append(title_text)
        lines.flush()
        lines.number += 1  # a blank line after the title, as a page shows it
    lines.walk(article)
    lines.flush()
    source = Source(path=path, format="html", encoding=None, sha256=hashlib.sha256(data).hexdigest())
    return RawDocument(lines.blocks, source, published=published, headings=lines.headings)
