// The child's grades (#/con/:student/diem): a table by subject (rows) and term/kind (columns), scores as 8,5 or the
// primary school's assessments, corrected entries marked. The subject column stays put when the table scrolls.
import {h, fill} from '../core/dom.js';
import {T as CT} from '../core/texts.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {css, backLink, childOf,
  notFound, isNotFound, load, offlineNote, errorLine, label, num, cleaner} from './common.js';

const COLUMNS = [
  ['HK1', 'THUONG_XUYEN'], ['HK1', 'GIUA_KY'], ['HK1', 'CUOI_KY'], ['HK1', 'TONG_KET'],
  ['HK2', 'THUONG_XUYEN'], ['HK2', 'GIUA_KY'], ['HK2', 'CUOI_KY'], ['HK2', 'TONG_KET'],
  ['CA_NAM', 'TONG_KET'],
];
const TERMS = ['HK1', 'HK2', 'CA_NAM'];

/** The school year running today (it starts in August), and the two before it. */
function years() {
  const [y, m] = format.today().split('-').map(Number);
  const start = m >= 8 ? y : y - 1;
  return [0, 1, 2].map((i) => `${start - i}-${start - i + 1}`);
}

function columns(subjects) {
  const cols = COLUMNS.map((c) => c.slice());
  for (const s of subjects) {
    for (const g of s.grades) {
      if (!cols.some(([t, k]) => t === g.term && k === g.kind)) cols.push([g.term, g.kind]);
    }
  }
  return cols.sort((a, b) => TERMS.indexOf(a[0]) - TERMS.indexOf(b[0])
    || Object.keys(T.gradeKind).indexOf(a[1]) - Object.keys(T.gradeKind).indexOf(b[1]));
}

function value(g) {
  return g.score !== null && g.score !== undefined ? num(g.score) : label(T.assessment, g.assessment);
}

function cell(grades) {
  if (grades.length === 0) return h('td', null, h('span', {class: 'sr-only'}, '—'));
  return h('td', null, grades.map((g) => h('span', {class: g.corrected ? 'grade corrected' : 'grade',
    title: g.comment || null},
  value(g), g.corrected ? h('span', {class: 'grade-mark'}, T.correctedMark) : null)));
}

export function render(view, params, ctx) {
  css();
  ctx.setTitle(T.gradesTitle);
  const bag = [];
  const child = childOf(view, params, ctx, 'diem', bag);
  if (!child) return cleaner(bag, []);
  const all = years();
  let year = all[0];
  const yearSelect = h('select', {id: 'grades-year', onchange: (e) => {
    year = e.target.value;
    show();
  }}, all.map((y) => h('option', {value: y, selected: y === year}, y)));
  const box = h('div', {class: 'grades'});
  fill(view, backLink(), h('h2', {class: 'screen-sub'}, `${T.gradesTitle} – ${child.fullName}`),
    h('div', {class: 'field-inline'}, h('label', {for: 'grades-year'}, T.schoolYear), yearSelect), box);

  async function show() {
    fill(box, h('p', {class: 'empty'}, CT.loading));
    const code = child.studentCode;
    let result;
    try {
      result = await load(ctx, `book:${code}:grades:${year}`,
        `/api/v1/notices/students/${encodeURIComponent(code)}/grades?schoolYear=${encodeURIComponent(year)}`);
    } catch (e) {
      if (isNotFound(e)) notFound(view, ctx);
      else fill(box, errorLine(e));
      return;
    }
    const subjects = result.data.subjects || [];
    if (subjects.length === 0) {
      fill(box, offlineNote(result), h('p', {class: 'empty'}, T.noGrades));
      return;
    }
    const cols = columns(subjects);
    const groups = TERMS.map((t) => [t, cols.filter(([term]) => term === t).length]).filter(([, n]) => n > 0);
    const table = h('table', {class: 'grade-table'},
      h('caption', {class: 'sr-only'}, T.gradesCaption(child.fullName, year)),
      h('thead', null,
        h('tr', null, h('th', {rowspan: 2, scope: 'col', class: 'sticky'}, T.subject),
          groups.map(([t, n]) => h('th', {colspan: n, scope: 'colgroup', class: 'term'}, T.term[t]))),
        h('tr', null, cols.map(([t, k]) => h('th', {scope: 'col', 'aria-label': `${T.gradeKind[k]}, ${T.term[t]}`},
          label(T.gradeKind, k))))),
      h('tbody', null, subjects.map((s) => h('tr', null,
        h('th', {scope: 'row', class: 'sticky'}, s.name || label(T.subjects, s.subject)),
        cols.map(([t, k]) => cell(s.grades.filter((g) => g.term === t && g.kind === k)))))));
    const anyCorrected = subjects.some((s) => s.grades.some((g) => g.corrected));
    fill(box, offlineNote(result), h('div', {class: 'table-wrap grade-wrap', tabindex: 0, role: 'region',
      'aria-label': T.gradesCaption(child.fullName, year)}, table),
    anyCorrected ? h('p', {class: 'hint'}, T.correctedLegend) : null);
  }
  show();
  return cleaner(bag, []);
}
