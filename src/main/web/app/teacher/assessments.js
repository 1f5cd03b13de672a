// The homeroom teacher's assessments for the class (#/lop/:classId/danh-gia), for the school's level
// (docs/notices.md#assessments): lower secondary → conduct and learning per student for a term (Thông tư 22/2021);
// primary → qualities and competences at mid-term / term end (Thông tư 27/2020); preschool → a topic and a month, a
// level per domain. One card per student with big segments, one "Gửi" for the whole class (one batch). The sourceIds
// are stable per student and period, so sending again corrects ("Đính chính") rather than duplicates; the server's
// per-record answer shows beside each student.
import {h, fill, useCss} from '../core/dom.js';
import * as format from '../core/format.js';
import {T as TT} from './texts.js';
import {T} from './assessments-texts.js';
import {openClass, classStudents, back, errorLine, showError, outcomeTag, countsLine, markOutcomes, cached}
  from './common.js';

const TT22_LEVELS = ['TOT', 'KHA', 'DAT', 'CHUA_DAT'];
const TT27_LEVELS = ['TOT', 'DAT', 'CAN_CO_GANG'];
const DOMAIN_LEVELS = ['DAT', 'CHUA_DAT'];

/** The school year containing today (from August), as the server reckons it. */
function currentYear() {
  const [y, m] = format.today().split('-').map(Number);
  const start = m >= 8 ? y : y - 1;
  return `${start}-${start + 1}`;
}

/** A topic as a short ASCII key for a sourceId ("Gia đình bé" → "gia-dinh-be"). */
export function slug(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** The record's stable sourceId: the same student and period (and topic) always give the same one. */
export function sourceId(type, studentCode, choice) {
  if (type === 'REN_LUYEN_HOC_TAP') return `web-dg-${studentCode}-${choice.schoolYear}-${choice.term}`;
  if (type === 'PHAM_CHAT_NANG_LUC') {
    return `web-pcnl-${studentCode}-${choice.schoolYear}-${choice.term}-${choice.kind}`;
  }
  return `web-cd-${studentCode}-${choice.period}-${slug(choice.topic)}`;
}

const TYPE = {THCS: 'REN_LUYEN_HOC_TAP', TIEU_HOC: 'PHAM_CHAT_NANG_LUC', MAM_NON: 'CHU_DE'};

/** The fields of one student's card for a level: [{key, label, levels, compact, group}]. */
function fieldsOf(level) {
  if (level === 'THCS') return Object.entries(T.tt22).map(([key, label]) => ({key, label, levels: TT22_LEVELS}));
  if (level === 'TIEU_HOC') {
    return Object.entries(T.tt27Item).map(([key, [group, label]]) => ({key, label, group, levels: TT27_LEVELS,
      compact: true}));
  }
  return Object.entries(T.domain).map(([key, label]) => ({key, label, levels: DOMAIN_LEVELS}));
}

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

  const select = (id, label, options, key) => {
    const el = h('select', {id, onchange: () => {
      choice[key] = el.value;
    }}, Object.entries(options).map(([v, text]) => h('option', {value: v, selected: v === choice[key]}, text)));
    return h('div', {class: 'field'}, h('label', {for: id}, label), el);
  };
  let pickers;
  if (type === 'CHU_DE') {
    const topic = h('input', {id: 'a-topic', type: 'text', maxlength: 200, required: true,
      'aria-describedby': 'a-topic-hint', oninput: () => {
        choice.topic = topic.value.trim();
      }});
    const period = h('input', {id: 'a-month', type: 'month', value: month, max: month, onchange: () => {
      choice.period = period.value;
    }});
    pickers = h('div', {class: 'pickers'},
      h('div', {class: 'field'}, h('label', {for: 'a-topic'}, T.topic), topic,
        h('p', {class: 'hint', id: 'a-topic-hint'}, T.topicHint)),
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
    const row = {outcome: null, message: null, values: {}};
    rows.set(s.studentCode, row);
    row.tags = h('span', {class: 'row-tags'});
    row.msg = h('p', {id: `a-${i}-msg`, class: 'cell-msg', 'aria-live': 'polite'});
    const inputs = fields.map((f) => {
      const label = T.fieldOf(f.label, s.fullName);
      if (f.compact) {
        const el = h('select', {id: `a-${i}-${f.key}`, 'aria-label': label, onchange: () => {
          row.values[f.key] = el.value;
        }}, h('option', {value: ''}, T.notAssessed), f.levels.map((v) => h('option', {value: v}, T.level[v])));
        return {group: f.group, node: h('div', {class: 'field'}, h('label', {for: `a-${i}-${f.key}`}, f.label), el)};
      }
      return {node: h('fieldset', {class: 'segmented', 'aria-label': label}, h('legend', null, f.label),
        f.levels.map((v) => h('label', {class: 'segment'},
          h('input', {type: 'radio', name: `a-${i}-${f.key}`, value: v, onchange: () => {
            row.values[f.key] = v;
          }}), h('span', null, T.level[v]))))};
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
      h('p', {class: 'as-name'}, s.fullName, ' ', row.tags), row.msg, body, row.comment);
    return row.card;
  });

  const error = errorLine();
  const result = h('p', {class: 'result', role: 'status', hidden: true});
  const sendButton = h('button', {type: 'button', class: 'primary big'}, T.send);

  function record(s, row) {
    const picked = Object.fromEntries(Object.entries(row.values).filter(([, v]) => v));
    if (Object.keys(picked).length === 0) return null;
    const r = {sourceId: sourceId(type, s.studentCode, choice), studentCode: s.studentCode, type};
    if (type === 'REN_LUYEN_HOC_TAP') Object.assign(r, {schoolYear: choice.schoolYear, term: choice.term}, picked);
    if (type === 'PHAM_CHAT_NANG_LUC') {
      Object.assign(r, {schoolYear: choice.schoolYear, term: choice.term, kind: choice.kind, items: picked});
    }
    if (type === 'CHU_DE') Object.assign(r, {topic: choice.topic, period: choice.period, domains: picked});
    const comment = row.comment.value.trim();
    if (comment) r.comment = comment;
    return r;
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
    for (const s of students) {
      const r = record(s, rows.get(s.studentCode));
      if (!r) continue;
      records.push(r);
      who.push(s.studentCode);
    }
    if (records.length === 0) {
      ctx.toast(T.nothing);
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
      for (const row of rows.values()) {
        fill(row.tags, row.outcome ? outcomeTag(row.outcome) : null);
        row.msg.textContent = row.message || '';
        row.card.classList.toggle('rejected', row.outcome === 'rejected');
      }
      result.textContent = countsLine(answer);
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
}
