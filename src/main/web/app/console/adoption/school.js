// A school's dashboard (GET /api/v1/adoption/schools/{code}): its totals, a bar chart per class, the trend, the
// not-activated list with "invite", and the exports.
import {h, fill} from '../../core/dom.js';
import {date, time} from '../../core/format.js';
import {T} from './texts.js';
import {API, css, section, downloadButton, fileName} from './common.js';
import {barChart} from './charts.js';
import {trendSection} from './trend.js';
import {notActivatedSection} from './not-activated.js';
import {totalsCard} from './totals.js';

const SERIES = ['staff', 'teachers', 'guardians'];

export async function render(view, params, ctx) {
  await css();
  ctx.setTitle(T.schoolTitle);
  fill(view, h('p', {class: 'hint'}, '…'));
  const code = params.code;
  const base = `${API}/schools/${encodeURIComponent(code)}`;
  let school;
  try {
    school = await ctx.api.get(base);
  } catch (e) {
    fill(view, h('a', {class: 'back', href: '#/quan-tri/dieu-hanh'}, T.back),
      h('p', {class: 'error', role: 'alert'}, e.message));
    return;
  }
  ctx.setTitle(school.name);
  const rows = (school.classes || []).map((c) => ({key: String(c.classId), label: c.name,
    sub: T.homeroom(c.homeroomTeacher), figures: c.figures}));
  fill(view,
    h('a', {class: 'back', href: '#/quan-tri/dieu-hanh'}, T.back),
    h('p', {class: 'hint as-of'}, T.asOf(`${time(school.asOf)} ${date(school.asOf)}`)),
    totalsCard(school.figures),
    section('by-class-h', T.byClass, barChart('class-chart', T.byClass, rows, SERIES, T.colUnit.class)),
    trendSection(ctx, base),
    notActivatedSection(ctx, code),
    section('exports-h', T.exports, h('div', {class: 'actions'},
      downloadButton(ctx, T.exportFiguresXlsx, `${base}/export?format=xlsx`, fileName('tien-do', code, 'xlsx')),
      downloadButton(ctx, T.exportFiguresCsv, `${base}/export?format=csv`, fileName('tien-do', code, 'csv')),
      downloadButton(ctx, T.exportListXlsx, `${base}/not-activated/export?format=xlsx`,
        fileName('chua-kich-hoat', code, 'xlsx')),
      downloadButton(ctx, T.exportListCsv, `${base}/not-activated/export?format=csv`,
        fileName('chua-kich-hoat', code, 'csv')))));
}
