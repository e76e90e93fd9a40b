"""A saved government page around a plan: navigation, share box, task table, footer."""

from __future__ import annotations

from html import escape

from tests.docx_builder import tabulated, task_cell_lines


def page(title: str, body_html: str, charset: str = "utf-8", published: str = "2021-03-01") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{escape(title)}_XX区人民政府门户网站</title>
<meta name="PubDate" content="{published} 09:30"><script>var x = "牵头单位：脚本";</script></head>
<body>
<div class="header"><div class="logo">XX区人民政府</div><ul class="nav"><li><a href="/">首页</a></li>
<li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 通知公告</div>
<div class="main">
  <div class="share">分享到：<a>微信</a><a>微博</a> 【字体：大 中 小】 打印</div>
  <div class="article" id="zoom">
  <h1>{escape(title)}</h1>
  {body_html}
  </div>
  <div class="qrcode">扫描关注XX区政府微信公众号</div>
  <div class="pager"><a>上一篇：关于做好春节期间值班工作的通知</a><a>下一篇：2021年第一季度工作简报</a></div>
</div>
<div class="footer">版权所有：XX区人民政府办公室 主办单位：XX区人民政府 联系电话：0000-1234567</div>
</body></html>"""


def plan_body(text: str) -> str:
    """Paragraphs of a plan text, each line a <p>."""
    return "\n".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def html_layout(text: str) -> bytes:
    """A plan text as a saved page: its first line the <h1> when it is a title."""
    from planparse import parse_text

    lines = text.splitlines()
    title = parse_text(text).title
    has_title = bool(title) and bool(lines) and lines[0].strip() and title in lines[0]
    heading = lines[0].strip() if has_title else "通知公告"
    body = lines[1:] if has_title else lines
    return page(heading, plan_body("\n".join(body))).encode()


def html_table_layout(text: str) -> bytes:
    """The plan's activities as a <table> on a page, the text around them as paragraphs."""
    from planparse import parse_text

    plan = parse_text(text)
    if not plan.activities:
        return html_layout(text)
    lines = text.splitlines()
    activities = tabulated(plan, lines)
    first, last = activities[0].span.start_line, activities[-1].span.end_line
    covered = {n for a in activities for n in range(a.span.start_line, a.span.end_line + 1)}
    before = [line for n, line in enumerate(lines[: first - 1], start=1) if n not in covered]
    if plan.title and before and plan.title in before[0]:
        before = before[1:]
    rows = ["<tr><th>序号</th><th>工作任务</th><th>牵头领导</th><th>牵头单位</th><th>责任单位</th><th>配合单位</th><th>完成时限</th></tr>"]
    category = None
    for a in activities:
        if a.category and a.category != category:
            category = a.category
            rows.append(f'<tr><td colspan="7">{escape(category)}</td></tr>')
        task = "<br>".join(escape(line) for line in task_cell_lines(a))
        deadline = a.deadline.raw if a.deadline and a.deadline.source == "field" else ""
        cells = [a.number or "", task, "、".join(a.lead_officials), "、".join(a.lead_units), "、".join(a.responsible_units),
                 "、".join(a.cooperating_units), deadline]
        rows.append("<tr>" + "".join(f"<td>{c if i == 1 else escape(c)}</td>" for i, c in enumerate(cells)) + "</tr>")
    group_lines = {a.category for a in activities if a.category}
    before = [line for line in before if not any(g and g in line and len(line) < len(g) + 8 for g in group_lines)]
    body = plan_body("\n".join(before)) + "<table border=\"1\">" + "".join(rows) + "</table>" + plan_body("\n".join(lines[last:]))
    return page(plan.title or "通知公告", body).encode()
