"""Script: the traditional characters that fold onto simplified ones, and the stems and branches that number lists."""

from __future__ import annotations

#: The heavenly stems, which number a list as 甲、乙、丙、 (Word's ideographTraditional prints them too).
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"

#: The earthly branches, Word's ideographZodiac list: 子、丑、寅、
EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"

#: The traditional forms of the characters the vocabulary and the patterns are written with, each
#: with its one simplified form (a text in traditional script folds onto them, see text.fold).
TRADITIONAL = (
    "牽牵 頭头 單单 責责 門门 處处 協协 辦办 時时 間间 負负 領领 導导 實实 參参 與与 "
    "組组 織织 關关 於于 區区 縣县 廳厅 員员 會会 務务 點点 節节 屬属 號号 週周 屆届 "
    "後后 舉举 動动 劃划 內内 為为 進进 國国 慶庆 觀观 戰战 標标 準准 計计 記记 黨党 "
    "團团 隊队 議议 紀纪 檢检 財财 稅税 農农 業业 衛卫 環环 護护 應应 傳传 統统 報报 "
    "開开 東东 莊庄 鄉乡 鎮镇 廣广 義义 書书 調调 達达 產产 場场 機机 約约 極极 積积 "
    "習习 個个 歲岁 來来 當当 這这 選选 薦荐 聯联 絡络 規规 範范 設设 體体 "
    "運运 華华 長长 擬拟 啟启 辭辞 總总 獎奖 勵励 級级 評评 測测 驗验 證证 論论 "
    "階阶 續续 層层 "
    "萬万 專专 兩两 嚴严 臨临 爲为 烏乌 爭争 畝亩 億亿 從从 儀仪 們们 衆众 優优 餘余 僑侨 兒儿 軍军 馮冯 決决 況况 幾几 劉刘 "
    "則则 創创 別别 勞劳 勢势 醫医 盧卢 壓压 發发 臺台 葉叶 呂吕 噸吨 啓启 吳吴 諮咨 園园 圍围 圖图 圓圆 塊块 堅坚 備备 復复 "
    "婦妇 孫孙 學学 審审 對对 將将 師师 帶带 幹干 並并 庫库 張张 強强 錄录 徵征 態态 願愿 戶户 託托 執执 掃扫 擔担 掛挂 揮挥 "
    "據据 數数 斷断 無无 舊旧 暫暂 術术 條条 楊杨 構构 夢梦 殘残 氣气 匯汇 湯汤 遊游 爐炉 煙烟 現现 電电 畫画 監监 蓋盖 確确 "
    "禮礼 祕秘 稱称 競竞 籌筹 籤签 簡简 類类 紅红 綱纲 細细 經经 結结 繞绕 給给 績绩 綜综 編编 縮缩 網网 羅罗 羣群 職职 勝胜 "
    "藝艺 蘇苏 蔣蒋 裝装 見见 視视 覽览 認认 訓训 訊讯 講讲 許许 識识 試试 話话 誕诞 詢询 詳详 說说 請请 諾诺 讀读 謝谢 譚谭 "
    "賬账 費费 賀贺 賈贾 資资 賽赛 趙赵 踐践 轉转 輯辑 轄辖 過过 連连 遲迟 適适 鄧邓 郵邮 鄒邹 鄭郑 鍾钟 錢钱 銀银 閆闫 問问 "
    "閱阅 際际 陸陆 陳陈 難难 韋韦 韓韩 項项 須须 顧顾 頒颁 預预 題题 額额 館馆 饋馈 馬马 驟骤 黃黄 龍龙 龔龚 "
    "貳贰 緊紧 綠绿 補补 減减 維维 險险 災灾 質质 療疗 藥药 練练 營营 樓楼 輔辅 飲饮 "
)

SIMPLIFIED_OF = {pair[0]: pair[1] for pair in TRADITIONAL.split()}
