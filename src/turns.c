/*
 * turns.c: blocks -> regions, turns and sections.
 *
 * A document reads as: a title, the editor's lead (narration), the interview
 * body (after a marker such as 以下為訪談實錄, or from the first label),
 * perhaps more narration, commentary introduced by 以下為X的評論, and a
 * trailing source line.  In the body a labelled block starts a turn and an
 * unlabelled one continues it, until a signal that the editor speaks again:
 * a transition phrase, a paragraph that speaks of a speaker in the third
 * person, or a heading after which nobody speaks.
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "lexicon.h"

typedef enum region { R_LEAD = 0, R_BODY, R_AFTER, R_COMMENT } region;

static bool S_contains(const char *s, size_t n, const char *w) {
  size_t l = strlen(w);
  if (l > n) return false;
  for (const char *p = s, *end = s + n - l + 1; p < end;) {
    p = memchr(p, w[0], (size_t)(end - p));
    if (!p) return false;
    if (memcmp(p, w, l) == 0) return true;
    p++;
  }
  return false;
}

static bool S_any(const char *s, size_t n, const char *const *ws) {
  for (size_t i = 0; ws[i]; i++)
    if (S_contains(s, n, ws[i])) return true;
  return false;
}

static bool S_starts_any(const char *s, size_t n, const char *const *ws) {
  for (size_t i = 0; ws[i]; i++) {
    if (!n || ws[i][0] != s[0]) continue;
    size_t l = strlen(ws[i]);
    if (l <= n && memcmp(s, ws[i], l) == 0) return true;
  }
  return false;
}

static const char *const MARKER_INTRO[] = {"以下", "如下", "下面是", "全文", "內文",
                                           "transcript", NULL};
static const char *const MARKER_WHAT[] = {
    "實錄", "实录", "全文", "內容", "内容", "對話", "对话", "訪談", "访谈", "專訪",
    "专访", "問答", "问答", "摘錄", "摘录", "紀錄", "纪录", "記錄", "记录", "節錄",
    "节录", "整理", "對談", "对谈", "採訪", "采访", "transcript", "interview", NULL};
static const char *const COMMENT_WHAT[] = {
    "評論", "评论", "文章", "觀點", "观点", "看法", "專文", "专文", "投書", "投书",
    "演講", "演讲", "發言", "发言", "聲明", "声明", "社論", "社论", "貼文", "帖子",
    "推文", "專欄", "专栏", "原文", "評述", "评述", "回顧", "回顾", NULL};
static const char *const COMMENT_INTRO[] = {"以下為", "以下为", "以下是", "下面是",
                                            "以下係", NULL};
static const char *const TRANSITION[] = {
    "與之相關的是", "与之相关的是", "與此相關", "与此相关", "值得一提的是",
    "另外值得一提", "編按", "编按", "編者按", "编者按", "【編按】", "延伸閱讀",
    "延伸阅读", "相關新聞", "相关新闻", "相關報導", "相关报道", "責任編輯",
    "责任编辑", "(完)", "以上為", "以上为", "以上是", "訪談結束", "访谈结束",
    "採訪結束", "采访结束", "本文", "原文連結", "原文链接", "資料來源",
    "资料来源", NULL};
static const char *const REPORT_VERB[] = {
    "認為", "认为", "表示", "指出", "強調", "强调", "談到", "谈到", "提到", "看來",
    "看来", "意見", "意见", "觀點", "观点", "說", "说", "稱", "称", "直言", "坦言",
    "透露", "呼籲", "呼吁", "回應", "回应", "批評", "批评", NULL};

/* A block that introduces the interview: "以下…實錄", short, and ending in
 * a colon or standing as a line of its own without a full stop. */
static bool S_is_marker(const char *s, size_t n) {
  if (n == 0 || n > 4 * 40) return false; /* more than 40 characters */
  size_t chars = lc_u8_count(s, n);
  if (chars > 40) return false;
  if (!(S_any(s, n, MARKER_INTRO) && S_any(s, n, MARKER_WHAT))) return false;
  size_t l;
  uint32_t last = lc_u8prev(s, n, &l);
  return last == ':' || (chars <= 20 && !lc_is_sentence_end(last) && last != 0x3002);
}

/* Does the block's last sentence (after a 。 ！ ？) announce the interview,
 * with text before it? */
static bool S_marker_tail(const char *v, size_t s, size_t e) {
  size_t t = e;
  while (t > s && v[t - 1] != '!' && v[t - 1] != '?' && v[t - 1] != '\n' &&
         !(t - s >= 3 && memcmp(v + t - 3, "。", 3) == 0))
    t--;
  return t > s && t < e && S_is_marker(v + t, e - t);
}

/* "以下為X的評論：" or "X的觀點全文如下：" -> X (view offsets in *ns, *ne). */
static bool S_is_commentary(const char *v, size_t s, size_t e, size_t *ns, size_t *ne) {
  if (e - s > 4 * 60 || lc_u8_count(v + s, e - s) > 60) return false;
  size_t a = s;
  bool intro = false;
  for (size_t i = 0; COMMENT_INTRO[i]; i++) {
    size_t l = strlen(COMMENT_INTRO[i]);
    if (e - s >= l && memcmp(v + s, COMMENT_INTRO[i], l) == 0) { a = s + l; intro = true; break; }
  }
  /* without 以下為, the block must say 如下 (follows) */
  if (!intro && !S_contains(v + s, e - s, "如下")) return false;
  /* X runs to the first 的 before a commentary word */
  for (size_t k = a; k + 3 <= e; k++) {
    if (memcmp(v + k, "的", 3) != 0) continue;
    if (!S_starts_any(v + k + 3, e - k - 3, COMMENT_WHAT)) continue;
    if (k == a) return false;
    *ns = a;
    *ne = k;
    while (*ns < *ne && v[*ns] == ' ') (*ns)++;
    while (*ne > *ns && v[*ne - 1] == ' ') (*ne)--;
    return *ne > *ns && lc_u8_count(v + *ns, *ne - *ns) <= 20 &&
           !memchr(v + *ns, ',', *ne - *ns) && !S_contains(v + *ns, *ne - *ns, "。");
  }
  return false;
}

/* Does the block speak of one of the document's speakers in the third
 * person (their name followed soon by a verb of saying or judging)? */
static bool S_third_person(const lc_doc *doc, const size_t *person, size_t s, size_t e) {
  const char *v = doc->view;
  /* the first sentence, at most 120 bytes */
  size_t lim = e - s > 240 ? s + 240 : e;
  const lc_name *nm = doc->names.items;
  for (size_t i = 0; i < doc->names.len; i++) {
    if (!person[i] || !nm[i].klen) continue;
    size_t skip = person[i] - 1, l = nm[i].klen - skip;
    const char *key = nm[i].key + skip;
    /* the name within the first 60 bytes */
    for (size_t k = s; k + l <= lim && k <= s + 60; k++) {
      if (v[k] != key[0] || (l > 1 && v[k + 1] != key[1]) || memcmp(v + k, key, l) != 0) continue;
      size_t after = k + l, upto = after + 48 < e ? after + 48 : e;
      if (S_any(v + after, upto - after, REPORT_VERB) ||
          (k >= s + 6 && memcmp(v + k - 6, "在", 3) == 0))
        return true;
    }
  }
  return false;
}

/* Is the line a byline or a credit (記者陳怡君／台北報導, 文／王小明, 編譯／…,
 * （中央社記者…台北29日電）, 資料來源：路透社)?  The editor's, never a
 * section heading nor a speaker's words. */
static bool S_byline(const char *v, size_t s, size_t e) {
  static const char *const START[] = {"記者", "记者", "文/", "撰文", "採訪/", "采访/", "編譯/",
                                      "编译/", "編輯/", "编辑/", "圖/", "图/", "攝影/", "摄影/",
                                      "資料來源:", "资料来源:", "來源:", "来源:", "(中央社", NULL};
  static const char *const END[] = {"報導", "报导", "報道", "报道", "電)", "电)", NULL};
  if (e - s > 160 || memchr(v + s, '\n', e - s) || lc_u8_count(v + s, e - s) > 40) return false;
  bool slash = memchr(v + s, '/', e - s) != NULL;
  for (size_t k = 0; START[k]; k++) {
    if (!slash && strchr(START[k], '/')) continue;
    size_t l = strlen(START[k]);
    if (e - s > l && memcmp(v + s, START[k], l) == 0) {
      /* 記者 alone begins many sentences: it needs a / or an ending */
      if (k < 2 && !slash) break;
      return true;
    }
  }
  for (size_t k = 0; slash && END[k]; k++) {
    size_t l = strlen(END[k]);
    if (e - s > l && memcmp(v + e - l, END[k], l) == 0) return true;
  }
  return false;
}

/* The author a byline names, for an opinion piece (文/劉承恩(…副教授),
 * 撰文/…, 作者:…, 劉承恩/文, or a name and its title alone: 劉承恩(…副教授)):
 * view offsets in *ns, *ne. */
static bool S_byline_author(const char *v, size_t s, size_t e, size_t *ns, size_t *ne) {
  static const char *const START[] = {"文/", "撰文/", "作者/", "作者:", "文:", "撰文:", NULL};
  if (e - s > 160 || memchr(v + s, '\n', e - s) || lc_u8_count(v + s, e - s) > 40) return false;
  size_t a = s, b = e;
  bool found = false;
  for (size_t k = 0; START[k] && !found; k++) {
    size_t l = strlen(START[k]);
    if (e - s > l && memcmp(v + s, START[k], l) == 0) { a = s + l; found = true; }
  }
  if (!found && e - s > 4 && memcmp(v + e - 4, "/文", 4) == 0) { b = e - 4; found = true; }
  if (!found && v[e - 1] == ')') {
    /* a personal name and its title in brackets, alone (傅思遠(東岳大學…教授)) */
    const char *o = memchr(v + s, '(', e - s);
    size_t n = o ? (size_t)(o - v) - s : 0;
    if (n < 6 || n > 12 || n % 3 || lc_surname_len(v, s, s + n) == 0) return false;
    /* (a title or a description in it, not a part's number: 高科技(上)) */
    if (!lc_title_suffix(v, s + n + 1, e - 1) && lc_u8_count(v + s + n + 1, e - 1 - (s + n + 1)) < 3) return false;
    for (size_t i = s; i < s + n; i += 3)
      if (!lc_is_cjk_lead((unsigned char)v[i])) return false;
    found = true;
  }
  if (!found) return false;
  while (a < b && v[a] == ' ') a++;
  for (size_t i = a; i < b; i++) /* up to a title in brackets or a second credit */
    if (v[i] == '(' || v[i] == ' ' || v[i] == '/' || v[i] == ',' || lc_at(v, i, b, "、")) { b = i; break; }
  if (b <= a) return false;
  size_t chars = lc_u8_count(v + a, b - a);
  if (chars < 2 || chars > 20) return false;
  *ns = a;
  *ne = b;
  return true;
}

/* v[s..e) without the line ends and spaces that close it. */
static size_t S_trim_end(const char *v, size_t s, size_t e) {
  while (e > s && (v[e - 1] == '\n' || v[e - 1] == ' ')) e--;
  return e;
}

/* Is the document an opinion piece: its title (v[ts..te)) says so (【觀點】, 評論, 投書,
 * 專欄, 社論, 論壇) or its writer speaks of itself as 筆者 or 本文作者? */
static bool S_opinion_piece(const lc_doc *doc, size_t ts, size_t te) {
  static const char *const TITLE[] = {"觀點", "观点", "評論", "评论", "投書", "投书", "專欄",
                                      "专栏", "社論", "社论", "論壇", "论坛", "opinion", "op-ed",
                                      NULL};
  static const char *const SELF[] = {"筆者", "笔者", "本文作者", "作者為", "作者为", "作者係",
                                     "作者系", NULL};
  const char *v = doc->view;
  for (size_t k = 0; TITLE[k] && te > ts; k++)
    if (S_contains(v + ts, te - ts, TITLE[k])) return true;
  for (size_t k = 0; SELF[k]; k++)
    if (S_contains(v, doc->vlen, SELF[k])) return true;
  return false;
}

/* Where the personal name after a title begins in v[s..e) (政大國關中心主任
 * 吳世昌: 吳世昌), or s when the whole is the name. */
static size_t S_name_after_title(const char *v, size_t s, size_t e) {
  for (size_t i = s + 3; i + 6 <= e; i += lc_u8len((unsigned char)v[i])) {
    size_t chars = lc_u8_count(v + i, e - i);
    if (chars < 2 || chars > 4 || !lc_title_suffix(v, s, i)) continue;
    size_t sl = lc_surname_len(v, i, e);
    if (sl && sl < e - i) return i;
  }
  return s;
}

/* Does the block speak to someone (您, 你 outside quotation marks, or it
 * ends asking)?  Then it is a speaker's, though it names another in the
 * third person (剛才張志明表示，…。李教授，您同意嗎？): the editor's
 * narration does not ask the guests. */
static bool S_addresses(const char *v, size_t s, size_t e) {
  static const char *const OPEN[] = {"「", "『", "“", NULL}, *const CLOSE[] = {"」", "』", "”", NULL};
  static const char *const YOU[] = {"您", "你", "妳", NULL};
  size_t t = e;
  while (t > s && (v[t - 1] == ' ' || v[t - 1] == '\n')) t--;
  if (t > s && v[t - 1] == '?') return true;
  int depth = 0;
  for (size_t i = s; i + 3 <= e; i++) {
    if ((unsigned char)v[i] < 0xE2) continue;
    for (size_t k = 0; OPEN[k]; k++) {
      if (memcmp(v + i, OPEN[k], 3) == 0) depth++;
      if (memcmp(v + i, CLOSE[k], 3) == 0 && depth > 0) depth--;
    }
    if (depth == 0)
      for (size_t k = 0; YOU[k]; k++)
        if (memcmp(v + i, YOU[k], 3) == 0) return true;
  }
  return false;
}

/* Does the block open with an editor's note (按：, 編按：, 註：, 譯註：, in
 * brackets or bold or not: （按：…）, **編按**：…)?  Between turns, in a
 * block quote or a paragraph of its own, it is the editor's aside, not the
 * last speaker's words (TRANSITION has 編按 without a colon too). */
static bool S_editor_note(const char *v, size_t s, size_t e) {
  static const char *const NOTE[] = {
      "按", "編按", "编按", "編者按", "编者按", "編註", "編注", "编注", "譯註", "譯注", "译注",
      "譯按", "译按", "譯者按", "译者按", "註", "注", "附註", "附注", "作者按", "記者按",
      "记者按", "小編按", "小编按", "按語", "按语", NULL};
  size_t i = s;
  while (i < e && (v[i] == '(' || v[i] == '[' || v[i] == '*' || v[i] == '_' || v[i] == ' ')) i++;
  if (i + 3 <= e && memcmp(v + i, "【", 3) == 0) i += 3;
  for (size_t k = 0; NOTE[k]; k++) {
    size_t l = strlen(NOTE[k]);
    if (e - i <= l || NOTE[k][0] != v[i] || memcmp(v + i, NOTE[k], l) != 0) continue;
    size_t j = i + l;
    while (j < e && (v[j] == '*' || v[j] == '_' || v[j] == ' ' || v[j] == ']')) j++;
    if (j + 3 <= e && memcmp(v + j, "】", 3) == 0) return true;
    if (j < e && v[j] == ':') return true;
  }
  return false;
}

/* The document's last block, wholly in brackets or in italics: an editor's
 * note or marker after the interview (（記者會結束）, （本文根據錄音整理，…）,
 * *本文經受訪者確認*). */
static bool S_closing_note(const char *v, size_t s, size_t e, bool last) {
  if (last && lc_italic_only(v, s, e) && !memchr(v + s, '\n', e - s)) return true;
  if (!last || e - s < 3 || v[s] != '(' || v[e - 1] != ')') return false;
  size_t depth = 0;
  for (size_t i = s; i < e; i++) {
    if (v[i] == '\n') return false;
    if (v[i] == '(') depth++;
    else if (v[i] == ')' && --depth == 0 && i + 1 < e) return false; /* (a) b (c) */
  }
  return true;
}

static lc_turn *S_turn(lc_doc *doc, int speaker, int section, size_t start,
                       size_t end, size_t lstart, int block) {
  lc_turn *t = lc_vec_push(&doc->turns);
  if (!t) return NULL;
  t->speaker = speaker;
  t->section = section;
  t->start = start;
  t->end = end;
  t->lstart = lstart;
  t->first_block = t->last_block = block;
  return t;
}

/* A block of the editor's narration, a turn of its own; false when out of
 * memory. */
static bool S_narration(lc_doc *doc, int section, size_t start, size_t end, int block) {
  int nar = lc_speaker_narrator(doc);
  return nar >= 0 && S_turn(doc, nar, section, start, end, start, block) != NULL;
}


/* A heading's text: spaces trimmed, a closing run of # (one that follows a
 * space, as in CommonMark: 微軟押注C# keeps its #), and emphasis that
 * encloses the whole (**關稅問題**), not markers inside it
 * (**出口管制**與**中國市場** stays as written). */
static void S_heading_range(const char *v, size_t *s, size_t *e) {
  while (*e > *s && v[*e - 1] == ' ') (*e)--;
  while (*s < *e && v[*s] == ' ') (*s)++;
  size_t k = *e;
  while (k > *s && v[k - 1] == '#') k--;
  if (k < *e && (k == *s || v[k - 1] == ' ')) {
    *e = k;
    while (*e > *s && v[*e - 1] == ' ') (*e)--;
  }
  if (*e - *s < 3 || (v[*s] != '*' && v[*s] != '_')) return;
  char c = v[*s];
  size_t a = 0, b = 0;
  while (*s + a < *e && v[*s + a] == c) a++;
  while (b < *e - *s && v[*e - 1 - b] == c) b++;
  if (a != b || a > 3 || *e - *s <= 2 * a) return;
  for (size_t i = *s + a; i + a <= *e - a; i++) { /* the same run inside: not one pair */
    size_t r = 0;
    while (r < a && v[i + r] == c) r++;
    if (r == a) return;
  }
  *s += a;
  *e -= a;
  while (*e > *s && v[*e - 1] == ' ') (*e)--;
  while (*s < *e && v[*s] == ' ') (*s)++;
}

/* The one speaker so far given role r by a role word and a name (主持人
 * 陳文茜), or -1 (none, or several). */
static int S_only_named(const lc_doc *doc, lc_role r) {
  int found = -1;
  for (size_t i = 0; i < doc->speakers.len; i++) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, i);
    if (sp->role != r || sp->narrator) continue;
    bool prefixed = false;
    for (size_t k = 0; k < sp->labels.len && !prefixed; k++) {
      const char *kk = LC_AT(sp->labels, char *, k);
      lc_role r2;
      prefixed = lc_label_role_prefix(kk, 0, strlen(kk), &r2) > 0;
    }
    if (!prefixed) continue;
    if (found >= 0) return -1;
    found = (int)i;
  }
  return found;
}

static lc_status S_turns(lc_doc *doc, const size_t *person, long last_label);

lc_status lc_build_turns(lc_doc *doc) {
  const lc_block *b = doc->blocks.items;
  size_t nb = doc->blocks.len;
  /* the last block with a label: after it, a heading closes the interview */
  long last_label = -1;
  for (size_t i = 0; i < nb; i++) {
    if (b[i].label >= 0) last_label = (long)i;
  }
  /* the names that may be spoken of in the third person: accepted, and not
   * a role (問, 主持人) */
  const lc_name *nm = doc->names.items;
  /* per name: 0, or 1 + the bytes of a role word before the name itself
   * (記者林志明: narration speaks of 林志明) */
  size_t *person = calloc(doc->names.len + 1, sizeof *person);
  if (!person) return LC_ENOMEM;
  for (size_t i = 0; i < doc->names.len; i++) {
    if (!nm[i].accepted || lc_label_is_role(nm[i].key, strlen(nm[i].key))) continue;
    lc_role role;
    person[i] = 1 + lc_label_role_prefix(nm[i].key, 0, nm[i].klen, &role);
  }
  lc_status st = S_turns(doc, person, last_label);
  free(person);
  return st;
}

/* Is block i, the first, a headline asked as a question (圓桌論壇：晶片禁令
 * 該不該鬆綁？): one line of at most 40 characters, unlabelled, that ends in
 * ? or ! with no other sentence in it, before a labelled turn that is not
 * its answer (答：)? */
static bool S_question_title(const lc_doc *doc, const lc_block *b, size_t nb, size_t i) {
  const char *v = doc->view;
  const lc_block *bk = &b[i];
  if (bk->kind != LC_BLOCK_PARAGRAPH || bk->label >= 0 || bk->line != bk->end_line ||
      i + 1 >= nb || b[i + 1].label < 0)
    return false;
  size_t s = bk->cstart, e = bk->end;
  while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\n')) e--;
  if (e <= s || (v[e - 1] != '?' && v[e - 1] != '!') || !lc_headline_like(v, s, e)) return false;
  const lc_label *next = &LC_AT(doc->labels, lc_label, b[i + 1].label);
  const lc_name *nm = &LC_AT(doc->names, lc_name, next->name_id);
  static const char *const ANSWER[] = {"答", "a", "answer", "回答", "答覆", "答复", NULL};
  for (size_t k = 0; ANSWER[k]; k++)
    if (nm->klen == strlen(ANSWER[k]) && memcmp(nm->key, ANSWER[k], nm->klen) == 0) return false;
  return true;
}

/* Do the document's labels all ask (問, Q, 記者), so that the answers are
 * the unlabelled paragraphs after them (a magazine's Q&A: 問：…？ then the
 * interviewee's words)? */
static bool S_asks_only(const lc_doc *doc) {
  static const char *const ASK[] = {"問", "问", "q", "提問", "提问", "記者", "记者", "本刊", NULL};
  const lc_block *b = doc->blocks.items;
  bool any = false;
  for (size_t i = 0; i < doc->blocks.len; i++) {
    if (b[i].label < 0) continue;
    const lc_label *L = &LC_AT(doc->labels, lc_label, b[i].label);
    const lc_name *nm = &LC_AT(doc->names, lc_name, L->name_id);
    bool ask = false;
    for (size_t k = 0; ASK[k] && !ask; k++)
      ask = nm->klen == strlen(ASK[k]) && memcmp(nm->key, ASK[k], nm->klen) == 0;
    if (!ask) return false;
    any = true;
  }
  return any;
}

/* The person an interview's title names after a title (專訪晶創科技董事長
 * 鄭家瑋：「…」: 鄭家瑋; 半導體的下一個十年——專訪…總經理溫子豪): the first
 * part of the title, between colons, spaces, quotes and dashes, that ends
 * with such a name, in a title that says it is an interview (專訪, 訪談,
 * 對話 …).  Its view span in *ns..*ne. */
static bool S_title_person(const lc_doc *doc, size_t *ns, size_t *ne) {
  static const char *const INTERVIEW[] = {"專訪", "专访", "訪談", "访谈", "訪問", "访问", "對談",
                                          "对谈", "對話", "对话", NULL};
  if (doc->title_end <= doc->title_start) return false;
  const char *v = doc->view;
  size_t s = doc->title_start, te = doc->title_end;
  bool interview = false;
  for (size_t i = s; i < te && !interview; i += lc_u8len((unsigned char)v[i]))
    for (size_t k = 0; INTERVIEW[k] && !interview; k++) interview = lc_at(v, i, te, INTERVIEW[k]);
  if (!interview) return false;
  for (size_t i = s; i <= te;) {
    size_t l = i < te ? lc_u8len((unsigned char)v[i]) : 1;
    if (i == te || v[i] == ':' || v[i] == ' ' || v[i] == '|' || lc_at(v, i, te, "「") ||
        lc_at(v, i, te, "」") || lc_at(v, i, te, "—")) {
      size_t n = i > s ? S_name_after_title(v, s, i) : s;
      if (n > s) { *ns = n, *ne = i; return true; }
      s = i + l;
    }
    i += l;
  }
  return false;
}

/* Who answers in such a document: the person its title names, or 答. */
static int S_answerer(lc_doc *doc) {
  size_t ns, ne;
  if (S_title_person(doc, &ns, &ne))
    return lc_speaker_for_name(doc, doc->view + ns, ne - ns, ns, ne, LC_ROLE_INTERVIEWEE);
  return lc_speaker_answerer(doc);
}

/* A speaker labelled 答 in an interview whose title names the one answering
 * (專訪…執行長范宇辰 … 答：…) is that person: named so, the label kept. */
static lc_status S_name_answer_label(lc_doc *doc) {
  size_t ns, ne;
  for (size_t i = 0; i < doc->speakers.len; i++) {
    lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, i);
    if (sp->narrator || (strcmp(sp->key, "答") != 0 && strcmp(sp->key, "a") != 0)) continue;
    if (!S_title_person(doc, &ns, &ne)) return LC_OK;
    size_t ts, te;
    lc_view_span_to_text(doc, ns, ne, &ts, &te);
    char *name = lc_strndup(doc->text + ts, te - ts);
    if (!name) return LC_ENOMEM;
    free(sp->name);
    sp->name = name;
    return LC_OK;
  }
  return LC_OK;
}

/* Does v[s..e) end asking (？ or ?)? */
static bool S_ends_asking(const char *v, size_t s, size_t e) {
  while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\n')) e--;
  return e > s && v[e - 1] == '?';
}

static lc_status S_turns(lc_doc *doc, const size_t *person, long last_label) {
  const char *v = doc->view;
  lc_block *b = doc->blocks.items;
  size_t nb = doc->blocks.len;
  const lc_label *lab = doc->labels.items;
  bool asks_only = S_asks_only(doc);
  int answerer = -1;
  region r = R_LEAD;
  bool role_named = false; /* a label was a role and a name (主持人 陳文茜) */
  int section = -1, cur_speaker = -1, comment_speaker = -1;
  lc_turn *cur = NULL;
  bool title_done = doc->title != NULL;
  bool seen_content = false;

  for (size_t i = 0; i < nb; i++) {
    lc_block *bk = &b[i];
    /* front matter, code, raw HTML and rules are nobody's words */
    if (bk->kind == LC_BLOCK_FRONT_MATTER || bk->kind == LC_BLOCK_CODE ||
        bk->kind == LC_BLOCK_HTML || bk->kind == LC_BLOCK_THEMATIC)
      continue;
    if (doc->source_end && bk->start == doc->source_start) { cur = NULL; continue; }
    size_t cs = bk->cstart, ce = bk->end;

    /* the title: a heading-like first block (in Markdown, a level-1 one);
     * when a labelled turn follows at once it opens a section too */
    size_t xs, xe, be = S_trim_end(v, cs, ce); /* (an author's name, below) */
    bool author = !bk->md_heading && bk->label < 0 && r == R_LEAD && S_byline_author(v, cs, be, &xs, &xe);
    /* (a byline before the title is not it: 文／江宏達, then 【觀點】…) */
    bool byline_first = false;
    if (!title_done && !seen_content) {
      byline_first = author && !memchr(v + cs, '\n', be - cs);
      title_done = !byline_first;
      bool asked = !byline_first && S_question_title(doc, b, nb, i);
      if ((bk->kind == LC_BLOCK_HEADING && bk->label < 0 && (!bk->md_heading || bk->level <= 1) && !byline_first) ||
          asked) {
        size_t hs = cs, he = ce;
        S_heading_range(v, &hs, &he);
        size_t ts, te;
        lc_view_span_to_text(doc, hs, he, &ts, &te);
        doc->title = lc_strndup(doc->text + ts, te - ts);
        if (!doc->title) return LC_ENOMEM;
        doc->title_start = hs;
        doc->title_end = he;
        if (asked || !(i + 1 < nb && b[i + 1].label >= 0)) continue;
      }
    }
    seen_content = !byline_first;

    bool byline = author || (!bk->md_heading && bk->label < 0 && S_byline(v, cs, ce));
    /* (### 戴芸 over a turn's paragraphs is its label: labels.c) */
    if (bk->kind == LC_BLOCK_HEADING && !byline && !(bk->md_heading && bk->label >= 0)) {
      /* a heading after which nobody speaks closes the interview */
      if (r == R_BODY && (long)i > last_label) r = R_AFTER;
      lc_section *sec = lc_vec_push(&doc->sections);
      if (!sec) return LC_ENOMEM;
      size_t hs = cs, he = ce;
      S_heading_range(v, &hs, &he);
      sec->hstart = hs;
      sec->hend = he;
      sec->start = bk->start;
      sec->end = bk->end;
      sec->line = bk->line;
      sec->block = (int)i;
      section = (int)doc->sections.len - 1;
      cur = NULL;
      continue;
    }
    if (section >= 0) LC_AT(doc->sections, lc_section, section).end = bk->end;

    /* an opinion piece without labels: what follows its byline is the
     * author's (文/劉承恩(…副教授)); the byline may be the second line of the
     * title's block (【觀點】…\n文/范志遠(…)), the title then its first */
    bool authored = false;
    if (r == R_LEAD && comment_speaker < 0 && doc->labels.len == 0) {
      const char *nl = memchr(v + cs, '\n', be - cs);
      if (!nl) {
        authored = author && S_opinion_piece(doc, doc->title_start, doc->title_end);
      } else if (!doc->title && doc->turns.len == 0 && !memchr(nl + 1, '\n', (size_t)(v + be - nl - 1)) &&
                 lc_heading_like(v, cs, (size_t)(nl - v)) &&
                 S_byline_author(v, (size_t)(nl - v) + 1, be, &xs, &xe) &&
                 S_opinion_piece(doc, cs, (size_t)(nl - v))) {
        /* the first block, a title and under it the byline */
        size_t ts, te;
        lc_view_span_to_text(doc, cs, (size_t)(nl - v), &ts, &te);
        if (!(doc->title = lc_strndup(doc->text + ts, te - ts))) return LC_ENOMEM;
        doc->title_start = cs;
        doc->title_end = (size_t)(nl - v);
        authored = true;
      }
    }
    if (authored) {
      xs = S_name_after_title(v, xs, xe);
      comment_speaker = lc_speaker_for_name(doc, v + xs, xe - xs, xs, xe, LC_ROLE_COMMENTATOR);
      if (comment_speaker < 0 || !S_narration(doc, section, cs, ce, (int)i)) return LC_ENOMEM;
      r = R_COMMENT;
      cur = NULL;
      continue;
    }

    if (bk->label >= 0) { /* a labelled turn */
      const lc_label *L = &lab[bk->label];
      if (r == R_LEAD || r == R_AFTER) r = R_BODY;
      const lc_name *nm = &LC_AT(doc->names, lc_name, L->name_id);
      lc_role role = LC_ROLE_NONE;
      size_t skip = lc_label_role_prefix(v, L->nstart, L->nend, &role);
      if (skip) { /* 主持人 陳文茜： is 陳文茜, the host; the whole form is a label too */
        const char *k = v + L->nstart + skip;
        size_t kn = L->nend - L->nstart - skip;
        cur_speaker = lc_speaker_for_name(doc, k, kn, L->nstart + skip, L->nend, role);
        if (cur_speaker >= 0)
          cur_speaker = lc_speaker_for_name(doc, k, kn, L->nstart, L->nend, role);
        role_named = true;
      } else {
        /* a bare 主持人： after 主持人 陳文茜： is that host, when only one was named */
        int named = role_named && lc_label_role_word(nm->key, nm->klen, &role)
                        ? S_only_named(doc, role) : -1;
        if (named >= 0) {
          const lc_speaker *ns = &LC_AT(doc->speakers, lc_speaker, named);
          cur_speaker = lc_speaker_for_name(doc, ns->key, strlen(ns->key), L->nstart, L->nend, role);
        } else if (nm->cast_person > 0) {
          /* a role word to which the cast list gave one name (主持人：劉家豪):
           * that person, named as the list writes it; the word a label too */
          const lc_name *p = &LC_AT(doc->names, lc_name, nm->cast_person - 1);
          cur_speaker = lc_speaker_for_name(doc, p->key, p->klen, p->cast_ns, p->cast_ne,
                                            (lc_role)p->cast_role);
          if (cur_speaker >= 0)
            cur_speaker = lc_speaker_for_name(doc, p->key, p->klen, L->nstart, L->nend,
                                              (lc_role)p->cast_role);
        } else {
          cur_speaker = lc_speaker_for_name(doc, nm->key, strlen(nm->key), L->nstart,
                                            L->nend, (lc_role)nm->cast_role);
        }
      }
      if (cur_speaker < 0) return LC_ENOMEM;
      size_t ts = L->cstart;
      if (ts >= ce) ts = ce; /* label alone: the text follows in later blocks */
      if (doc->markdown && L->nstart >= 2 && memcmp(v + L->nstart - 2, "**", 2) == 0) {
        /* **問：…？** : the bold that closes after the question is not text */
        size_t te = ce;
        while (te > ts && (v[te - 1] == ' ' || v[te - 1] == '\n')) te--;
        if (te >= ts + 2 && memcmp(v + te - 2, "**", 2) == 0 && !S_contains(v + ts, te - 2 - ts, "**"))
          ce = te - 2;
      }
      cur = S_turn(doc, cur_speaker, section, ts, ce, L->start, (int)i);
      if (!cur) return LC_ENOMEM;
      if (ts == ce) cur->start = (size_t)-1; /* filled by the next block */
      continue;
    }
    size_t n = ce - cs;
    if (S_is_commentary(v, cs, ce, &xs, &xe)) {
      xs = S_name_after_title(v, xs, xe); /* 國關中心主任吳世昌: 吳世昌 */
      comment_speaker = lc_speaker_for_name(doc, v + xs, xe - xs, xs, xe,
                                            LC_ROLE_COMMENTATOR);
      if (comment_speaker < 0) return LC_ENOMEM;
      r = R_COMMENT;
      cur = NULL;
      continue;
    }
    /* a lead paragraph that ends with the marker (…傷害美國企業。以下為訪談
     *實錄：) is the editor's narration, and the interview follows it */
    bool marker_tail = r == R_LEAD && S_marker_tail(v, cs, ce);
    if (r != R_BODY && r != R_COMMENT && !marker_tail && S_is_marker(v + cs, n)) {
      if (r == R_LEAD) r = R_BODY;
      cur = NULL;
      continue;
    }
    bool narration = false;
    /* the editor's words: a transition (編按, 與之相關的是), a closing note
     * (（本文僅代表作者個人意見）), a byline */
    bool editor = (r == R_BODY || r == R_COMMENT) &&
                  (S_starts_any(v + cs, n, TRANSITION) || S_closing_note(v, cs, ce, i + 1 == nb) || byline ||
                   S_editor_note(v, cs, ce));
    if (r == R_BODY) {
      /* after a question, the answer; not the text of a label alone on its
       * line, nor a paragraph that asks after a question's premise */
      bool pending = cur && cur->start == (size_t)-1;
      bool premise = cur && !pending && b[cur->last_block].label >= 0 && S_ends_asking(v, cs, ce) &&
                     !S_ends_asking(v, cur->start, cur->end);
      if (!editor && asks_only && cur && cur->speaker != answerer && !pending && !premise) {
        if (answerer < 0 && (answerer = S_answerer(doc)) < 0) return LC_ENOMEM;
        cur = S_turn(doc, answerer, section, cs, ce, cs, (int)i);
        if (!cur) return LC_ENOMEM;
        continue;
      }
      if (editor || (!(asks_only && cur) && S_third_person(doc, person, cs, ce) && !S_addresses(v, cs, ce))) {
        narration = true;
        r = R_AFTER;
        cur = NULL;
      } else if (!cur) {
        /* body text before any label (after the marker): the editor's */
        narration = true;
      }
    } else if (r == R_COMMENT) {
      if (editor) {
        narration = true;
      } else if (!cur || cur->speaker != comment_speaker || cur->section != section) {
        cur = S_turn(doc, comment_speaker, section, cs, ce, cs, (int)i);
        if (!cur) return LC_ENOMEM;
        continue;
      }
    } else {
      narration = true;
    }
    if (narration) {
      if (!S_narration(doc, section, cs, ce, (int)i)) return LC_ENOMEM;
      cur = NULL; /* narration turns are one block each */
      if (marker_tail) r = R_BODY;
      continue;
    }
    /* continuation of the current turn */
    if (cur->start == (size_t)-1) cur->start = cs;
    cur->end = ce;
    cur->last_block = (int)i;
  }
  /* a label with no text anywhere after it: an empty turn at its end */
  lc_turn *t = doc->turns.items;
  for (size_t i = 0; i < doc->turns.len; i++)
    if (t[i].start == (size_t)-1) t[i].start = t[i].end;
  return S_name_answer_label(doc);
}
