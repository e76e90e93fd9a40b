"""Units and people: organisations' endings and levels, names that are no unit, surnames and posts."""

from __future__ import annotations

#: jieba's tokens that end a unit's name when walking back from its verb (segmenter.py): actions, times, prepositions.
NAME_STOP_TOKENS = frozenset(
    [
        "组织", "开展", "举办", "召开", "完成", "推进", "落实", "加强", "建立", "做好", "抓好", "活动", "工作", "会议", "任务", "前", "后",
        "由", "在", "于", "对", "向", "将", "把", "及时", "按时", "确保", "负责", "牵头", "配合", "参与", "实施", "月底", "年底", "年内",
        "期间", "以来", "目前", "同时", "并", "和", "与", "并由", "会同", "联合", "指导", "督促", "要求", "通过", "围绕", "结合", "深入",
        "广泛", "积极", "认真", "全面", "扎实", "切实", "进一步",
    ]
)

#: Last characters or words of Chinese organisation names: a name ending so is a unit.
ORG_SUFFIXES = (
    "委", "局", "办", "厅", "部", "中心", "科", "室", "处", "院", "会", "队", "所", "站", "街道", "乡镇", "镇",
    "乡", "党委", "工委", "支部", "政府", "管委会", "单位", "部门", "组", "团", "社", "馆", "校", "行", "公司",
    "集团", "班", "署", "台", "总支", "联", "庭", "司", "园区", "村", "社区", "企业", "医院", "大学", "学院",
    "镇街", "街镇", "协", "共体", "联体",  # 县医共体, 医联体
)

#: Organisations known by two characters, which a bracket may name alone (（团委）, （工会）) where a
#: word of two with a unit's ending (（试行）) names none.
SHORT_ORGANISATIONS = frozenset({
    "团委", "工会", "妇联", "科协", "侨联", "残联", "文联", "台办", "侨办", "编办", "党办", "政办", "政协", "人大", "法院",
})

#: The levels a unit's name opens with (区委宣传部, 县教育局, 市场监管局, 镇政府): with an
#: organisation's ending, a name that can only be a unit, not a topic (创建文明社区).
UNIT_LEVELS = "区县市省州盟旗镇乡"

#: Administrative levels that a collective addressee lists after one 各 (各区、县级市, 各乡镇、街道,
#: 各县、市、区政府): written bare, with no 各 of their own, they name no unit apart from the first.
BARE_LEVELS = ("县级市", "自治县", "自治州", "县区", "县市区", "市区", "乡镇", "镇街", "街道", "开发区", "园区", "社区",
               "省", "市", "州", "盟", "县", "区", "旗", "乡", "镇", "村")

#: What such a list may close with, said once for every level: 各县、市、区人民政府.
LEVEL_BODIES = ("人民政府", "政府", "党委", "党工委", "管委会", "办事处", "")

#: Collective phrases that name no particular unit (各有关单位, 相关部门): kept, marked generic.
GENERIC_UNIT_PREFIXES = ("各", "有关", "相关", "所有", "其他", "其它", "全体")

#: Events, meetings and rooms whose names end like a unit's (运动会 in 会, 培训班 in 班, 活动室 in 室,
#: 服务平台 in 台): 趣味运动会：8月15日… is an activity, not a unit that does what follows.
NOT_UNIT_ENDINGS = (
    "运动会", "座谈会", "茶话会", "联欢会", "晚会", "展销会", "推介会", "读书会", "演唱会", "音乐会", "动员会",
    "表彰会", "交流会", "分享会", "见面会", "报告会", "研讨会", "培训会", "发布会", "推进会", "观摩会", "现场会",
    "游园会", "庙会", "博览会", "交易会", "招聘会", "洽谈会", "故事会", "朗诵会", "诵读会", "赛诗会", "联谊会",
    "恳谈会", "听证会", "宣讲会", "誓师会", "总结会", "部署会", "调度会", "碰头会", "例会", "年会", "峰会", "大会",
    "展会", "评审会", "演讲会", "品鉴会", "团拜会", "庆祝会", "纪念会", "家长会", "班会", "嘉年华会", "文艺汇演会",
    "培训班", "学习班", "研讨班", "训练班", "辅导班", "兴趣班", "进修班", "读书班",
    "阅览室", "活动室", "会议室", "陈列室", "展室", "教室",
    "平台", "舞台", "看台", "讲台", "展台", "展厅", "报告厅", "多功能厅",
    # words that end like a unit (部, 行) but are people, a whole or a verb: 党员干部, 全部, 履行
    "干部", "全部", "内部", "外部", "局部", "履行", "执行", "进行", "实行", "运行", "推行", "施行", "举行", "践行", "先行", "试行",
)

#: Words in a responsibility clause that name no one (群众参与 is not a person named 群众).
NOT_RESPONSIBLE = (
    "群众", "党员", "干部", "职工", "学生", "居民", "市民", "村民", "社会", "家长", "志愿者", "专家", "全员",
    "大家", "个人", "本人", "我们", "共同", "全面", "积极", "认真", "具体", "主动", "分别", "统一",
)

#: Endings of an official's title (区委常委, 常务副区长, 宣传部部长): in a list of people, a title
#: alone belongs to the name after it (区委常委、常务副区长李四 is one person).
TITLE_ENDINGS_OF_OFFICIALS = ("书记", "常委", "委员", "长", "主任", "主席", "政委", "调研员", "巡视员", "专员")

#: Common surnames: a two- or three-character name in a responsibility clause that starts with
#: one of these, and ends in no organisation suffix, is a person (a lead official), not a unit.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤乌包"
)

#: How people in posts are named (各部门负责人, 有关人员): never a unit, though 各 opens them.
PEOPLE_IN_POSTS = ("负责人", "责任人", "同志", "人员")

#: Two-character surnames: 欧阳明, 司马相如 are people too (a name of three or four characters).
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "夏侯", "令狐", "司徒", "长孙", "宇文", "端木", "独孤")
