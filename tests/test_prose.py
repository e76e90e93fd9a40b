"""Responsibility written in prose, unit-name clean-up, and the segmenter behind them."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from planparse import parse_text
from planparse.prose import responsibility

SAMPLES = Path(__file__).parent.parent / "samples"


@pytest.mark.parametrize(
    ("clause", "roles"),
    [
        ("（市发展改革委牵头，市财政局、市商务局配合）", {"lead_units": ["市发展改革委"], "cooperating_units": ["市财政局", "市商务局"]}),
        ("由区委宣传部牵头，各镇街配合实施", {"lead_units": ["区委宣传部"], "cooperating_units": ["各镇街"]}),
        ("县卫健委牵头、县医保局配合", {"lead_units": ["县卫健委"], "cooperating_units": ["县医保局"]}),  # roles listed with 、
        # the units listed between the lead and 配合, with 等部门 and a comma, help too
        ("统筹用于重点项目。（县发改局牵头，县财政局、县水务局等部门，县国投公司配合）",
         {"lead_units": ["县发改局"], "cooperating_units": ["县财政局", "县水务局", "县国投公司"]}),
        ("做好宣传。（区融媒体中心负责）", {"responsible_units": ["区融媒体中心"]}),
        ("推行告知承诺制。（县司法局）", {"responsible_units": ["县司法局"]}),
        ("区财政局：负责落实双拥工作经费。", {"responsible_units": ["区财政局"]}),
        ("开展排查\n区应急局、区住建局\n2022年6月底前", {"responsible_units": ["区应急局", "区住建局"]}),  # a line of units
        ("组织宣传\n活动由社区居委会协调开展", {}),
        ("开展排查\n综合科", {}),  # no level: could be a topic
        ("开展环境整治。（含各街道）", {}),  # what the task covers, not who does it
        ("区委宣传部、区文明办：牵头做好宣传。", {"lead_units": ["区委宣传部", "区文明办"]}),
        ("开展专项整治。（县市场监管局、县发改局）\n", {"responsible_units": ["县市场监管局", "县发改局"]}),
        ("建立直通车制度。（县工商联，2022年6月底前）", {"responsible_units": ["县工商联"]}),
        ("印发管理办法（试行）。", {}),
        ("完成验收。（2022年6月底前）", {}),
        ("成立领导小组（以下简称“领导小组”）", {}),
        ("（县司法局）负责的事项另行通知。", {}),
        ("（区教育局、区卫健委按职责分工负责）", {"responsible_units": ["区教育局", "区卫健委"]}),
        ("区住建局牵头，区城管局参与", {"lead_units": ["区住建局"], "cooperating_units": ["区城管局"]}),
        ("由区财政局负责", {"responsible_units": ["区财政局"]}),
        ("（以下均需各市州政府落实，不再列出）", {"responsible_units": ["各市州政府"]}),  # what opens the clause is no name
        ("由区审计局承办，区统计局协助", {"responsible_units": ["区审计局"], "cooperating_units": ["区统计局"]}),
        ("拟由市文明委主办，市委宣传部、团市委承办", {"lead_units": ["市文明委"], "responsible_units": ["市委宣传部", "团市委"]}),
        ("主办方负责布置场地", {}),
        ("各有关单位按职责分工负责", {"responsible_units": ["各有关单位"]}),
        ("市委宣传部会同市文旅局牵头", {"lead_units": ["市委宣传部", "市文旅局"]}),
        # the lead brings units in with 会同 after its clause: they cooperate
        ("县城管局要牵头，会同县公安局、县住建局，7月底前新增泊位", {"lead_units": ["县城管局"], "cooperating_units": ["县公安局", "县住建局"]}),
        ("由县卫生院负责，联合各村卫生室开展义诊", {"responsible_units": ["县卫生院"], "cooperating_units": ["各村卫生室"]}),
        ("由区水务局牵头，会同区财政局研究制定补助标准", {"lead_units": ["区水务局"], "cooperating_units": ["区财政局"]}),
        ("由区文联牵头，联合举办书画展", {"lead_units": ["区文联"]}),  # no one brought in
        ("由縣住建局牽頭，會同縣財政局研究制定", {"lead_units": ["縣住建局"], "cooperating_units": ["縣財政局"]}),  # names as written
        ("各单位要严格落实值班制度", {"responsible_units": ["各单位"]}),  # 严格 is how, not part of the name
        ("一是县水利局负责水库排查；二是由县财政局牵头，县审计局配合", {  # 一是 counts the points, it names no one
            "responsible_units": ["县水利局"], "lead_units": ["县财政局"], "cooperating_units": ["县审计局"]}),
        ("组织开展全民健身活动。（趣味运动会）", {}),  # an event in the bracket, though it ends in 会
        ("（党外知识分子联络服务中心牵头负责）", {"lead_units": ["党外知识分子联络服务中心"]}),
        # no delimiter between the prose and the name: the segmenter finds where the name starts
        ("3月底前市财政局牵头完成资金拨付", {"lead_units": ["市财政局"]}),
        ("组织开展宣讲活动区委宣传部牵头", {"lead_units": ["区委宣传部"]}),
        ("全面推进攻坚行动市创卫工作指挥部牵头", {"lead_units": ["市创卫工作指挥部"]}),  # 工作 inside a body's name
        # after a 、 a name is delimited, however long: only the first name's start is in doubt
        ("（县政府办、县营商环境优化提升工作领导小组办公室牵头，县直各有关部门负责）",
         {"lead_units": ["县政府办", "县营商环境优化提升工作领导小组办公室"], "responsible_units": ["县直各有关部门"]}),
        ("开展占道经营联合执法县城管局、县交通运输局配合", {"cooperating_units": ["县城管局", "县交通运输局"]}),
        # units that open a clause and do its work, no role verb said
        ("开展大检查。区住建局、区交通局要于6月底前完成检查。", {"responsible_units": ["区住建局", "区交通局"]}),
        ("6月份，区应急局会同区委宣传部组织开展宣传活动", {"responsible_units": ["区应急局"], "cooperating_units": ["区委宣传部"]}),
        ("由县委宣传部统一组织各党委布置展版", {"responsible_units": ["县委宣传部"]}),
        # a notice asks the unit it is addressed to, named as 你局 until the salutation names it
        ("请你局会同县应急管理局做好防汛物资储备", {"responsible_units": ["你局"], "cooperating_units": ["县应急管理局"]}),
        ("请你单位高度重视，认真调查处理", {"responsible_units": ["你单位"]}),
        ("由区安委会办公室统筹，各镇街、各行业主管部门分别组织演练",
         {"lead_units": ["区安委会办公室"], "responsible_units": ["各镇街", "各行业主管部门"]}),
        ("6月16日，各镇街在广场设立咨询点", {"responsible_units": ["各镇街"]}),
        ("（县教育局主责，县财政局支持）", {"responsible_units": ["县教育局"], "cooperating_units": ["县财政局"]}),
        ("要大力支持民营企业发展", {}),  # support with no unit before it gives no one a role
        ("深入推进规范化建设，由镇党建办公室每月25日前对各支部进行考核", {"responsible_units": ["镇党建办公室"]}),  # a time between
        ("区住建局年底前完成改造", {"responsible_units": ["区住建局"]}),
        ("各支部推荐好书不少于5本", {}),  # 各 opens it, but no unit's ending closes it
        ("综合科要做好保障", {}),  # no level: could be a topic
        ("城关镇要做好征求意见工作", {"responsible_units": ["城关镇"]}),  # a town: its place and its level
        # minutes ask units in words of their own: 要求, 责成
        ("会议原则同意该意见，要求水务部门牵头修改完善", {"lead_units": ["水务部门"]}),
        ("会议责成县财政局负责落实资金", {"responsible_units": ["县财政局"]}),
        ("由統籌辦、新農辦組織驗收", {"responsible_units": ["統籌辦", "新農辦"]}),  # 由 says who, in either script
        ("由此开展工作", {}),
        ("城南街道办事处负责摸排", {"responsible_units": ["城南街道办事处"]}),
        ("在城乡开展环境整治", {}),
        ("小城镇要突出特色", {}),
        ("市场在资源配置中起决定性作用", {}),
        # people, not units
        ("（张三负责）", {"lead_officials": ["张三"]}),
        ("由王明、李华牵头", {"lead_officials": ["王明", "李华"]}),
        ("镇党委组织委员牵头，6月底前完成轮训", {"lead_officials": ["镇党委组织委员"]}),  # a post, by its title
        ("县政府办公室主任负责", {"lead_officials": ["县政府办公室主任"]}),
        ("区政协委员配合", {}),
        # no one is named
        ("2019年6月中旬,在哈尔滨社会主义学院举办培训", {}),
        ("由党支部负责同志领誓", {}),
        ("组织纪律\n各部门负责人负责维护纪律", {}),  # people in posts, though 各 opens them
        ("积极配合做好相关工作", {}),
        ("组织实施乡村振兴战略", {}),
        ("群众广泛参与", {}),
        ("落实到位", {}),
        # words that end like a unit and are none, and a role verb that is a noun's
        ("各级干部带头参与", {}),
        ("组织党员干部参与", {}),
        ("确保人员密集场所全部落实", {}),
        ("其他责任单位要积极履行配合职责", {"responsible_units": ["其他责任单位"]}),
    ],
)
def test_prose_clauses(clause: str, roles: dict[str, list[str]]) -> None:
    assert responsibility(clause).names == roles


def test_a_name_the_plan_labels_elsewhere_is_known_to_the_segmenter() -> None:
    found = responsibility("完成后报送营商环境建设局牵头汇总", frozenset({"营商环境建设局"}))
    assert found.names == {"lead_units": ["营商环境建设局"]}


def test_trailing_deng_is_cut_and_noted() -> None:
    plan = parse_text("重点任务\n1.开展排查。（区住建局、区交通局等负责）\n2.整改隐患。\n责任单位：综合科等按职责分工落实\n")
    first, second = plan.activities
    assert first.responsible_units == ["区住建局", "区交通局"] and first.and_others == ["responsible_units"]
    assert second.responsible_units == ["综合科"] and second.and_others == ["responsible_units"]


def test_generic_collective_and_bracketed_names() -> None:
    plan = parse_text(
        "重点任务\n1.推进改革。\n牵头单位：市委改革办及市发改委\n责任单位：各县、市、区政府，各乡(镇、街道)党委，各有关单位\n"
        "配合单位：区科技和信息化局\n"
    )
    activity = plan.activities[0]
    assert activity.lead_units == ["市委改革办", "市发改委"]
    assert activity.responsible_units == ["各县、市、区政府", "各乡(镇、街道)党委", "各有关单位"]
    assert activity.cooperating_units == ["区科技和信息化局"]
    assert activity.generic_units == ["各县、市、区政府", "各乡(镇、街道)党委", "各有关单位"]


def test_prose_in_a_whole_plan() -> None:
    plan = parse_text(
        "2022年营商环境优化工作方案\n\n一、主要任务\n（一）压缩审批时限。全面推行承诺制审批（市政务服务局牵头，市发展改革委、市住建局配合）。\n"
        "（二）降低企业成本。落实减税降费政策，由市税务局负责，2022年6月底前完成。\n"
        "（三）开展专项督查。由市政府督查室牵头，各区政府配合实施。\n二、保障措施\n（一）加强组织领导。市政府办公室要牵头抓总。\n"
    )
    assert [(a.title, a.lead_units, a.responsible_units, a.cooperating_units) for a in plan.activities] == [
        ("压缩审批时限", ["市政务服务局"], [], ["市发展改革委", "市住建局"]),
        ("降低企业成本", [], ["市税务局"], []),
        ("开展专项督查", ["市政府督查室"], [], ["各区政府"]),
    ]
    assert plan.activities[1].deadline and str(plan.activities[1].deadline.end) == "2022-06-30"


def test_the_time_beside_units_in_a_closing_bracket_is_the_deadline() -> None:
    """工作要点 write who and by when in one bracket: its time wins over a time the task's prose
    mentions, whether a comma or spaces set it apart."""
    plan = parse_text(
        "2023年工作要点\n1.全年完成投资100亿元。（区发改局，10月底前）\n2.新建学校2所。（区教育局  2023年8月底前）\n"
        "3.修订管理办法。（试行）\n"
    )
    assert [(a.responsible_units, a.deadline and (a.deadline.raw, a.deadline.end)) for a in plan.activities] == [
        (["区发改局"], ("10月底前", date(2023, 10, 31))),
        (["区教育局"], ("2023年8月底前", date(2023, 8, 31))),
        ([], None),
    ]


def test_units_after_a_dash_that_ends_the_task_do_it() -> None:
    plan = parse_text(
        "2023年工作要点\n1.实施老旧小区改造——区住建局，10月底前\n2.推进垃圾分类。——区城管局\n"
        "3.开展《民族团结》——主题宣传活动\n"
    )
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("实施老旧小区改造", ["区住建局"], date(2023, 10, 31)), ("推进垃圾分类", ["区城管局"], None),
        ("开展《民族团结》——主题宣传活动", [], None),  # a subtitle after the dash, not who does it
    ]


def test_fields_win_over_prose() -> None:
    plan = parse_text("1.开展宣讲。由区委宣传部牵头，各镇街配合。\n责任单位：区文明办\n")
    assert plan.activities[0].responsible_units == ["区文明办"] and plan.activities[0].lead_units == []


def test_numbered_field_lines_are_fields_not_sub_activities() -> None:
    plan = parse_text(
        "二、活动安排\n（一）读书分享会\n1.活动时间：2022年4月下旬\n2.活动内容：分享读书心得。\n3.组织单位：区图书馆\n4.参加单位：各街道\n"
        "（二）征文比赛\n1.活动时间：5月\n2.承办单位：区文联\n"
    )
    assert [(a.title, a.responsible_units, a.cooperating_units, a.deadline and str(a.deadline.start)) for a in plan.activities] == [
        ("读书分享会", ["区图书馆"], ["各街道"], "2022-04-21"),
        ("征文比赛", ["区文联"], [], "2022-05-01"),
    ]
    assert plan.activities[0].fields["活动内容"] == "分享读书心得"
    assert plan.activities[0].content == "分享读书心得"  # the labelled description is the content


@pytest.mark.parametrize("note", ["（首位单位为牵头单位，下同）", "（第一责任单位为牵头单位，下同）"])
def test_the_first_listed_unit_leads_from_the_note_on(note: str) -> None:
    plan = parse_text(
        f"一、重点任务\n1.优化审批。\n责任单位：市政务服务局、市发改委{note}\n2.降低成本。\n责任单位：市税务局、市财政局\n"
        "3.督查落实。\n牵头单位：市督查室\n责任单位：各区政府\n"
    )
    assert [(a.lead_units, a.responsible_units) for a in plan.activities] == [
        (["市政务服务局"], ["市政务服务局", "市发改委"]),
        (["市税务局"], ["市税务局", "市财政局"]),
        (["市督查室"], ["各区政府"]),
    ]


def test_without_xiatong_the_note_holds_for_its_own_item() -> None:
    plan = parse_text("1.甲。\n责任单位：A局、B局（首位单位为牵头单位）\n2.乙。\n责任单位：C局、D局\n")
    assert [a.lead_units for a in plan.activities] == [["A局"], []]


def test_samples_are_read_from_their_fields_alone() -> None:
    """Prose is read only where no field names a unit: the labelled samples do not change."""
    court = parse_text((SAMPLES / "court_campaign_plan_2021.txt").read_text(encoding="utf-8"))
    assert court.activities[4].responsible_units == ["党支部"] and court.activities[4].lead_units == []


def _loads_jieba(code: str) -> bool:
    script = f"import sys; from planparse import parse_text; {code}; print('jieba' in sys.modules)"
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.strip() == "True"


def test_jieba_stays_unloaded_for_documents_that_need_no_segmentation() -> None:
    text = (SAMPLES / "united_front_plan_2019.txt").read_text(encoding="utf-8")
    assert not _loads_jieba(f"parse_text({text!r})")
    assert not _loads_jieba("parse_text('1.开展宣讲。（区委宣传部牵头，各镇街配合）')")
    assert _loads_jieba("parse_text('宣讲工作方案\\n\\n1.开展宣讲。组织开展宣讲活动区委宣传部牵头。')")


def test_keywords_on_request() -> None:
    text = (SAMPLES / "celebration_plan_2021.txt").read_text(encoding="utf-8")
    assert all(a.keywords == [] for a in parse_text(text).activities)
    activity = parse_text(text, keywords=True).activities[0]
    assert 1 <= len(activity.keywords) <= 5
    assert "创先争优" in activity.keywords and not {"开展", "活动", "工作"} & set(activity.keywords)
