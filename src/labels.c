/*
 * labels.c: find speaker labels at the start of lines, then decide which
 * label names are real speakers.
 *
 * A candidate is one of the shapes archives use:
 *   Name: / Name：          (colon; full-width colons are ASCII in the view)
 *   **Name**： / **Name：**  (Markdown bold)
 *   【Name】                 (lenticular brackets)
 *   Name<space>text         (no colon: space, no-break or ideographic space)
 * A name is accepted when it is a generic role (問, 答, Q, A, 主持人, 記者,
 * 主席, …委員, …部長 …), a person in the alias lexicon, or recurs as a label;
 * a one-off name is accepted only in a document that already has other
 * speakers and only when it looks like a name.  Words that end prose before
 * a colon (例如, 他說, 如下) are never names.
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "lexicon.h"

#define MAX_NAME_CHARS 20
#define MAX_NAME_BYTES 80
#define MAX_PAREN_CHARS 30 /* a title in brackets after a name */
#define MAX_PAREN_BYTES (4 * MAX_PAREN_CHARS + 4)

/* Generic role labels (normalised view form). */
static const char *const ROLE_EXACT[] = {
    "問", "问", "答", "q", "a", "主持人", "主持", "記者", "记者", "主席",
    "主播", "來賓", "来宾", "嘉賓", "嘉宾", "受訪者", "受访者", "訪問者",
    "访问者", "採訪者", "采访者", "提問", "提问", "回答", "觀眾", "观众",
    "聽眾", "听众", "學生", "学生", "編者", "编者", "interviewer",
    "interviewee", "host", "moderator", "reporter", "question", "answer",
    "發言人", "发言人", NULL};

/* Titles of officials in legislative and press records: 林委員淑芬 has the
 * title inside the name, so 委員 counts anywhere. */
static const char *const OFFICIAL_SUFFIX[] = {
    "委員", "委员", "部長", "部长", "院長", "院长", "局長", "局长", "署長",
    "署长", "主委", "市長", "市长", "縣長", "县长", "議員", "议员", "議長",
    "议长", "總統", "总统", "總理", "总理", "首相", "次長", "次长", "處長",
    "处长", "司長", "司长", "秘書長", "秘书长", "召集人", "發言人", "发言人",
    "主任", "署長", "檢察官", "法官", "大使", "州長", "州长", "參議員",
    "参议员", "眾議員", "众议员", NULL};

/* Words that end in a colon in prose but are not speakers. */
static const char *const PROSE_EXACT[] = {
    "例如", "比如", "譬如", "如下", "包括", "注意", "總之", "总之", "結論",
    "结论", "原因", "問題", "问题", "答案", "重點", "重点", "結果", "结果",
    "備註", "备注", "附註", "附注", "註", "注", "說明", "说明", "來源",
    "来源", "資料來源", "资料来源", "摘要", "提示", "警告", "定義", "定义",
    "目標", "目标", "優點", "优点", "缺點", "缺点", "地址", "電話", "电话",
    "時間", "时间", "地點", "地点", "日期", "作者", "標題", "标题", "關鍵字",
    "关键词", "小結", "小结", "總結", "总结", "前言", "後記", "后记", "編按",
    "编按", "編者按", "编者按", "延伸閱讀", "延伸阅读", "圖", "图", "表",
    "影片", "視頻", "视频", "文", "圖片", "图片", "更新", "補充", "补充",
    "比方說", "也就是說", "換句話說", "换句话说", "事實上", "事实上",
    "值得注意的是", "第一", "第二", "第三", "首先", "其次", "最後", "最后",
    "一", "二", "三", "四", "五", "note", "notes", "update", "source",
    "sources", "http", "https", "ftp", "mailto", "tel", "email", "e-mail",
    "fax", "warning", "tip", "example", "e.g", "i.e", "re", "subject", "from",
    "to", "cc", "date", "time", "title", "tags", "summary", "photo", "image",
    "video", "link", "url", "www", NULL};

/* Name endings that make "X：" prose (a verb of saying, a preposition). */
static const char *const PROSE_SUFFIX[] = {
    "說", "说", "道", "表示", "指出", "認為", "认为", "強調", "强调", "寫道",
    "写道", "提到", "稱", "称", "如下", "以下", "包括", "例如", "比如", "是",
    "為", "为", "有", "了", "的", "下", "中", "上", "時", "时", "後", "后",
    "裡", "里", "看", "想", "覺得", "觉得", "宣布", "宣佈", "公告", "規定",
    "规定", "寫", "写", "提醒", "問道", "问道", "回答說", "回答说", "答道",
    "回應", "回应", "坦言", "直言", "透露", "補充", "补充", "問", "问",
    "答", "在於", "在于", "說明", "说明", "提醒", "注意", "事項", "事项", "如", "即", "曰", "云", "及", "等", NULL};

/* Name beginnings that make it prose (pronouns, determiners). */
static const char *const PROSE_PREFIX[] = {
    "他", "她", "它", "我", "你", "您", "咱", "這", "这", "那", "其", "此",
    "該", "该", "以下", "如下", "下面", "上面", "有人", "大家", "每", "各",
    "一些", "某", "如果", "因為", "因为", "所以", "但", "而", "並", "并",
    "就", "也", "還", "还", "在", "對", "对", "從", "从", "當", "当", "於",
    "于", "把", "被", "讓", "让", "給", "给", NULL};

/* Particles that never begin a turn after a space-separated name. */
static const char *const SPACE_BAD_NEXT[] = {
    "的", "和", "與", "与", "及", "年", "月", "日", "%", NULL};

/* Words that may begin a reply (會，但… / 也是 / 在增加) but also make the
 * name the subject of a sentence (張三 會去): such a line does not count
 * toward accepting the name, and is a label only when the line before asks
 * or the word stands alone before punctuation. */
static const char *const SPACE_SUBJECT_NEXT[] = {
    "在", "也", "將", "将", "會", "会", "已", "就", "都", "把", "被", NULL};

/* A label whose acceptance needs more than its name (SPACE_SUBJECT_NEXT);
 * kept in the shape's high bits while labels are collected. */
#define LABEL_WEAK 0x100
/* A name and a time stamp alone on a line (主持人 00:12:03, [00:12:03]
 * 主持人): the text follows on the next line. */
#define LABEL_ALONE 0x200
/* A name alone on a line with nothing else (許雅婷, the text on the next
 * line): a label only when the name recurs so, or is a role. */
#define LABEL_BARE 0x400
#define LABEL_FLAGS (LABEL_WEAK | LABEL_ALONE | LABEL_BARE)

/* (the first or last byte is compared first: these run for every line) */
static bool S_in(const char *const *list, const char *s, size_t n) {
  for (size_t i = 0; list[i]; i++)
    if (list[i][0] == s[0] && strlen(list[i]) == n && memcmp(list[i], s, n) == 0) return true;
  return false;
}

static bool S_has_suffix(const char *const *list, const char *s, size_t n,
                         bool proper) {
  for (size_t i = 0; list[i]; i++) {
    size_t l = strlen(list[i]);
    if (l <= n && list[i][l - 1] == s[n - 1] && (!proper || l < n) &&
        memcmp(list[i], s + n - l, l) == 0)
      return true;
  }
  return false;
}

static bool S_has_prefix(const char *const *list, const char *s, size_t n) {
  for (size_t i = 0; list[i]; i++) {
    if (list[i][0] != s[0]) continue;
    size_t l = strlen(list[i]);
    if (l <= n && memcmp(list[i], s, l) == 0) return true;
  }
  return false;
}

static bool S_has_infix(const char *s, size_t n, const char *w) {
  size_t l = strlen(w);
  for (size_t i = 0; i + l <= n; i++)
    if (memcmp(s + i, w, l) == 0) return true;
  return false;
}

size_t lc_ordinal_base(const char *k, size_t n) {
  static const char MARK[] = "甲乙丙丁戊己庚一二三四五六七八九十";
  size_t b = n;
  if (b > 3 && (memcmp(k + b - 3, "號", 3) == 0 || memcmp(k + b - 3, "号", 3) == 0)) b -= 3;
  size_t marks = 0;
  while (b > 3 && marks < 2 && lc_in_set(k + b - 3, MARK, 3)) b -= 3, marks++;
  if (!marks) { /* digits (one or two), or one letter, after a CJK character: 記者a, not Jensen */
    size_t d = 0;
    while (d < 2 && b > d + 1 && k[b - 1 - d] >= '0' && k[b - 1 - d] <= '9') d++;
    if (!d && b > 1 && k[b - 1] >= 'a' && k[b - 1] <= 'z') d = 1;
    while (d && b - d > 1 && k[b - d - 1] == ' ') d++; /* 觀眾 2 */
    if (d && b > d && (unsigned char)k[b - d - 1] >= 0x80) b -= d, marks = 1;
  }
  return marks ? b : n;
}

/* A person's role numbered (聽眾一, 觀眾B, 記者2, 來賓甲, 聽眾3號): each one
 * asks once (not 提問一, 回答一: questions and answers numbered). */
static const char *const PEOPLE[] = {"聽眾", "听众", "觀眾", "观众", "記者", "记者", "來賓", "来宾",
                                     "嘉賓", "嘉宾", "學生", "学生", "受訪者", "受访者", "網友",
                                     "网友", "與會者", "与会者", "主持人", NULL};

static bool S_numbered_role(const char *key, size_t n) {
  size_t b = lc_ordinal_base(key, n);
  return b < n && S_in(PEOPLE, key, b);
}

bool lc_label_is_role(const char *key, size_t n) {
  return S_in(ROLE_EXACT, key, n) || S_numbered_role(key, n) || S_has_suffix(OFFICIAL_SUFFIX, key, n, false) ||
         (lc_u8_count(key, n) <= 8 && (S_has_infix(key, n, "委員") || S_has_infix(key, n, "委员")));
}

/* Role words that may stand before a personal name in a label (主持人
 * 陳文茜, 記者林志明, 來賓 Mary Chen). */
static const struct { const char *w; lc_role r; } ROLE_WORD[] = {
    {"主持人", LC_ROLE_HOST},        {"主播", LC_ROLE_HOST},         {"記者", LC_ROLE_REPORTER},
    {"记者", LC_ROLE_REPORTER},      {"來賓", LC_ROLE_GUEST},        {"来宾", LC_ROLE_GUEST},
    {"嘉賓", LC_ROLE_GUEST},         {"嘉宾", LC_ROLE_GUEST},        {"受訪者", LC_ROLE_INTERVIEWEE},
    {"受访者", LC_ROLE_INTERVIEWEE}, {NULL, LC_ROLE_NONE}};

bool lc_label_role_word(const char *k, size_t n, lc_role *role) {
  for (size_t i = 0; ROLE_WORD[i].w; i++)
    if (strlen(ROLE_WORD[i].w) == n && memcmp(ROLE_WORD[i].w, k, n) == 0) {
      *role = ROLE_WORD[i].r;
      return true;
    }
  return false;
}

size_t lc_label_role_prefix(const char *v, size_t s, size_t e, lc_role *role) {
  for (size_t k = 0; ROLE_WORD[k].w; k++) {
    size_t l = strlen(ROLE_WORD[k].w);
    if (e - s <= l || memcmp(v + s, ROLE_WORD[k].w, l) != 0) continue;
    size_t a = s + l;
    while (a < e && v[a] == ' ') a++;
    size_t chars = lc_u8_count(v + a, e - a), sl = lc_surname_len(v, a, e);
    bool latin = (v[a] >= 'a' && v[a] <= 'z') || (v[a] >= 'A' && v[a] <= 'Z');
    bool cjk_name = chars >= 2 && chars <= 4 && sl > 0 && sl < e - a;
    if (!cjk_name && !(latin && a > s + l)) return 0;
    *role = ROLE_WORD[k].r;
    return a - s;
  }
  return 0;
}

/* Is s[0..n) (view bytes, trimmed) acceptable as a name at all? */
static bool S_name_ok(const char *s, size_t n, bool colon) {
  if (n == 0 || n > MAX_NAME_BYTES) return false;
  size_t chars = 0, latin = 0, cjk = 0, digits = 0;
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    size_t l;
    uint32_t c = lc_u8dec(p + i, &l);
    i += l;
    chars++;
    if (c >= '0' && c <= '9') { digits++; if (chars == 1) return false; continue; }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c < 0x250)) {
      latin++;
      continue;
    }
    if (lc_is_cjk(c)) { cjk++; continue; }
    if (c == ' ' || c == '.' || c == '-' || c == '\'' || c == 0xB7 ||
        c == 0x30FB || c == 0x2027 || c == '(' || c == ')' || c == '_')
      continue;
    if (c >= 0x3040 && c <= 0x30FF) continue; /* kana, for Japanese names */
    if (c >= 0xAC00 && c <= 0xD7AF) continue; /* hangul syllables */
    return false;                             /* punctuation, symbols */
  }
  if (chars > MAX_NAME_CHARS || latin + cjk == 0) return false;
  if (s[0] == ' ' || s[n - 1] == ' ' || s[0] == '(' || s[0] == '.') return false;
  lc_role role;
  if (cjk > 0 && memchr(s, ' ', n) && latin == 0 && !lc_label_role_prefix(s, 0, n, &role))
    return false; /* 兩 個詞, but 主持人 陳文茜 */
  if (latin > 0 && cjk == 0) { /* at most four words of Latin */
    size_t words = 1;
    for (size_t i = 0; i < n; i++) words += s[i] == ' ';
    if (words > 4) return false;
  }
  if (lc_label_is_role(s, n)) return true;
  if (S_in(PROSE_EXACT, s, n)) return false;
  if (colon && cjk > 0) {
    if (S_has_prefix(PROSE_PREFIX, s, n)) return false;
    /* one-character endings (下, 中, 如 …) also end names: only for longer
     * strings, which names seldom are */
    for (size_t i = 0; PROSE_SUFFIX[i]; i++) {
      size_t l = strlen(PROSE_SUFFIX[i]);
      if (l > n || PROSE_SUFFIX[i][l - 1] != s[n - 1]) continue;
      bool single = lc_u8_count(PROSE_SUFFIX[i], l) == 1;
      bool always = strcmp(PROSE_SUFFIX[i], "說") == 0 || strcmp(PROSE_SUFFIX[i], "说") == 0;
      if (single && !always && chars < 5) continue;
      if (l <= n && memcmp(PROSE_SUFFIX[i], s + n - l, l) == 0) return false;
    }
  }
  return true;
}

/* S_name_ok remembered: the same few names (and the same words before a
 * colon) come back on line after line, and document after document (the
 * answer depends on the string alone: one memo per thread, kept). */
#define MEMO_SIZE 256
typedef struct name_memo {
  uint32_t hash;
  uint8_t len;   /* 0: empty */
  bool colon, ok;
  char key[MAX_NAME_BYTES];
} name_memo;

static bool S_name_ok_memo(name_memo *memo, const char *s, size_t n, bool colon) {
  if (n == 0 || n > MAX_NAME_BYTES) return false;
  uint32_t h = 2166136261u;
  for (size_t k = 0; k < n; k++) h = (h ^ (unsigned char)s[k]) * 16777619u;
  name_memo *m = &memo[(h ^ colon) & (MEMO_SIZE - 1)];
  if (m->len == n && m->hash == h && m->colon == colon && memcmp(m->key, s, n) == 0) return m->ok;
  bool ok = S_name_ok(s, n, colon);
  m->hash = h;
  m->len = (uint8_t)n;
  m->colon = colon;
  m->ok = ok;
  memcpy(m->key, s, n);
  return ok;
}

/* Common Chinese surnames (about 250, Traditional and Simplified), single
 * then compound: a one-off CJK name is person-like when it starts with one
 * (or with 小/老 and one: 小陳, 老王), or ends with a title. Run-in headings
 * in prose (現況：, 挑戰：, 背景：) seldom do; surnames that mostly begin
 * other words (關, 常, 向, 安, 文, 應 …) are left out. */
static const char *const SURNAME[] = {
    "陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭",
    "謝", "郭", "洪", "曾", "邱", "廖", "賴", "周", "徐", "蘇", "葉", "莊",
    "呂", "江", "何", "蕭", "羅", "高", "簡", "朱", "鍾", "施", "游", "詹",
    "沈", "彭", "胡", "余", "盧", "潘", "顏", "梁", "趙", "柯", "翁", "魏",
    "方", "孫", "戴", "范", "宋", "鄧", "杜", "侯", "曹", "薛", "傅", "丁",
    "溫", "紀", "蔣", "歐", "藍", "連", "唐", "馬", "董", "石", "卓", "程",
    "姚", "康", "馮", "古", "姜", "湯", "汪", "白", "田", "涂", "鄒", "巫",
    "尤", "鐘", "龔", "嚴", "韓", "黎", "阮", "袁", "童", "陸", "金", "錢",
    "邵", "于", "任", "崔", "譚", "賈", "夏", "韋", "付", "肖", "孟", "熊",
    "秦", "尹", "閻", "閆", "雷", "龍", "史", "陶", "賀", "顧", "毛", "郝",
    "萬", "覃", "武", "莫", "孔", "喬", "齊", "龐", "聶", "岳", "殷", "耿",
    "焦", "俞", "柳", "甘", "祝", "寧", "舒", "柴", "甄", "辛", "凌", "畢",
    "季", "裴", "霍", "苗", "盛", "翟", "駱", "饒", "麥", "岑", "車", "陈",
    "黄", "张", "吴", "刘", "杨", "许", "郑", "谢", "赖", "苏", "叶", "庄",
    "吕", "萧", "罗", "简", "钟", "卢", "颜", "赵", "孙", "邓", "温", "纪",
    "蒋", "欧", "蓝", "连", "马", "冯", "汤", "邹", "龚", "严", "韩", "陆",
    "钱", "谭", "贾", "韦", "阎", "闫", "龙", "贺", "顾", "万", "乔", "齐",
    "庞", "聂", "宁", "毕", "骆", "饶", "麦", "车", "牛", "樊", "葛", "邢",
    "倪", "章", "魯", "蘭", "尚", "符", "梅", "冉", "靳", "蒙", "鮑", "喻",
    "祁", "蒲", "房", "滕", "屈", "牟", "艾", "穆", "繆", "項", "褚", "婁",
    "竇", "戚", "宮", "卜", "冷", "晏", "席", "米", "柏", "瞿", "桂", "佟",
    "臧", "閔", "苟", "鄔", "卞", "姬", "仇", "欒", "隋", "刁", "寇", "郎",
    "叢", "仲", "虞", "敖", "鞏", "佘", "遲", "鄺", "湛", "冼", "伍", "鄢",
    "諶", "奚", "粟", "藺", "厲", "闞", "帥", "屠", "禹", "漆", "卿", "狄",
    "晁", "芮", "闕", "扈", "辜", "鲁", "兰", "鲍", "缪", "项", "娄", "窦",
    "宫", "闵", "邬", "栾", "丛", "巩", "迟", "邝", "谌", "蔺", "厉", "阚",
    "帅", "阙",
    "歐陽", "欧阳", "司馬", "司马", "諸葛", "诸葛", "上官", "東方",
    "东方", "皇甫", "尉遲", "尉迟", "公孫", "公孙", "慕容", "長孫",
    "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西門", "西门",
    "南宮", "南宫", "張簡", "张简", "范姜", "澹臺", "澹台",
    NULL};

size_t lc_surname_len(const char *v, size_t i, size_t e) {
  size_t best = 0;
  if (e < i + 3) return 0; /* every surname's first character is three bytes */
  for (size_t k = 0; SURNAME[k]; k++) {
    const char *s = SURNAME[k];
    if (s[2] != v[i + 2] || s[1] != v[i + 1] || s[0] != v[i]) continue;
    size_t l = strlen(s);
    if (l > best && l <= e - i && memcmp(v + i + 3, s + 3, l - 3) == 0) best = l;
  }
  return best;
}

/* A legislator's name with the title inside it (張委員立德, 林議員淑芬: a
 * surname, the title, one or two characters of given name): where the title
 * starts in k[0..n) and its length, or 0. */
size_t lc_inner_title(const char *k, size_t n, size_t *at) {
  static const char *const TITLE[] = {"委員", "委员", "議員", "议员", NULL};
  if (n < 12 || n > 18) return 0; /* most labels: the surname's length is asked only after */
  for (size_t t = 0; TITLE[t]; t++) {
    size_t sl = memcmp(k + 3, TITLE[t], 6) == 0 ? 3 : memcmp(k + 6, TITLE[t], 6) == 0 ? 6 : 0;
    if (!sl || n < sl + 9 || n > sl + 12 || lc_surname_len(k, 0, n) != sl) continue;
    for (size_t i = sl + 6; i < n; i += 3)
      if (!lc_is_cjk_lead((unsigned char)k[i]) || i + 3 > n) return 0;
    *at = sl;
    return 6;
  }
  return 0;
}

static bool S_surname_start(const char *k, size_t n) {
  if (n > 6 && (memcmp(k, "小", 3) == 0 || memcmp(k, "老", 3) == 0) &&
      S_has_prefix(SURNAME, k + 3, n - 3))
    return true;
  return S_has_prefix(SURNAME, k, n);
}

/* Titles that follow a name (王教授) or stand before it (主任吳世昌). */
static const char *const TITLE[] = {
      "先生", "女士", "小姐", "教授", "博士", "老師", "老师", "院士", "執行長",
      "执行长", "董事長", "董事长", "總裁", "总裁", "經理", "经理", "主任",
      "律師", "律师", "醫師", "医师", "醫生", "医生", "同學", "同学", "研究員",
      "研究员", "分析師", "分析师", "創辦人", "创办人", "總經理", "总经理", "校長",
      "校长", "會長", "会长", "理事長", "理事长", "社長", "社长", "總監", "总监",
      "主編", "主编", "教練", "教练", "代表", "學者", "学者", "專家", "专家",
      "工程師", "工程师", "觀眾", "观众", "聽眾", "听众", "來賓", "来宾", "嘉賓",
      "嘉宾", "網友", "网友", "記者", "记者", "主持人", "部長", "部长", "院長",
      "院长", "委員", "委员", "議員", "议员", "總統", "总统", "市長", "市长",
      "主席", "經濟學家", "经济学家", "專欄作家", "专栏作家", "次長", "次长", "署長",
      "署长", "局長", "局长", "處長", "处长", "主委", "大使", "司長", "司长", "廳長",
      "厅长", "縣長", "县长", "州長", "州长", "參議員", "参议员", "眾議員", "众议员",
      "發言人", "发言人", "策略長", "策略长", "技術長", "技术长", "營運長", "营运长",
      "財務長", "财务长", "副總裁", "副总裁", "副總統", "副总统", "執行官", "执行官",
      "行政總裁", "行政总裁", "董事", "顧問", "顾问", "講師", "讲师", "組長", "组长", "科長",
      "科长", "廠長", "厂长", "行長", "行长", "協理", "协理", "合夥人", "合伙人", "投資長",
      "投资长", "總編輯", "总编辑", "立委", "議長", "议长", "秘書長", "秘书长", "總幹事",
      "总干事", "理事", "監事", "监事", "創始人", "创始人", "總理", "总理", "首相", "負責人",
      "负责人", "外長", "外长", "財長", "财长", "大臣", "國務卿", "国务卿", "首長", "首长",
      "領事", "领事", "幕僚長", "幕僚长", "參事", "参事", "官員", "官员", NULL};

size_t lc_title_suffix(const char *v, size_t s, size_t e) {
  size_t best = 0;
  for (size_t k = 0; TITLE[k]; k++) {
    size_t l = strlen(TITLE[k]);
    if (l > best && l <= e - s && memcmp(v + e - l, TITLE[k], l) == 0) best = l;
  }
  return best;
}

/* A nickname (阿凱, 小美, 老周: 阿, 小 or 老 and one character, not 小結 or
 * 小計) or a side in a debate and its speaker (正方一辯, 反方結辯)? */
static bool S_nickname(const char *k, size_t n, size_t chars) {
  static const char *const NICK[] = {"阿", "小", "老", NULL},
                           *const NOT[] = {"小結", "小结", "小計", "小计", "小標", "小标", "老實",
                                           "老实", NULL},
                           *const SIDE[] = {"正方", "反方", NULL};
  if (chars == 2 && S_has_prefix(NICK, k, n) && !S_in(NOT, k, n)) return true;
  return chars >= 3 && chars <= 6 && S_has_prefix(SIDE, k, n);
}

/* A personal name: a title after a name (or a role word: 現場觀眾) or alone, 2-4
 * Chinese characters that start with a surname, or one to three Latin
 * words. */
static bool S_person_like_n(const char *k, size_t n) {
  size_t chars = lc_u8_count(k, n), cjk = 0, latin = 0, words = 1;
  for (size_t i = 0; i < n;) {
    size_t l;
    uint32_t c = lc_u8dec((const unsigned char *)k + i, &l);
    if (lc_is_cjk(c)) cjk++;
    else if (c >= 'a' && c <= 'z') latin++;
    else if (c == ' ') words++;
    i += l;
  }
  if (S_has_suffix(TITLE, k, n, true)) return true;
  /* a title alone, of two characters or more (財務長, 董事長: the one who
   * holds it in an earnings call or a hearing) */
  if (chars >= 2 && S_in(TITLE, k, n) && !(n == 6 && (memcmp(k, "代表", 6) == 0 || memcmp(k, "董事", 6) == 0)))
    return true;
  lc_role role;
  if (lc_label_role_prefix(k, 0, n, &role)) return true; /* 記者林志明 */
  /* 聽眾阿財, 觀眾林小姐, 網友小周: one of the people a show hears, then who */
  for (size_t i = 0; PEOPLE[i]; i++) {
    size_t l = strlen(PEOPLE[i]), rest = n - l;
    if (l >= n || memcmp(k, PEOPLE[i], l) != 0) continue;
    size_t rc = lc_u8_count(k + l, rest);
    /* (a nickname, or a surname and two or three more: 觀眾高呼 is prose) */
    if (rc <= 4 && (S_nickname(k + l, rest, rc) || (rc >= 3 && S_surname_start(k + l, rest))))
      return true;
  }
  /* 聽眾甲, 記者乙, 記者a, 來賓1: a role or title, then which one */
  size_t b = lc_ordinal_base(k, n);
  if (b < n && b > 0 && (unsigned char)k[b - 1] >= 0x80 &&
      (S_in(PEOPLE, k, b) || S_has_suffix(TITLE, k, b, false)))
    return true;
  if (cjk == chars) return (chars >= 2 && chars <= 4 && S_surname_start(k, n)) || S_nickname(k, n, chars);
  if (cjk >= 2 && cjk == chars - 1 && cjk <= 10) /* a name transliterated: 馬克·溫特斯 */
    for (size_t e = 5; e + 3 <= n; e++)
      if (lc_dot_before(k, 3, e)) return true;
  return latin && !cjk && words <= 3;
}

static bool S_person_like(const char *k) { return S_person_like_n(k, strlen(k)); }

/* Only CJK characters (no Latin, digits or symbols)? */
static bool S_cjk_only(const char *k) {
  for (size_t i = 0; k[i];) {
    size_t l;
    if (!lc_is_cjk(lc_u8dec((const unsigned char *)k + i, &l))) return false;
    i += l;
  }
  return true;
}

/* The length of a time stamp at v[j..e) (00:12:03, 12:03, 0:12:03.500,
 * (00:12:03), [12:03]), or 0: one to three digits, then one or two groups
 * of a colon and two digits, perhaps a fraction of a second, in brackets or
 * not. */
static size_t S_time_len(const char *v, size_t j, size_t e) {
  size_t a = j;
  char close = 0;
  if (j < e && (v[j] == '(' || v[j] == '[')) close = v[j++] == '(' ? ')' : ']';
  size_t d = 0;
  while (j < e && d < 3 && v[j] >= '0' && v[j] <= '9') j++, d++;
  if (!d) return 0;
  int groups = 0;
  while (groups < 2 && j + 2 < e && v[j] == ':' && v[j + 1] >= '0' && v[j + 1] <= '9' &&
         v[j + 2] >= '0' && v[j + 2] <= '9') {
    j += 3;
    groups++;
  }
  if (!groups || (j < e && v[j] >= '0' && v[j] <= '9')) return 0;
  if (j + 1 < e && (v[j] == '.' || v[j] == ',') && v[j + 1] >= '0' && v[j + 1] <= '9') {
    j++;
    while (j < e && v[j] >= '0' && v[j] <= '9') j++;
  }
  if (close) {
    if (j >= e || v[j] != close) return 0;
    j++;
  }
  return j - a;
}

/* Does v[s..e) name a time of day or a date (上午, 下午 3點, 五月五日,
 * 星期一)?  Before a time stamp it is a schedule's line, not a speaker's. */
static bool S_time_word(const char *v, size_t s, size_t e) {
  static const char *const END[] = {"午", "晨", "晚", "晚上", "早上", "天", "日", "號", "号",
                                    "年", "月", "時", "时", "點", "点", "分", "起", "至", "到",
                                    "am", "pm", "a.m.", "p.m.", NULL};
  static const char *const START[] = {"星期", "禮拜", "礼拜", "週", NULL};
  return S_has_suffix(END, v + s, e - s, false) || S_has_prefix(START, v + s, e - s);
}

/* Skip what may stand before a label on a line: indentation, Markdown
 * containers (quote markers, list bullets) and a time stamp (*timed says
 * whether there was one). */
static size_t S_skip_prefix(const char *v, size_t i, size_t e, bool md, bool *timed) {
  for (int guard = 0; guard < 64 && i < e; guard++) {
    unsigned char c = (unsigned char)v[i];
    if (c == ' ' || c == '\t') { i++; continue; }
    if (md && c == '>') { i++; continue; }
    if (md && (c == '-' || c == '*' || c == '+') && i + 1 < e && v[i + 1] == ' ' &&
        !(c == '*' && i + 1 < e && v[i + 1] == '*')) {
      i += 2;
      continue;
    }
    break;
  }
  /* time stamps: [00:12], 00:12:34, (12:30), and with a fraction of a
   * second: [00:01:20.250], 00:01:20,250 */
  size_t j = i;
  bool br = j < e && (v[j] == '[' || v[j] == '(');
  if (br) j++;
  size_t d = 0, colons = 0;
  while (j < e && ((v[j] >= '0' && v[j] <= '9') || v[j] == ':')) {
    if (v[j] == ':') colons++; else d++;
    j++;
  }
  if (colons >= 1 && d >= 3 && (!br || (j < e && (v[j] == ']' || v[j] == ')')))) {
    if (br) j++;
    if (j < e && v[j] == ' ') {
      while (j < e && v[j] == ' ') j++;
      *timed = true;
      return j;
    }
  }
  if (colons && j < e && (v[j] == '.' || v[j] == ',')) { /* a fraction of a second */
    j = i + S_time_len(v, i, e);
    if (j > i && j < e && v[j] == ' ') {
      while (j < e && v[j] == ' ') j++;
      *timed = true;
      return j;
    }
  }
  return i;
}

/* A title in brackets after a name (黃仁勳（輝達執行長）, Jensen Huang
 * (NVIDIA); （） are () in the view): where the name ends, before it; else
 * ne.  The title is at most MAX_PAREN_CHARS characters, not a sentence. */
static size_t S_paren_title_start_n(const char *v, size_t ns, size_t ne, size_t max);
static size_t S_paren_title_start(const char *v, size_t ns, size_t ne) {
  return S_paren_title_start_n(v, ns, ne, MAX_PAREN_CHARS);
}

/* The same, with a title of at most max characters. */
static size_t S_paren_title_start_n(const char *v, size_t ns, size_t ne, size_t max) {
  if (ne <= ns || v[ne - 1] != ')') return ne;
  size_t o = ne - 1, chars = 0;
  while (o > ns && v[o - 1] != '(') {
    unsigned char c = (unsigned char)v[o - 1];
    if (c == ')' || c == '?' || c == '!') return ne;
    if (c == 0x82 && o - ns >= 3 && (unsigned char)v[o - 2] == 0x80 &&
        (unsigned char)v[o - 3] == 0xE3)
      return ne; /* 。 */
    chars += (c & 0xC0) != 0x80;
    if (chars > max) return ne;
    o--;
  }
  if (o <= ns + 1 || o == ne - 1) return ne; /* no '(', nothing before it, or () */
  size_t k = o - 1;
  while (k > ns && v[k - 1] == ' ') k--;
  return k > ns ? k : ne;
}

/* A numbered question or answer (Q1, A2, 問三, 答10): the end of the role
 * word, so that every number is the same speaker as Q, A, 問, 答; else ne. */
static size_t S_qa_number_end(const char *v, size_t ns, size_t ne) {
  static const char *const QA[] = {"q", "a", "問", "问", "答", NULL};
  static const char *const NUM[] = {"一", "二", "三", "四", "五", "六", "七", "八",
                                    "九", "十", "〇", NULL};
  for (size_t i = 0; QA[i]; i++) {
    size_t l = strlen(QA[i]);
    if (ne - ns <= l || memcmp(v + ns, QA[i], l) != 0) continue;
    size_t j = ns + l;
    while (j < ne && v[j] == ' ') j++;
    size_t d = j;
    while (j < ne) {
      if (v[j] >= '0' && v[j] <= '9') { j++; continue; }
      if (ne - j >= 3 && S_in(NUM, v + j, 3)) { j += 3; continue; }
      break;
    }
    if (j > d && j - d <= 9 && (j == ne || (j + 1 == ne && v[j] == '.'))) return ns + l;
    return ne;
  }
  return ne;
}

/* A role or a person and a word of asking or answering (記者問, 記者追問,
 * 黃仁勳答, 主持人問, 林委員（國民黨）問): where the name ends, before the
 * word and a title in brackets, so that it is the same speaker as the name's
 * other labels; else ne.  What stands before must be a role (記者, 主席,
 * …委員) or look like a person's name (a surname, a title): 顧問, 請問,
 * 他問 keep their last character. */
static size_t S_ask_suffix_end(const char *v, size_t ns, size_t ne) {
  static const char *const ASK[] = {"追問", "追问", "再問", "再问", "又問", "又问", "續問",
                                    "续问", "提問", "提问", "發問", "发问", "反問", "反问",
                                    "回答", "問", "问", "答", NULL};
  if (ne - ns < 9) return ne; /* the word and two characters before it */
  const unsigned char *u = (const unsigned char *)v + ne - 3;
  /* 問 E5 95 8F, 问 E9 97 AE, 答 E7 AD 94 */
  if (!((u[0] == 0xE5 && u[1] == 0x95 && u[2] == 0x8F) ||
        (u[0] == 0xE9 && u[1] == 0x97 && u[2] == 0xAE) ||
        (u[0] == 0xE7 && u[1] == 0xAD && u[2] == 0x94)))
    return ne;
  for (size_t i = 0; ASK[i]; i++) {
    size_t l = strlen(ASK[i]);
    if (ne - ns < l + 6 || memcmp(v + ne - l, ASK[i], l) != 0) continue;
    size_t e = ne - l;
    while (e > ns && v[e - 1] == ' ') e--;
    e = S_paren_title_start(v, ns, e);
    if (e - ns < 6) return ne;
    if (lc_label_is_role(v + ns, e - ns) || S_person_like_n(v + ns, e - ns)) return e;
    return ne;
  }
  return ne;
}

/* After a name and a time stamp alone on line li: is there text to say, on
 * the next line that is not blank, and not a time stamp's (a subtitle's
 * lines all begin with one)?  Then *cstart is where it begins, when it is
 * the very next line (the same paragraph); else the turn takes the next
 * block.  *at (when asked) is where that text begins, on whatever line. */
static bool S_text_follows(const lc_doc *doc, size_t li, size_t le, size_t *cstart, size_t *at) {
  const char *v = doc->view;
  const size_t *ls = doc->lines.items;
  size_t nl = doc->lines.len;
  for (size_t k = li + 1; k < nl; k++) {
    size_t s = ls[k], e = k + 1 < nl ? ls[k + 1] : doc->vlen;
    while (s < e && (v[s] == ' ' || v[s] == '\t')) s++;
    if (s >= e || v[s] == '\n') continue;
    if ((v[s] >= '0' && v[s] <= '9') || v[s] == '[' || v[s] == '(') return false;
    *cstart = k == li + 1 ? s : le;
    if (at) *at = s;
    return true;
  }
  return false;
}

static bool S_blank_line(const lc_doc *doc, size_t li);

/* A name alone on line li (v[i..e), its spaces trimmed), after a blank line
 * or the body's start, with text on the very next line that is no such
 * name itself (not a list of names): where that text starts, or 0. */
static size_t S_bare_name(const lc_doc *doc, size_t li, size_t i, size_t e, name_memo *memo) {
  const char *v = doc->view;
  const size_t *ls = doc->lines.items;
  size_t nl = doc->lines.len;
  if (e - i > MAX_NAME_BYTES || li + 1 >= nl) return 0;
  if (li > 0 && ls[li - 1] >= doc->body_start && !S_blank_line(doc, li - 1)) return 0;
  size_t s; /* the text, on the very next line (S_text_follows gives e when later) */
  if (!S_text_follows(doc, li, e, &s, NULL) || s == e || v[s] == '#') return 0;
  size_t t = li + 2 < nl ? ls[li + 2] : doc->vlen;
  while (t > s && (v[t - 1] == '\n' || v[t - 1] == ' ' || v[t - 1] == '\t')) t--;
  if (!(S_person_like_n(v + i, e - i) || lc_label_is_role(v + i, e - i))) return 0;
  if (S_person_like_n(v + s, t - s)) return 0;
  if (!S_name_ok_memo(memo, v + i, e - i, true)) return 0;
  return s;
}

/* Find a candidate label on the line v[ls..le). */
static bool S_candidate(const lc_doc *doc, size_t li, size_t ls, size_t le, name_memo *memo,
                        lc_label *out) {
  const char *v = doc->view;
  bool md = doc->markdown;
  bool timed = false;
  size_t i = S_skip_prefix(v, ls, le, md, &timed);
  if (i >= le) return false;
  size_t ns = 0, ne = 0, after = 0;
  int shape = 0, weak = 0, alone = 0;
  /* **Name**: or **Name:** (also __Name__) */
  if (i + 2 < le && ((v[i] == '*' && v[i + 1] == '*') || (v[i] == '_' && v[i + 1] == '_'))) {
    char m = v[i];
    size_t j = i + 2, lim = i + 2 + MAX_NAME_BYTES + MAX_PAREN_BYTES + 3;
    while (j + 1 < le && j < lim && !(v[j] == m && v[j + 1] == m)) j++;
    if (j + 1 < le && v[j] == m && v[j + 1] == m) {
      size_t close = j;
      ns = i + 2;
      if (close > ns && v[close - 1] == ':') { /* **Name:** */
        ne = close - 1;
        after = close + 2;
        shape = LC_LABEL_BOLD;
      } else if (close + 2 < le && v[close + 2] == ':') { /* **Name**: */
        ne = close;
        after = close + 3;
        shape = LC_LABEL_BOLD;
      } else if (md) { /* **問：…？** a whole question in bold, its label inside */
        const char *q = memchr(v + ns, ':', close - ns);
        if (q && q > v + ns && (size_t)(q - v) + 1 < close) {
          ne = (size_t)(q - v);
          after = ne + 1;
          shape = LC_LABEL_BOLD;
        }
      }
    }
  }
  /* 【Name】 */
  if (!shape && i + 3 <= le && memcmp(v + i, "\xE3\x80\x90", 3) == 0) {
    const char *q = NULL;
    size_t lim = le - i < MAX_NAME_BYTES + MAX_PAREN_BYTES + 6
                     ? le - i : MAX_NAME_BYTES + MAX_PAREN_BYTES + 6;
    for (size_t j = i + 3; j + 3 <= i + lim; j++)
      if (memcmp(v + j, "\xE3\x80\x91", 3) == 0) { q = v + j; break; }
    if (q) {
      ns = i + 3;
      ne = (size_t)(q - v);
      after = ne + 3;
      if (after < le && v[after] == ':') after++;
      shape = LC_LABEL_BRACKET;
    }
  }
  /* Name: */
  if (!shape) {
    size_t lim = le - i < MAX_NAME_BYTES + MAX_PAREN_BYTES + 1
                     ? le : i + MAX_NAME_BYTES + MAX_PAREN_BYTES + 1;
    const char *q = memchr(v + i, ':', lim - i);
    if (q && q > v + i && q + 1 < v + le && q[-1] >= '0' && q[-1] <= '9' && q[1] >= '0' &&
        q[1] <= '9') {
      /* a time stamp after the name (主持人 00:12:03：, 主持人（00:12:03）：,
       * or alone: 主持人 00:12:03, the text on the next line) */
      size_t k = (size_t)(q - v);
      while (k > i && v[k - 1] >= '0' && v[k - 1] <= '9') k--;
      if (k > i && (v[k - 1] == '(' || v[k - 1] == '[')) k--;
      size_t t = k > i && (v[k] == '(' || v[k] == '[' || v[k - 1] == ' ') ? S_time_len(v, k, le) : 0;
      if (t) {
        size_t j = k + t, n0 = k;
        while (j < le && v[j] == ' ') j++;
        while (n0 > i && v[n0 - 1] == ' ') n0--;
        after = j < le && v[j] == ':' ? j + 1 : j; /* (text may follow the time at once) */
        if (n0 > i && !S_time_word(v, i, n0) && (j < le || S_text_follows(doc, li, le, &after, NULL)) &&
            S_name_ok_memo(memo, v + i, n0 - i, true)) {
          ns = i;
          ne = n0;
          shape = LC_LABEL_COLON;
          if (j == le) alone = LABEL_ALONE;
        }
        q = j < le && v[j] == ':' ? v + j : NULL;
      }
    }
    if (!shape && q && q > v + i) {
      ns = i;
      ne = (size_t)(q - v);
      after = ne + 1;
      /* not a URL or a time or score (http://, 10:30, 3:2); a name before
       * a figure is a label (答：2025年…) */
      while (ne > ns && v[ne - 1] == ' ') ne--;
      ne = S_paren_title_start(v, ns, S_ask_suffix_end(v, ns, ne));
      bool digit_after = after < le && v[after] >= '0' && v[after] <= '9';
      bool digit_before = ne > ns && v[ne - 1] >= '0' && v[ne - 1] <= '9';
      if (!(after < le && (v[after] == '/' || (digit_after && digit_before))) &&
          S_name_ok_memo(memo, v + ns, ne - ns, true))
        shape = LC_LABEL_COLON;
    }
  }
  /* [00:12:03] Name, alone, the text on the next line (before Name<space>
   * text: [00:12:03] 主持人 陳文茜 is a role and a name) */
  if (!shape && timed) {
    size_t e = le;
    while (e > i && v[e - 1] == ' ') e--;
    if (S_name_ok_memo(memo, v + i, e - i, true) && !S_time_word(v, i, e) &&
        S_text_follows(doc, li, le, &after, NULL)) {
      ns = i;
      ne = e;
      shape = LC_LABEL_COLON;
      alone = LABEL_ALONE;
    }
  }
  /* ### Name: a Markdown heading that is a name alone (its title in
   * brackets), the turn in the paragraphs after it */
  if (!shape && !timed && md && v[i] == '#') {
    size_t h = i, e = le;
    while (h < le && h - i < 6 && v[h] == '#') h++;
    if (h < le && v[h] == ' ') {
      while (h < le && v[h] == ' ') h++;
      while (e > h && (v[e - 1] == ' ' || v[e - 1] == '#')) e--;
      size_t ne2 = S_paren_title_start(v, h, e), c, at;
      /* (the text after a blank line: not a heading itself) */
      if (ne2 > h && (S_person_like_n(v + h, ne2 - h) || lc_label_is_role(v + h, ne2 - h)) &&
          S_name_ok_memo(memo, v + h, ne2 - h, true) && S_text_follows(doc, li, le, &c, &at) && c == le &&
          v[at] != '#') {
        ns = h;
        ne = ne2;
        after = le;
        shape = LC_LABEL_COLON;
        alone = LABEL_ALONE | LABEL_BARE; /* (once and no other such: a section's title, ### 黃金時代) */
      }
    }
  }
  /* Name, alone, the text on the next line (no colon, no time stamp) */
  if (!shape && !timed) {
    size_t e = le;
    while (e > i && v[e - 1] == ' ') e--;
    size_t c = S_bare_name(doc, li, i, e, memo);
    if (c) {
      ns = i;
      ne = e;
      after = c;
      shape = LC_LABEL_COLON;
      alone = LABEL_ALONE | LABEL_BARE;
    }
  }
  /* Name<space>text */
  if (!shape) {
    size_t j = i;
    const unsigned char *p = (const unsigned char *)v;
    bool latin = (p[j] >= 'a' && p[j] <= 'z');
    if (latin) { /* Latin words, then a space, then a non-Latin character */
      size_t words = 0;
      while (j < le && words < 4) {
        while (j < le && ((p[j] >= 'a' && p[j] <= 'z') || p[j] == '.' || p[j] == '-' || p[j] == '\''))
          j++;
        words++;
        if (j < le && p[j] == ' ' && j + 1 < le && p[j + 1] >= 'a' && p[j + 1] <= 'z') {
          j++;
          continue;
        }
        break;
      }
      if (j < le && p[j] == ' ' && j + 1 < le && p[j + 1] >= 0x80) {
        ns = i; ne = j; after = j + 1; shape = LC_LABEL_SPACE;
      }
    } else {
      size_t chars = 0;
      while (j < le && chars <= 10) {
        size_t l;
        uint32_t c = lc_u8dec(p + j, &l);
        if (!lc_is_cjk(c) && c != 0xB7) break;
        j += l;
        chars++;
      }
      if (chars >= 2 && chars <= 10 && j < le && p[j] == ' ') {
        ns = i; ne = j; after = j + 1; shape = LC_LABEL_SPACE;
      }
    }
    if (shape) {
      size_t k = after;
      while (k < le && v[k] == ' ') k++;
      if (k >= le) return false; /* a space label needs text after it */
      size_t l = lc_u8len((unsigned char)v[k]);
      if (S_in(SPACE_BAD_NEXT, v + k, l)) return false;
      if (v[k] == '(' || v[k] == '-') return false;
      if (S_in(SPACE_SUBJECT_NEXT, v + k, l)) {
        size_t m = k + l;
        size_t ml;
        uint32_t c = m < le ? lc_u8dec((const unsigned char *)v + m, &ml) : 0;
        /* the word alone (會，但… / 在。) is a reply, not a subject's verb */
        if (!(m >= le || c == ',' || c == '.' || c == ' ' || c == 0x3002 || c == 0x3001 ||
              lc_is_sentence_end(c)))
          weak = LABEL_WEAK;
      }
    }
  }
  if (!shape) return false;
  while (ns < ne && v[ns] == ' ') ns++;
  while (ne > ns && v[ne - 1] == ' ') ne--;
  if (shape == LC_LABEL_BOLD || shape == LC_LABEL_BRACKET) ne = S_ask_suffix_end(v, ns, ne);
  if (shape != LC_LABEL_SPACE) ne = S_qa_number_end(v, ns, S_paren_title_start(v, ns, ne));
  if (!S_name_ok_memo(memo, v + ns, ne - ns, shape != LC_LABEL_SPACE)) return false;
  while (after < le && v[after] == ' ') after++;
  out->start = i;
  out->nstart = ns;
  out->nend = ne;
  out->end = after;
  out->cstart = after;
  out->shape = shape | weak | alone;
  return true;
}

/* Is line li blank (white space only)? */
static bool S_blank_line(const lc_doc *doc, size_t li) {
  const size_t *ls = doc->lines.items;
  size_t s = ls[li], e = li + 1 < doc->lines.len ? ls[li + 1] : doc->vlen;
  for (size_t i = s; i < e; i++)
    if (doc->view[i] != ' ' && doc->view[i] != '\t' && doc->view[i] != '\n') return false;
  return true;
}

/* Does the last non-blank line before line li end asking? */
static bool S_prev_line_asks(const lc_doc *doc, size_t li) {
  const char *v = doc->view;
  const size_t *ls = doc->lines.items;
  while (li-- > 0) {
    size_t s = ls[li], e = ls[li + 1];
    if (s < doc->body_start) return false;
    while (e > s && (v[e - 1] == '\n' || v[e - 1] == ' ' || v[e - 1] == '\t')) e--;
    if (e > s) return lc_ends_asking(v, s, e);
  }
  return false;
}

static int S_name_lookup(const lc_doc *doc, const int *hash, size_t hcap, const char *k,
                         size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)k[i]) * 16777619u;
  for (size_t slot = h & (hcap - 1); hash[slot] >= 0; slot = (slot + 1) & (hcap - 1)) {
    const lc_name *nm = &LC_AT(doc->names, lc_name, hash[slot]);
    if (nm->klen == n && memcmp(nm->key, k, n) == 0) return hash[slot];
  }
  return -1;
}

/* The role a cast list gives with a role word (主持人：劉家豪, 與談人：…). */
static int S_cast_role(const char *k, size_t n) {
  static const struct { const char *w; lc_role r; } R[] = {
      {"主持人", LC_ROLE_HOST},        {"主持", LC_ROLE_HOST},          {"主播", LC_ROLE_HOST},
      {"host", LC_ROLE_HOST},          {"moderator", LC_ROLE_HOST},     {"與談人", LC_ROLE_GUEST},
      {"与谈人", LC_ROLE_GUEST},       {"與談者", LC_ROLE_GUEST},       {"与谈者", LC_ROLE_GUEST},
      {"來賓", LC_ROLE_GUEST},         {"来宾", LC_ROLE_GUEST},         {"嘉賓", LC_ROLE_GUEST},
      {"嘉宾", LC_ROLE_GUEST},         {"本集來賓", LC_ROLE_GUEST},     {"本集来宾", LC_ROLE_GUEST},
      {"本期來賓", LC_ROLE_GUEST},     {"本期来宾", LC_ROLE_GUEST},     {"本集嘉賓", LC_ROLE_GUEST},
      {"本集嘉宾", LC_ROLE_GUEST},     {"特別來賓", LC_ROLE_GUEST},     {"特别来宾", LC_ROLE_GUEST},
      {"現場來賓", LC_ROLE_GUEST},     {"现场来宾", LC_ROLE_GUEST},     {"引言人", LC_ROLE_GUEST},       {"座談人", LC_ROLE_GUEST},
      {"座谈人", LC_ROLE_GUEST},       {"評論人", LC_ROLE_GUEST},       {"评论人", LC_ROLE_GUEST},
      {"guest", LC_ROLE_GUEST},        {"panelist", LC_ROLE_GUEST},     {"受訪者", LC_ROLE_INTERVIEWEE},
      {"受访者", LC_ROLE_INTERVIEWEE}, {"interviewee", LC_ROLE_INTERVIEWEE},
      {"記者", LC_ROLE_REPORTER},      {"记者", LC_ROLE_REPORTER},      {"採訪", LC_ROLE_INTERVIEWER},
      {"采访", LC_ROLE_INTERVIEWER},   {"採訪者", LC_ROLE_INTERVIEWER}, {"采访者", LC_ROLE_INTERVIEWER},
      {"訪問者", LC_ROLE_INTERVIEWER}, {"访问者", LC_ROLE_INTERVIEWER}, {"interviewer", LC_ROLE_INTERVIEWER},
      {"主席", LC_ROLE_OFFICIAL},      {"列席", LC_ROLE_OFFICIAL},      {"出席", LC_ROLE_OFFICIAL},
      {"出席委員", LC_ROLE_OFFICIAL},  {"出席委员", LC_ROLE_OFFICIAL},  {"列席官員", LC_ROLE_OFFICIAL},
      {"列席官员", LC_ROLE_OFFICIAL},  {"列席人員", LC_ROLE_OFFICIAL},  {"列席人员", LC_ROLE_OFFICIAL},
      {NULL, LC_ROLE_NONE}};
  for (size_t i = 0; R[i].w; i++)
    if (strlen(R[i].w) == n && memcmp(R[i].w, k, n) == 0) return (int)R[i].r;
  return LC_ROLE_NONE;
}

/* Is v[s..e) a list of people (柯柏宇（新創創辦人）、程采薇, 經濟部發言人 孫立群,
 * 許博士（許哲銘，前架構師）、Kevin): items separated by 、 , / or 和 outside
 * brackets, each a person-like name after any words and a space, with or
 * without a title in brackets?  Returns how many, or 0. */
static size_t S_people(const char *v, size_t s, size_t e) {
  size_t n = 0;
  while (s < e) {
    size_t i = s;
    int depth = 0;
    while (i < e) { /* the item's end */
      if (v[i] == '(') depth++;
      else if (v[i] == ')') depth--;
      else if (!depth && (v[i] == ',' || v[i] == '/' || lc_at(v, i, e, "、") || lc_at(v, i, e, "和") ||
                          lc_at(v, i, e, "與") || lc_at(v, i, e, "与")))
        break;
      i += lc_u8len((unsigned char)v[i]);
    }
    if (depth) return 0;
    /* (a cast list may give a long title: 前…顧問，現為…資深研究員) */
    size_t a = s, b = S_paren_title_start_n(v, s, i, 3 * MAX_PAREN_CHARS);
    while (a < b && v[a] == ' ') a++;
    while (b > a && v[b - 1] == ' ') b--;
    for (size_t k = b; k > a; k--) /* the last word after a space (經濟部發言人 孫立群) */
      if (v[k - 1] == ' ' && (unsigned char)v[k] >= 0x80) { a = k; break; }
    if (b <= a || !S_person_like_n(v + a, b - a)) return 0;
    n++;
    if (i >= e) break;
    s = i + lc_u8len((unsigned char)v[i]);
  }
  return n;
}

/* Is the line from cs (a label's words) a cast list's line of people: a list
 * of people (S_people), and after each | the next role word, a colon and
 * its people (主持：小安｜來賓：柯柏宇（…）、程采薇（…））?  How many people,
 * or 0. */
static size_t S_cast_people(const lc_doc *doc, size_t cs) {
  const char *v = doc->view;
  size_t lim = doc->vlen - cs > 600 ? cs + 600 : doc->vlen;
  const char *nl = memchr(v + cs, '\n', lim - cs);
  if (!nl && lim < doc->vlen) return 0;
  size_t e = nl ? (size_t)(nl - v) : lim, n = 0;
  while (e > cs && v[e - 1] == ' ') e--;
  for (size_t s = cs; s < e;) {
    size_t bar = s;
    int depth = 0;
    while (bar < e && (depth || v[bar] != '|')) {
      depth += v[bar] == '(' ? 1 : v[bar] == ')' ? -1 : 0;
      bar++;
    }
    size_t a = s;
    if (s > cs) { /* the next role word and its colon */
      while (a < bar && v[a] == ' ') a++;
      const char *colon = memchr(v + a, ':', bar - a);
      if (!colon) return 0;
      size_t ke = (size_t)(colon - v);
      while (ke > a && v[ke - 1] == ' ') ke--;
      if (S_cast_role(v + a, ke - a) == LC_ROLE_NONE) return 0;
      a = (size_t)(colon - v) + 1;
    }
    size_t k = S_people(v, a, bar);
    if (!k) return 0;
    n += k;
    s = bar + 1;
  }
  return n;
}

/* A cast list before the interview proper: label lines one after another
 * (blank lines and list markers between them only), before any accepted
 * label, whose words are one short line without sentence punctuation and
 * either, after a role word, the name of a speaker who speaks later
 * (主持人：劉家豪（本刊總編輯）, 與談人：蔡明哲（台大經濟系教授）: that
 * person, in that role) or, for a speaker who speaks later, a title
 * (- 馮志遠：國防研究院研究員) that names no other speaker.  Two or more
 * such lines, or one that names a person with a title in brackets (主席：
 * 邱委員佩蓉, 主持人：王教授 are the chair's or host's words).  Returns how many labels from *first are the list (they become the
 * editor's text); the names it gives get their roles. */
static size_t S_cast_list(lc_doc *doc, const int *hash, size_t hcap, size_t *first) {
  const char *v = doc->view;
  const lc_label *lab = doc->labels.items;
  const lc_name *nm = doc->names.items;
  size_t nlab = doc->labels.len, start = 0, n = 0, titled = 0;
  int who[32];          /* the name given: a name's index, -2 a new name, -1 none */
  size_t pns[32], pne[32]; /* where it is written */
  for (size_t i = 0; i < nlab && n < 32; i++) {
    const lc_label *L = &lab[i];
    const lc_name *own = &nm[L->name_id];
    if (n) { /* the line before ends where this one's prefix begins */
      const lc_label *P = &lab[i - 1];
      const char *q = memchr(v + P->cstart, '\n', doc->vlen - P->cstart);
      size_t k = q ? (size_t)(q - v) : doc->vlen;
      while (k < L->start && strchr(" \t\n>-*+", v[k])) k++;
      if (k != L->start) break;
    }
    /* a role word, or a name that speaks (most documents: the first label) */
    bool role = S_cast_role(own->key, own->klen) != LC_ROLE_NONE;
    /* a role word and a list of people (來賓：駱思齊（教授）、石永康（董事長）;
     * 主持：小安｜來賓：…) */
    size_t people = role ? S_cast_people(doc, L->cstart) : 0;
    if (people >= 2) {
      if (!n) start = i;
      if (own->nocc == 1) titled++; /* (a role word used only here lists) */
      pns[n] = pne[n] = L->cstart;
      who[n++] = -1;
      continue;
    }
    bool ok = role || own->accepted;
    /* the words: one short line without sentence punctuation */
    size_t cs = L->cstart, lim = doc->vlen - cs > 4 * 30 + 1 ? cs + 4 * 30 + 1 : doc->vlen;
    const char *nl = ok ? memchr(v + cs, '\n', lim - cs) : NULL;
    size_t ce = nl ? (size_t)(nl - v) : lim;
    ok = ok && (nl || lim == doc->vlen);
    while (ce > cs && v[ce - 1] == ' ') ce--;
    ok = ok && ce > cs && lc_u8_count(v + cs, ce - cs) <= 30;
    /* (a title in brackets may hold commas: 林育德（前架構師，現為顧問）) */
    size_t pe = ok ? S_paren_title_start(v, cs, ce) : ce, ne = pe;
    for (size_t k = cs; ok && k < pe; k++)
      ok = v[k] && !strchr(".!?;,:\"", v[k]) &&
           !(k + 3 <= pe && ((unsigned char)v[k] == 0xE3 && (unsigned char)v[k + 1] == 0x80 &&
                             (unsigned char)v[k + 2] == 0x82)); /* 。 */
    if (!ok) pe = ne = ce;
    while (ne > cs && v[ne - 1] == ' ') ne--;
    int w = -1;
    if (ok && role) {
      /* a role word and a person: one who speaks later, or a personal name */
      w = S_name_lookup(doc, hash, hcap, v + cs, ne - cs);
      if (w == L->name_id || (w >= 0 && !nm[w].accepted)) w = -1;
      if (w < 0) {
        size_t chars = lc_u8_count(v + cs, ne - cs);
        bool cjk = true;
        for (size_t k = cs; k < ne && cjk;) {
          size_t l;
          cjk = lc_is_cjk(lc_u8dec((const unsigned char *)v + k, &l));
          k += l;
        }
        size_t at;
        if (cjk && ((chars >= 2 && chars <= 4 && S_surname_start(v + cs, ne - cs)) ||
                    lc_inner_title(v + cs, ne - cs, &at)))
          w = -2; /* 王金平; 鄭委員正義 */
      }
      if (w != -1 && pe < ce) titled++;
    }
    /* who attend, in a legislative record's header (列席：經濟部部長) */
    static const char *const ATTEND[] = {"列席", "出席", "出席委員", "出席委员", "列席官員",
                                         "列席官员", "列席人員", "列席人员", NULL};
    bool attend = ok && role && S_in(ATTEND, own->key, own->klen);
    /* in a list, a role word used only here with a few words (主持：投資人關係處
     * under 出席：執行長…、財務長…, the host speaking later as 主持人) */
    static const char *const YOU[] = {"你", "您", "我", "妳", NULL};
    bool you = false; /* (a person spoken to or speaking: words of a turn) */
    for (size_t k = cs; ok && !you && k + 3 <= ce; k++) you = (unsigned char)v[k] >= 0xE3 && S_in(YOU, v + k, 3);
    bool listed = ok && role && !you && own->nocc == 1 && (n > 0 || people == 1) &&
                  lc_u8_count(v + cs, ce - cs) <= 12;
    if (listed && w == -1 && people == 1) titled++; /* 主持：經濟部發言人 孫立群, the host speaking as 發言人 */
    if (ok && w == -1 && !attend && !listed) { /* a title for a speaker who speaks again */
      ok = own->accepted && own->nocc >= 2 && (pe < ce || lc_title_suffix(v, cs, ce) > 0) && !you;
      ok = ok && doc->names.len <= 256; /* (a list is at the top of a short document) */
      for (size_t j = 0; ok && j < doc->names.len; j++) /* names no other speaker */
        ok = !nm[j].accepted || (int)j == L->name_id || !S_has_infix(v + cs, ce - cs, nm[j].key);
    }
    if (!ok) {
      if (n) break;
      if (own->accepted) return 0; /* the interview has begun */
      continue;
    }
    if (!n) start = i;
    pns[n] = cs;
    pne[n] = ne;
    who[n++] = w;
  }
  if (n < 2 && !titled) return 0; /* 主持人：王教授 alone may be the host's words */
  for (size_t k = 0; k < n; k++) {
    if (who[k] == -1) continue;
    if (who[k] == -2) { /* a person who speaks only under the role word */
      lc_name *p = lc_vec_push(&doc->names);
      if (!p || !(p->key = lc_strndup(v + pns[k], pne[k] - pns[k]))) return 0;
      p->klen = pne[k] - pns[k];
      p->speaker = -1;
      who[k] = (int)doc->names.len - 1;
    }
    nm = doc->names.items;
    const lc_label *L = &lab[start + k];
    lc_name *role_word = &LC_AT(doc->names, lc_name, L->name_id), *p = &LC_AT(doc->names, lc_name, who[k]);
    p->cast_role = S_cast_role(role_word->key, role_word->klen);
    p->cast_ns = pns[k];
    p->cast_ne = pne[k];
    if (role_word->cast_person == 0) role_word->cast_person = 1 + who[k];
    else if (role_word->cast_person != 1 + who[k]) role_word->cast_person = -1;
  }
  *first = start;
  return n;
}

lc_status lc_find_labels(lc_doc *doc) {
  const char *v = doc->view;
  const size_t *ls = doc->lines.items;
  size_t nl = doc->lines.len;
  /* open-addressing hash of names: archives may hold 100,000 of them */
  size_t hcap = 1024;
  static _Thread_local name_memo memo[MEMO_SIZE];
  int *hash = malloc(hcap * sizeof *hash);
  if (!hash) return LC_ENOMEM;
  memset(hash, -1, hcap * sizeof *hash);

  /* the document's first line, when a label stands alone there as a
   * headline (專訪某某：題目, a blank line after it; in brackets, also a
   * question: 【科技早餐 EP.147】CUDA護城河還能守多久？): its label, if the
   * name is used once, is the title's words, not a speaker's */
  long title_label = -1;
  bool first_line = true;
  for (size_t li = 0; li < nl; li++) {
    size_t s = ls[li], e = li + 1 < nl ? ls[li + 1] : doc->vlen;
    if (s < doc->body_start) continue;
    while (e > s && v[e - 1] == '\n') e--;
    bool first = first_line;
    if (first && e > s) first_line = false;
    if (e - s < 2) continue;
    lc_label lab;
    if (!S_candidate(doc, li, s, e, memo, &lab)) continue;
    if (first && li + 1 < nl && S_blank_line(doc, li + 1) &&
        ((lab.shape & ~LABEL_FLAGS) == LC_LABEL_BRACKET ? lc_headline_like(v, s, e) : lc_heading_like(v, s, e)))
      title_label = (long)doc->labels.len;
    bool weak = lab.shape & LABEL_WEAK, alone = lab.shape & LABEL_ALONE;
    if (weak && !S_prev_line_asks(doc, li)) continue;
    size_t n = lab.nend - lab.nstart;
    /* hash lookup */
    uint32_t h = 2166136261u;
    for (size_t k = 0; k < n; k++) h = (h ^ (unsigned char)v[lab.nstart + k]) * 16777619u;
    size_t slot = h & (hcap - 1);
    int id = -1;
    while (hash[slot] >= 0) {
      lc_name *nm = &LC_AT(doc->names, lc_name, hash[slot]);
      if (nm->klen == n && memcmp(nm->key, v + lab.nstart, n) == 0) {
        id = hash[slot];
        break;
      }
      slot = (slot + 1) & (hcap - 1);
    }
    if (id < 0) {
      lc_name *nm = lc_vec_push(&doc->names);
      if (!nm) goto oom;
      nm->key = lc_strndup(v + lab.nstart, n);
      nm->klen = n;
      nm->speaker = -1;
      if (!nm->key) goto oom;
      id = (int)doc->names.len - 1;
      hash[slot] = id;
      if (doc->names.len * 2 > hcap) { /* rehash */
        size_t ncap = hcap * 2;
        int *nh = malloc(ncap * sizeof *nh);
        if (!nh) goto oom;
        memset(nh, -1, ncap * sizeof *nh);
        for (size_t q = 0; q < doc->names.len; q++) {
          const char *key = LC_AT(doc->names, lc_name, q).key;
          uint32_t hh = 2166136261u;
          for (const char *c = key; *c; c++) hh = (hh ^ (unsigned char)*c) * 16777619u;
          size_t sl = hh & (ncap - 1);
          while (nh[sl] >= 0) sl = (sl + 1) & (ncap - 1);
          nh[sl] = (int)q;
        }
        free(hash);
        hash = nh;
        hcap = ncap;
      }
    }
    lc_name *nm = &LC_AT(doc->names, lc_name, id);
    nm->nocc++;
    if (lab.shape & LABEL_BARE) nm->nbare++;
    if (!weak && (alone || (lab.cstart < e && !lc_heading_like(v, s, e)))) nm->nwith++;
    nm->shape_mask |= 1 << (lab.shape & ~LABEL_FLAGS);
    lab.name_id = id;
    lc_label *slot_l = lc_vec_push(&doc->labels);
    if (!slot_l) goto oom;
    *slot_l = lab;
  }

  /* decide */
  lc_name *nm = doc->names.items;
  if (title_label >= 0) {
    lc_name *t = &nm[LC_AT(doc->labels, lc_label, title_label).name_id];
    if (t->nocc == 1) t->nocc = t->nwith = 0; /* not accepted below */
    else title_label = -1;
  }
  size_t strong = 0;
  bool bare_recurs = false; /* a name alone on its line more than once */
  for (size_t i = 0; i < doc->names.len; i++) bare_recurs |= nm[i].nbare >= 2;
  for (size_t i = 0; i < doc->names.len; i++) {
    if (!nm[i].nocc) continue;
    size_t n = strlen(nm[i].key);
    bool only_space = nm[i].shape_mask == (1 << LC_LABEL_SPACE);
    bool known = lc_label_is_role(nm[i].key, n) ||
                 (doc->lex && lc_lexicon_alias(doc->lex, nm[i].key, n, NULL, NULL) ==
                                  LC_ALIAS_PERSON);
    if (known && !only_space) nm[i].accepted = true;
    else if (nm[i].nocc >= 2 && nm[i].nwith >= 1) nm[i].accepted = true;
    /* a name alone on its line, once and never otherwise, is a heading,
     * unless others speak so (a guest who speaks once) */
    if (!known && nm[i].nbare == nm[i].nocc && nm[i].nocc < 2 && !bare_recurs) nm[i].nwith = 0;
    if (nm[i].accepted) strong++;
  }
  /* one-off names: in a transcript (two or more speakers already), or when
   * two or more of them look like personal names (a short exchange) */
  size_t personlike = 0;
  for (size_t i = 0; i < doc->names.len; i++)
    if (!nm[i].accepted && nm[i].nwith && S_person_like(nm[i].key)) personlike++;
  for (size_t i = 0; i < doc->names.len; i++) {
    if (nm[i].accepted || nm[i].nwith == 0) continue;
    if (nm[i].shape_mask == (1 << LC_LABEL_SPACE)) continue;
    if (strong >= 2) {
      if (S_cjk_only(nm[i].key)) /* 背景：, **爭議**： are run-in headings */
        nm[i].accepted = S_person_like(nm[i].key);
      else if (nm[i].shape_mask & ((1 << LC_LABEL_BOLD) | (1 << LC_LABEL_BRACKET)))
        nm[i].accepted = true;
      else
        nm[i].accepted = lc_u8_count(nm[i].key, strlen(nm[i].key)) <= 8;
    } else if (personlike + strong >= 2) {
      nm[i].accepted = S_person_like(nm[i].key);
    }
  }
  /* a cast list before the interview is not turns */
  size_t c0 = 0, cn = S_cast_list(doc, hash, hcap, &c0);
  free(hash);
  hash = NULL;
  nm = doc->names.items; /* the list may have added names (and moved them) */
  /* keep accepted labels only */
  lc_label *lab = doc->labels.items;
  size_t k = 0;
  for (size_t i = 0; i < doc->labels.len; i++)
    if (nm[lab[i].name_id].accepted && !(i >= c0 && i < c0 + cn)) {
      lab[i].shape &= ~LABEL_FLAGS;
      lab[k++] = lab[i];
    }
  doc->labels.len = k;
  return LC_OK;
oom:
  free(hash);
  return LC_ENOMEM;
}
