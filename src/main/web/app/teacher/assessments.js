// The homeroom teacher's assessments for the class (#/lop/:classId/danh-gia), for the school's level
// (docs/notices.md#assessments): lower secondary → conduct and learning per student for a term (Thông tư 22/2021);
// primary → qualities and competences at mid-term / term end (Thông tư 27/2020); preschool → a topic and a month, a
// level per domain. One card per student with big segments, one "Gửi" for the whole class (one batch). The screen
// opens with what the class was sent for the period (the read-back), each card saying when it was sent and what the
// family read; "Gửi" sends only the students whose card changed, so a change is one correction ("Đính chính") to
// that family and nobody else is notified again. The server's per-record answer shows beside each student.
import {h, fill, useCss} from '../core/dom.js';
import * as format from '../core/format.js';
import {T as TT} from './texts.js';
import {T} from './assessments-texts.js';
import {openClass, classStudents, back, errorLine, showError, outcomeTag, countsLine, markOutcomes, cached}
  from './common.js';
import {TYPE, recordOf, unchanged, valuesOf} from './assessment-records.js';
import {twoTap} from '../core/two-tap.js';

const TT22_LEVELS = ['TOT', 'KHA', 'DAT', 'CHUA_DAT'];
const TT27_LEVELS = ['TOT', 'DAT', 'CAN_CO_GANG'];
const DOMAIN_LEVELS = ['DAT', 'CHUA_DAT'];

/** The school year containing today (from August), as the server reckons it. */
function currentYear() {
  const [y, m] = format.today().split('-').map(Number);
  const start = m >= 8 ? y : y - 1;
  return `${start}-${start + 1}`;
}

/** The fields of one student's card for a level: [{key, label, levels, compact, group}]. */
function fieldsOf(level) {
  if (level === 'THCS') return Object.entries(T.tt22).map(([key, label]) => ({key, label, levels: TT22_LEVELS}));
  if (level === 'TIEU_HOC') {
    return Object.entries(T.tt27Item).map(([key, [group, label]]) => ({key, label, group, levels: TT27_LEVELS,
      compact: true}));
  }
  return Object.entries(T.domain).map(([key, label]) => ({key, label, levels: DOMAIN_LEVELS}));
}

/** A topic as compared: trimmed, NFC. */
const topicKey = (text) => (text || '').trim().normalize('NFC');

export async function render(view, params, ctx) {
  const cls = await openClass(view, params, ctx);
  if (!cls) return;
  useCss('/app/teacher/assessments.css');
  ctx.setTitle(T.title(cls.name));
  if (!cls.homeroom) {
    fill(view, back('#/lop', TT.backToClasses), h('p', {class: 'error', role: 'alert'}, T.onlyHomeroom));
    return;
  }
  fill(view, back('#/lop', TT.backToClasses), h('p', {class: 'hint'}, '…'));
  const school = encodeURIComponent(cls.schoolCode);
  let level;
  try {
    level = (await cached(ctx, `teacher:school:${cls.schoolCode}`,
      () => ctx.api.get(`/api/v1/directory/schools/${school}`))).level;
  } catch (e) {
    const error = errorLine();
    fill(view, back('#/lop', TT.backToClasses), error);
    showError(error, e.offline ? {message: T.unknownLevel} : e);
    return;
  }
  const type = TYPE[level] || TYPE.THCS;
  const students = await classStudents(ctx, cls);
  const fields = fieldsOf(level);
  const month = format.today().slice(0, 7);
  const choice = {schoolYear: currentYear(), term: Number(month.slice(5)) >= 8 ? 'HK1' : 'HK2', kind: 'GIUA_KY',
    topic: '', period: month};
  const error = errorLine();
  const result = h('p', {class: 'result', role: 'status', hidden: true});
  const sendButton = h('button', {type: 'button', class: 'primary big'}, T.send);
  let sheet = {records: []};
  const sentTopics = h('p', {class: 'hint', id: 'a-topic-sent', hidden: true});
  const topicList = h('datalist', {id: 'a-topics'});

  const select = (id, label, options, key) => {
    const el = h('select', {id, onchange: () => {
      choice[key] = el.value;
      load();
    }}, Object.entries(options).map(([v, text]) => h('option', {value: v, selected: v === choice[key]}, text)));
    return h('div', {class: 'field'}, h('label', {for: id}, label), el);
  };
  let pickers;
  if (type === 'CHU_DE') {
    const topic = h('input', {id: 'a-topic', type: 'text', maxlength: 200, required: true, list: 'a-topics',
      'aria-describedby': 'a-topic-hint a-topic-sent', oninput: () => {
        choice.topic = topicKey(topic.value);
      }, onchange: () => showBases()});
    const period = h('input', {id: 'a-month', type: 'month', value: month, max: month, onchange: () => {
      choice.period = period.value;
      load();
    }});
    pickers = h('div', {class: 'pickers'},
      h('div', {class: 'field'}, h('label', {for: 'a-topic'}, T.topic), topic, topicList,
        h('p', {class: 'hint', id: 'a-topic-hint'}, T.topicHint), sentTopics),
      h('div', {class: 'field'}, h('label', {for: 'a-month'}, T.month), period));
  } else {
    const terms = type === 'REN_LUYEN_HOC_TAP' ? T.terms : {HK1: T.terms.HK1, HK2: T.terms.HK2};
    pickers = h('div', {class: 'pickers'},
      select('a-year', T.schoolYear, {[choice.schoolYear]: choice.schoolYear}, 'schoolYear'),
      select('a-term', T.term, terms, 'term'),
      type === 'PHAM_CHAT_NANG_LUC' ? select('a-kind', T.kind, T.kinds, 'kind') : null);
  }

  const rows = new Map();
  const cards = students.map((s, i) => {
    const row = {code: s.studentCode, name: s.fullName, base: null, outcome: null, message: null, values: {},
      inputs: {}};
    rows.set(s.studentCode, row);
    row.tags = h('span', {class: 'row-tags'});
    row.sent = h('div', {class: 'as-sent'});
    row.msg = h('p', {id: `a-${i}-msg`, class: 'cell-msg', 'aria-live': 'polite'});
    const inputs = fields.map((f) => {
      const label = T.fieldOf(f.label, s.fullName);
      if (f.compact) {
        const el = h('select', {id: `a-${i}-${f.key}`, 'aria-label': label, onchange: () => {
          row.values[f.key] = el.value;
        }}, h('option', {value: ''}, T.notAssessed), f.levels.map((v) => h('option', {value: v}, T.level[v])));
        row.inputs[f.key] = (v) => {
          el.value = v || '';
        };
        return {group: f.group, node: h('div', {class: 'field'}, h('label', {for: `a-${i}-${f.key}`}, f.label), el)};
      }
      const radios = f.levels.map((v) => h('input', {type: 'radio', name: `a-${i}-${f.key}`, value: v,
        onchange: () => {
          row.values[f.key] = v;
        }}));
      row.inputs[f.key] = (v) => radios.forEach((r) => {
        r.checked = r.value === v;
      });
      return {node: h('fieldset', {class: 'segmented', 'aria-label': label}, h('legend', null, f.label),
        radios.map((r) => h('label', {class: 'segment'}, r, h('span', null, T.level[r.value]))))};
    });
    let body;
    if (fields[0].compact) {
      const groups = Object.keys(T.tt27Group).flatMap((g) => [h('h3', null, T.tt27Group[g]),
        inputs.filter((x) => x.group === g).map((x) => x.node)]);
      body = h('div', {class: 'as-items'}, groups);
    } else {
      body = inputs.map((x) => x.node);
    }
    row.comment = h('input', {id: `a-${i}-comment`, class: 'as-comment', type: 'text', maxlength: 500,
      placeholder: T.comment, 'aria-label': T.commentOf(s.fullName)});
    row.card = h('li', {class: 'as-row', 'data-student': s.studentCode},
      h('p', {class: 'as-name'}, s.fullName, ' ', row.tags), row.sent, row.msg, body, row.comment);
    return row.card;
  });

  /** The row's tags (this send's outcome, a stored correction) and when it was sent, with what the family read. */
  function drawState(row) {
    // A withdrawal says the button's word ("Thu hồi" → "Đã thu hồi"), not the batch outcome's "Đã rút lại".
    const tags = row.outcome === 'deleted' ? [h('span', {class: 'tag tag-deleted'}, T.withdrawnTag)]
      : row.outcome ? [outcomeTag(row.outcome)] : [];
    fill(row.tags, tags);
    row.msg.textContent = row.message || '';
    row.card.classList.toggle('rejected', row.outcome === 'rejected');
    const b = row.base;
    fill(row.sent, b ? [h('details', null,
      h('summary', null, b.corrected ? T.correctedOn(format.date(b.firstSentAt), format.date(b.sentAt))
        : T.sentOn(format.date(b.sentAt))),
      h('p', {class: 'as-text'}, b.text)), withdrawControl(row, b)] : null);
  }

  /** "Thu hồi" a sent assessment (`"deleted": true`, docs/notices.md): the family's item reads withdrawn. */
  function withdrawControl(row, b) {
    return twoTap({
      label: T.withdraw,
      ariaLabel: T.withdrawLabel(row.name),
      confirm: T.confirmWithdraw,
      confirmAriaLabel: T.confirmWithdrawLabel(row.name),
      keep: T.keep,
      act: async () => {
        error.hidden = true;
        const answer = await ctx.api.post(`/api/v1/notices/schools/${school}/assessments`,
          {records: [{sourceId: b.sourceId, deleted: true}]});
        const r = (answer.records || [])[0] || {};
        if (r.outcome === 'rejected') throw new Error(r.message);
        try {
          sheet = await fetchSheet();
        } catch (e) {
          sheet = {...sheet, records: (sheet.records || []).filter((x) => x !== b)};
        }
        await ctx.store.set(cacheKey(), sheet);
        showTopics();
        row.base = baseOf(row.code);
        row.values = valuesOf(type, row.base && row.base.record);
        for (const f of fields) row.inputs[f.key](row.values[f.key]);
        row.comment.value = (row.base && row.base.record.comment) || '';
        row.outcome = 'deleted';
        row.message = null;
        drawState(row);
        ctx.toast(T.withdrawn(row.name));
      },
      failed: (e) => showError(error, e),
    });
  }

  /** The student's stored assessment of the period (and topic), from the read-back. */
  const baseOf = (code) => (sheet.records || []).find((r) => r.studentCode === code
    && (type !== 'CHU_DE' || topicKey(r.record.topic) === choice.topic)) || null;

  /**
   * Puts each student's stored assessment of the period on their card. A card with nothing stored before or now
   * keeps what was picked (a teacher may choose the levels before the topic or the term).
   */
  function showBases() {
    for (const s of students) {
      const row = rows.get(s.studentCode);
      const base = baseOf(s.studentCode);
      if (base || row.base) {
        row.values = valuesOf(type, base && base.record);
        for (const f of fields) row.inputs[f.key](row.values[f.key]);
        row.comment.value = (base && base.record.comment) || '';
      }
      row.base = base;
      row.outcome = null;
      row.message = null;
      drawState(row);
    }
  }

  const periodQuery = () => new URLSearchParams(type === 'CHU_DE' ? {month: choice.period}
    : {schoolYear: choice.schoolYear, term: choice.term, ...(type === 'PHAM_CHAT_NANG_LUC' ? {kind: choice.kind} : {})});
  const cacheKey = () => `teacher:assessments:${cls.classId}:${periodQuery()}`;
  const fetchSheet = () => ctx.api.get(
    `/api/v1/notices/schools/${school}/classes/${encodeURIComponent(cls.classId)}/assessments?${periodQuery()}`);

  /** The topics already sent this month, offered when typing the topic. */
  function showTopics() {
    if (type !== 'CHU_DE') return;
    const topics = [...new Set((sheet.records || []).map((r) => r.record.topic))];
    fill(topicList, topics.map((t) => h('option', {value: t})));
    sentTopics.textContent = topics.length ? T.topicsSent(topics) : '';
    sentTopics.hidden = topics.length === 0;
  }

  async function load() {
    error.hidden = true;
    result.hidden = true;
    try {
      sheet = await cached(ctx, cacheKey(), fetchSheet);
    } catch (e) {
      sheet = {records: []};
      showError(error, e);
    }
    showTopics();
    showBases();
  }

  sendButton.addEventListener('click', async () => {
    error.hidden = true;
    result.hidden = true;
    if (type === 'CHU_DE' && !choice.topic) {
      showError(error, {message: T.topicFirst});
      document.getElementById('a-topic').focus();
      return;
    }
    const records = [];
    const who = [];
    const same = [];
    for (const s of students) {
      const row = rows.get(s.studentCode);
      const r = recordOf(type, s.studentCode, choice, row.values, row.comment.value, row.base);
      if (!r) continue;
      if (unchanged(type, r, row.base)) {
        same.push(s.studentCode);
        continue;
      }
      records.push(r);
      who.push(s.studentCode);
    }
    if (records.length === 0) {
      for (const s of students) {
        const row = rows.get(s.studentCode);
        row.outcome = same.includes(s.studentCode) ? 'unchanged' : null;
        row.message = null;
        drawState(row);
      }
      if (same.length) {
        result.textContent = countsLine({counts: {unchanged: same.length}});
        result.hidden = false;
      }
      ctx.toast(same.length ? T.nothingChanged : T.nothing);
      return;
    }
    sendButton.disabled = true;
    sendButton.textContent = T.sending;
    try {
      const answer = await ctx.api.post(`/api/v1/notices/schools/${school}/assessments`, {records});
      for (const row of rows.values()) {
        row.outcome = null;
        row.message = null;
      }
      markOutcomes(rows, who, answer);
      for (const code of same) rows.get(code).outcome = 'unchanged';
      // What is stored now; the cards keep what the teacher picked (a rejected card, to be fixed).
      try {
        sheet = await fetchSheet();
        await ctx.store.set(cacheKey(), sheet);
        showTopics();
      } catch (e) {
        // Sent; the dates show again on the next load.
      }
      for (const s of students) {
        const row = rows.get(s.studentCode);
        row.base = baseOf(s.studentCode);
        drawState(row);
      }
      const counts = {...answer.counts, unchanged: ((answer.counts && answer.counts.unchanged) || 0) + same.length};
      result.textContent = countsLine({counts});
      result.hidden = false;
      if (answer.counts && answer.counts.rejected === 0) ctx.toast(T.sent);
    } catch (e) {
      showError(error, e);
    } finally {
      sendButton.disabled = false;
      sendButton.textContent = T.send;
    }
  });

  fill(view, back('#/lop', TT.backToClasses), pickers, h('p', {class: 'hint'}, T.hint[level] || T.hint.THCS), error,
    h('ul', {class: 'as-list'}, cards), h('div', {class: 'sticky-send'}, result, sendButton));
  await load();
}
