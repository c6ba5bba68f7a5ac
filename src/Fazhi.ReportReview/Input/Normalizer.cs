using System.Text;
using System.Text.RegularExpressions;

namespace Fazhi.ReportReview.Input;

/// <summary>Brings report text to one form before reading it: half-width digits and signs, no inline pinyin after
/// characters ("區(qū)" → "区"), Traditional text in Simplified, tidy line ends. A text whose characters show it
/// to be Traditional goes whole through ICU; the map below recognises such text and converts the domain vocabulary
/// where ICU is missing. Simplified text is left alone by both (ICU would turn 显著 into 显着, the map 慰藉
/// into 慰借).</summary>
public static partial class Normalizer
{
    // Pairs of Traditional and Simplified characters, written as "繁简".
    const string Pairs =
        "區区 堅坚 習习 時时 國国 會会 義义 為为 導导 學学 貫贯 徹彻 實实 黨党 務务 " +
        "決决 動动 設设 進进 現现 報报 將将 關关 於于 規规 範范 執执 處处 罰罚 復复 " +
        "議议 訴诉 訟讼 應应 糾纠 錯错 敗败 員员 負负 責责 審审 結结 數数 據据 項项 " +
        "萬万 億亿 條条 個个 們们 來来 對对 開开 發发 護护 經经 濟济 與与 業业 質质 " +
        "統统 計计 劃划 預预 備备 點点 單单 總总 縣县 鎮镇 鄉乡 場场 價价 檢检 驗验 " +
        "醫医 藥药 衛卫 環环 資资 廳厅 級级 機机 構构 職职 層层 組组 織织 領领 幹干 " +
        "課课 講讲 辦办 聯联 網网 絡络 電电 視视 頻频 廣广 傳传 達达 熱热 難难 調调 " +
        "紛纷 問问 題题 檔档 測测 評评 標标 準准 佈布 頁页 門门 戶户 協协 產产 權权 " +
        "償偿 賠赔 還还 錢钱 財财 稅税 費费 給给 兒儿 婦妇 養养 殘残 勞劳 歲岁 齡龄 " +
        "舊旧 約约 顯显 極极 節节 減减 輕轻 滿满 聲声 響响 讓让 認认 識识 證证 確确 " +
        "違违 無无 變变 銷销 訂订 駁驳 請请 願愿 訪访 書书 記记 錄录 製制 綜综 轄辖 " +
        "屬属 嚴严 謹谨 簡简 專专 長长 間间 際际 過过 當当 選选 舉举 擇择 優优 勢势 " +
        "態态 聽听 訓训 練练 試试 幣币 體体 監监 況况 並并 強强 則则 築筑 廢废 頒颁 " +
        "稱称 號号 屆届 內内 險险 災灾 療疗 營营 語语 類类 戰战 爭争 訊讯 鑑鉴 鑒鉴 " +
        "讀读 寫写 運运 遞递 這这 後后 從从 氣气 勵励 獎奖 懲惩 紀纪 衝冲 圍围 園园 " +
        "幫帮 穩稳 礎础 礦矿 壓压 餘余 週周 齊齐 樣样 樓楼 車车 輛辆 線线 紅红 綠绿 " +
        "東东 華华 陽阳 雲云 風风 賽赛 輪轮 蓋盖 參参 歸归 畫画 啟启 創创 辭辞 亂乱 " +
        "斷断 獨独 邊边 遠远 該该 論论 談谈 諮咨 詢询 謀谋 誠诚 譽誉 誌志 縱纵 橫横 " +
        "闡阐 釋释 賦赋 濫滥 續续 懸悬 績绩 蹤踪 鬥斗 剛刚 溝沟 漸渐 擴扩 適适 誤误 " +
        "獲获 懷怀 歷历 憲宪 衆众 眾众 麼么 兩两 種种 盡尽 奮奋 塊块 鐵铁 銀银 鄰邻 " +
        "農农 漁渔 蘇苏 陸陆 藝艺 術术 圖图 館馆 廠厂 積积 貿贸 購购 賣卖 買买 貸贷 " +
        "債债 賬账 帳账 轉转 維维 採采 顧顾 夠够 頭头 腦脑 擔担 寬宽 遲迟 壞坏 覺觉 " +
        "親亲 觀观 遷迁 離离 鬆松 韌韧 筆笔 劑剂 藉借 詳详 謝谢 譯译 讚赞 郵邮 鄭郑 " +
        "醬酱 錦锦 鍵键 鎖锁 隊队 階阶 隨随 隱隐 雜杂 雙双 順顺 須须 頂顶 頗颇 顏颜 " +
        "飛飞 飯饭 飲饮 驅驱 髮发 鬧闹 魯鲁 鳳凤 麥麦 畝亩 註注 冊册 擊击 閱阅 諧谐 " +
        "師师";

    static readonly Dictionary<char, char> TraditionalToSimplified =
        Pairs.Split(' ').ToDictionary(pair => pair[0], pair => pair[1]);

    /// <summary>Traditional forms that Simplified text uses too (慰藉, 狼藉; 於 as a surname): converted in
    /// Traditional text like the rest, but no sign that a text is Traditional.</summary>
    const string AlsoSimplified = "藉於";

    public static string Normalize(string text) => Normalize(text, IcuTraditional.ToSimplified);

    /// <summary>Normalizes with the given conversion of a whole Traditional text, which returns null where it is not
    /// available; the built-in map converts the text then.</summary>
    internal static string Normalize(string text, Func<string, string?> toSimplified)
    {
        text = Pinyin().Replace(text, "$1");
        if (LooksTraditional(text)) text = toSimplified(text) ?? string.Concat(text.Select(Simplified));
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = ch switch
            {
                >= '０' and <= '９' => (char)(ch - '０' + '0'),
                >= 'Ａ' and <= 'Ｚ' => (char)(ch - 'Ａ' + 'A'),
                >= 'ａ' and <= 'ｚ' => (char)(ch - 'ａ' + 'a'),
                '％' => '%', '．' => '.', '\u3000' or '\u00A0' => ' ', '\r' => '\n',
                // PDF fonts often map characters to their Kangxi radical or compatibility forms ("⾏政" for 行政).
                >= '\u2E80' and <= '\u2FD5' or >= '\uF900' and <= '\uFAFF' => Unified(ch),
                _ => ch,
            };
            sb.Append(c);
        }
        return JoinBrokenNumbers(BlankLines().Replace(sb.ToString(), "\n").Trim(' ', '\n'));
    }

    /// <summary>Numbers that extraction from a PDF or a web page broke apart, joined where only one reading is
    /// possible: a middle dot for the decimal point ("98·76%"), a space inside the decimals of a percentage in prose
    /// ("98.7 6%"), and digits split by the line break of a wrapped prose line ("共收到申请48\n00件").</summary>
    static string JoinBrokenNumbers(string text)
    {
        text = DotBetweenDigits().Replace(text, ".");
        text = SpaceInThousands().Replace(
            text, m => InTableLine(text, m.Index) ? m.Value : m.Groups[1].Value + m.Groups[2].Value);
        text = SpaceInDecimals().Replace(
            text, m => InTableLine(text, m.Index) ? m.Value : m.Groups[1].Value + m.Groups[2].Value);
        return WrappedDigits().Replace(text, m => LineLength(text, m.Index) >= 20 ? "" : m.Value);
    }

    static bool InTableLine(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        return line.Contains('\t') || line.Contains('|') || line.Contains("  ", StringComparison.Ordinal);
    }

    static int LineLength(string text, int lineEnd) => lineEnd - (text.LastIndexOf('\n', Math.Max(0, lineEnd - 1)) + 1);

    /// <summary>A short quote normalised as its text would be: Traditional characters converted even where two
    /// characters are too few to show the quote is Traditional.</summary>
    public static string NormalizeQuote(string quote) => string.Concat(Normalize(quote).Select(Simplified));

    /// <summary>Radicals that stand for whole Simplified characters, which Unicode gives no decomposition.</summary>
    const string RadicalPairs = "⻅见⻆角⻋车⻓长⻔门⻚页⻛风⻜飞⻢马⻥鱼⻦鸟⻧卤⻨麦⻩黄" +
        "⻪黾⻬齐⻮齿⻰龙⻳龟⻉贝⺠民⻄西⻘青" +
                                "⻝食⻤鬼⻣骨";

    static char Unified(char ch)
    {
        var radical = RadicalPairs.IndexOf(ch);
        if (radical >= 0 && radical % 2 == 0) return RadicalPairs[radical + 1];
        return ch.ToString().Normalize(NormalizationForm.FormKC) is [var one] ? one : ch;
    }

    static char Simplified(char ch) => TraditionalToSimplified.GetValueOrDefault(ch, ch);

    /// <summary>At least 1% of the Chinese characters (and two or more) are forms only Traditional text uses.</summary>
    static bool LooksTraditional(string text)
    {
        int chinese = 0, traditional = 0;
        foreach (var ch in text)
        {
            if (ch is < '\u3400' or > '\u9fff') continue;
            chinese++;
            if (TraditionalToSimplified.ContainsKey(ch) && !AlsoSimplified.Contains(ch)) traditional++;
        }
        return traditional >= 2 && traditional * 100 >= chinese;
    }

    /// <summary>A CJK character followed by its pinyin in parentheses, tone marks and all: keep the
    /// character.</summary>
    [GeneratedRegex(@"([\u3400-\u9fff])[(（]" +
                    @"[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7}[)）]")]
    private static partial Regex Pinyin();

    /// <summary>Line ends with the blank lines after them and the spaces that indent the next line; a tab that opens a
    /// line is an empty table cell and stays.</summary>
    [GeneratedRegex(@"[ \t]*\n(?:[ \t]*\n)*[ ]*")] private static partial Regex BlankLines();

    [GeneratedRegex(@"(?<=\d)[·•∙・](?=\d)")] private static partial Regex DotBetweenDigits();

    /// <summary>"4 598个": a space that groups thousands, before a unit.</summary>
    [GeneratedRegex(@"(?<![\d.,])(\d{1,3}) (\d{3})(?=[\u4e00-\u9fff])")]
    private static partial Regex SpaceInThousands();
    [GeneratedRegex(@"(?<![\d.])(\d{1,3}\.\d{1,3}) (\d{1,2}%)")] private static partial Regex SpaceInDecimals();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff]\d{1,6})\n(?=\d{1,6}(?:\.\d+)?(?:%|[件人个项家次元万亿名户]))")]
    private static partial Regex WrappedDigits();
}
