// The child's assessments (#/con/:student/danh-gia): the school year's conduct and learning results (lower
// secondary), qualities and competences (primary) and topic assessments (preschool), newest first, each as a card
// with its levels; corrected ones marked. The exact sentence the school sent is in the inbox item.
import {h, fill} from '../core/dom.js';
import {T as CT} from '../core/texts.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {css, backLink, childOf, notFound, isNotFound, load, offlineNote, errorLine, label, cleaner} from './common.js';

/** The school year running today (it starts in August), and the two before it. */
function years() {
  const [y, m] = format.today().split('-').map(Number);
  const start = m >= 8 ? y : y - 1;
  return [0, 1, 2].map((i) => `${start - i}-${start - i + 1}`);
}

/** When the assessment was made: "Học kỳ I", "Giữa học kỳ I", "Cuối năm học", "Tháng 11/2025". */
function when(r) {
  if (r.type === 'CHU_DE') return r.period && r.period.length === 7 ? T.monthLine(r.period) : format.date(r.period);
  if (r.type === 'PHAM_CHAT_NANG_LUC') {
    if (r.kind === 'CUOI_KY' && r.term === 'HK2') return T.endOfYear;
    const term = label(T.term, r.term); // "Học kỳ I" → "học kỳ I": the numeral stays upper case
    return `${label(T.tt27Kind, r.kind)} ${term.charAt(0).toLowerCase()}${term.slice(1)}`;
  }
  return label(T.term, r.term);
}

function line(name, level, note) {
  return [h('dt', null, name), h('dd', null, h('strong', {class: `level level-${level}`}, label(T.level, level))),
    note ? h('dd', {class: 'level-note'}, note) : null];
}

/** The levels of one record, as a definition list (grouped for qualities and competences). */
function levels(r) {
  if (r.type === 'REN_LUYEN_HOC_TAP') {
    return h('dl', {class: 'levels'}, ['conduct', 'learning'].filter((k) => r[k]).map((k) => line(T.tt22[k], r[k])));
  }
  if (r.type === 'PHAM_CHAT_NANG_LUC') {
    const items = r.items || {};
    return Object.keys(T.tt27Group).map((group) => {
      const rows = Object.entries(T.tt27Item).filter(([code, [g]]) => g === group && items[code]);
      return rows.length === 0 ? null : h('div', {class: 'level-group'}, h('h3', null, T.tt27Group[group]),
        h('dl', {class: 'levels'}, rows.map(([code, [, name]]) => line(name, items[code]))));
    });
  }
  const domains = r.domains || {};
  return h('dl', {class: 'levels'}, Object.keys(T.domain).filter((d) => domains[d])
    .map((d) => line(T.domain[d], domains[d].level, domains[d].comment)));
}

function card(e) {
  const r = e.record || {};
  return h('li', {class: 'card entry-card'},
    h('p', {class: 'entry-head'}, h('span', {class: 'entry-type'}, label(T.assessmentType, r.type)),
      h('span', {class: 'row-time'}, when(r))),
    r.topic ? h('p', {class: 'entry-topic'}, T.topicLine(r.topic)) : null,
    e.corrected ? h('span', {class: 'tag tag-corrected'}, T.corrected) : null,
    levels(r),
    r.comment ? h('p', {class: 'hint'}, `${T.teacherComment}: ${r.comment}`) : null);
}

export function render(view, params, ctx) {
  css();
  ctx.setTitle(T.assessmentsTitle);
  const bag = [];
  const child = childOf(view, params, ctx, 'danh-gia', bag);
  if (!child) return cleaner(bag, []);
  const all = years();
  let year = all[0];
  const yearSelect = h('select', {id: 'assessments-year', onchange: (e) => {
    year = e.target.value;
    show();
  }}, all.map((y) => h('option', {value: y, selected: y === year}, y)));
  const box = h('div', null);
  fill(view, backLink(), h('h2', {class: 'screen-sub'}, `${T.assessmentsTitle} – ${child.fullName}`),
    h('div', {class: 'field-inline'}, h('label', {for: 'assessments-year'}, T.schoolYear), yearSelect), box);

  async function show() {
    fill(box, h('p', {class: 'empty'}, CT.loading));
    const code = child.studentCode;
    let result;
    try {
      result = await load(ctx, `book:${code}:assessments:${year}`,
        `/api/v1/notices/students/${encodeURIComponent(code)}/assessments?schoolYear=${encodeURIComponent(year)}`);
    } catch (e) {
      if (isNotFound(e)) notFound(view, ctx);
      else fill(box, errorLine(e));
      return;
    }
    const entries = result.data || [];
    fill(box, offlineNote(result), entries.length === 0 ? h('p', {class: 'empty'}, T.noAssessments)
      : h('ul', {class: 'entries-list', 'aria-label': T.assessmentsCaption(child.fullName, year)},
        entries.map(card)));
  }
  show();
  return cleaner(bag, []);
}
