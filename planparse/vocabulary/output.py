"""Words planparse writes: the ledger's words for warnings, and what is never a keyword."""

from __future__ import annotations

#: Each warning code in the words a supervisor reads in the ledger (the JSON keeps the code).
WARNING_WORDS: dict[str, str] = {
    "no_units": "未找到责任单位",
    "no_deadline": "未找到完成时限",
    "deadline_unparsed": "完成时限未能识别",
    "deadline_without_year": "完成时限未注明年份",
    "placeholder_deadline": "完成时限为待填占位",
    "unknown_label": "含未识别的字段",
    "numbering_gap": "编号不连续",
    "duplicate_number": "编号重复",
    "no_activities": "未找到任务",
    "generic_reading": "按通用方式识别，请核对",
    "decode_replaced": "部分文字编码有误",
}

#: Plan boilerplate that says nothing about a task: never a keyword.
KEYWORD_STOPWORDS = frozenset(
    [
        "深入", "扎实", "开展", "活动", "工作", "组织", "推进", "加强", "全面", "进一步", "积极", "做好", "落实", "确保", "各类", "相关",
        "有关", "单位", "部门", "全区", "全市", "全县", "全州", "我区", "我市", "我县", "各级", "广大", "形式", "方式", "主题", "重点", "持续",
        "不断", "切实", "充分", "认真", "坚持", "围绕", "结合", "通过", "实现", "提高", "提升", "推动", "促进", "发挥", "作用", "要求", "情况",
        "方面", "一批", "一系列", "以及", "进行", "实施", "组织开展", "积极开展", "深入开展", "工作任务", "具体", "取得", "实效",
    ]
)
