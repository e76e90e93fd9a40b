"""Times named in words: holidays, anniversaries, days off, times that name no date."""

from __future__ import annotations

#: A calendar's days off (中秋节（放假）, 国庆日补假): no work to do.
DAYS_OFF = ("放假", "补假", "補假", "调休", "調休")

#: Fixed-date holidays: name -> (month, day).
SOLAR_HOLIDAYS: dict[str, tuple[int, int]] = {
    "元旦": (1, 1),
    "三八": (3, 8),
    "妇女节": (3, 8),
    "五一": (5, 1),
    "劳动节": (5, 1),
    "五四": (5, 4),
    "青年节": (5, 4),
    "六一": (6, 1),
    "儿童节": (6, 1),
    "七一": (7, 1),
    "建党节": (7, 1),
    "八一": (8, 1),
    "建军节": (8, 1),
    "教师节": (9, 10),
    "十一": (10, 1),
    "十·一": (10, 1),
    "国庆": (10, 1),
    "国庆节": (10, 1),
    # a holiday named with its date before it, which would otherwise read as a number
    "三八妇女节": (3, 8),
    "五四青年节": (5, 4),
    "六一儿童节": (6, 1),
    "七一建党节": (7, 1),
    "八一建军节": (8, 1),
    # the days a plan's campaigns are held on (世界读书日前后, 国家宪法日当天)
    "学雷锋纪念日": (3, 5),
    "雷锋纪念日": (3, 5),
    "植树节": (3, 12),
    "消费者权益日": (3, 15),
    "世界水日": (3, 22),
    "国家安全教育日": (4, 15),
    "地球日": (4, 22),
    "读书日": (4, 23),
    "护士节": (5, 12),
    "防灾减灾日": (5, 12),
    "环境日": (6, 5),
    "爱眼日": (6, 6),
    "禁毒日": (6, 26),
    "抗战胜利纪念日": (9, 3),
    "烈士纪念日": (9, 30),
    "记者节": (11, 8),
    "消防日": (11, 9),
    "消防宣传日": (11, 9),
    "艾滋病日": (12, 1),
    "交通安全日": (12, 2),
    "残疾人日": (12, 3),
    "宪法日": (12, 4),
    "法制宣传日": (12, 4),
    "志愿者日": (12, 5),
    "公祭日": (12, 13),
}

#: Holidays that move with the Chinese calendar: name -> (lunar month, day), or the solar term
#: it falls on (清明). Their dates in any year come from the calendar (deadlines.py), not a table.
MOVABLE_HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "春节": (1, 1),
    "元宵": (1, 15),
    "清明": "清明",
    "端午": (5, 5),
    "七夕": (7, 7),
    "中秋": (8, 15),
    "重阳": (9, 9),
}

#: Anniversaries that date a plan: phrase -> the founding year it counts from.
ANNIVERSARY_BASES: dict[str, int] = {
    "建党": 1921,
    "中国共产党成立": 1921,
    "共产党成立": 1921,
    "党的生日": 1921,
    "新中国成立": 1949,
    "中华人民共和国成立": 1949,
    "人民共和国成立": 1949,
    "改革开放": 1978,
    "建军": 1927,
    "中国人民解放军建军": 1927,
    "五四运动": 1919,
    "抗日战争胜利": 1945,
    "抗战胜利": 1945,
    "红军长征胜利": 1936,
    "辛亥革命": 1911,
    "国庆": 1949,
    "建国": 1949,
}

#: The holiday an anniversary falls on: 建党100周年前夕 is the eve of 七一 in 2021.
ANNIVERSARY_DAYS: dict[str, str] = {
    "建党": "建党节",
    "中国共产党成立": "建党节",
    "共产党成立": "建党节",
    "党的生日": "建党节",
    "新中国成立": "国庆节",
    "中华人民共和国成立": "国庆节",
    "人民共和国成立": "国庆节",
    "国庆": "国庆节",
    "建国": "国庆节",
    "建军": "建军节",
    "中国人民解放军建军": "建军节",
    "五四运动": "青年节",
    "抗日战争胜利": "抗战胜利纪念日",
    "抗战胜利": "抗战胜利纪念日",
}

#: Time words that name no dates: value -> Deadline.kind.
UNDATED_TIMES: dict[str, str] = {
    "长期坚持": "ongoing",
    "持续推进": "ongoing",
    "持续开展": "ongoing",
    "常态化开展": "ongoing",
    "常态化推进": "ongoing",
    "常态化": "ongoing",
    "长期": "ongoing",
    "持续": "ongoing",
    "每月": "recurring",
    "每季度": "recurring",
    "每季": "recurring",
    "每半年": "recurring",
    "每年": "recurring",
    "每周": "recurring",
    "每旬": "recurring",
    "每天": "recurring",
    "每日": "recurring",
    "按月": "recurring",
    "按季度": "recurring",
    "按季": "recurring",
    "按年度": "recurring",
    "按周": "recurring",
    "逐月": "recurring",
    "定期": "recurring",
}
