// A district's or a department's dashboard (GET /districts/{code}, /departments/{code}): totals, a bar chart per
// school (a department's: per district, where the answer has them), the trend, and the exports.
import {h, fill} from '../../core/dom.js';
import {date, time} from '../../core/format.js';
import {T} from './texts.js';
import {API, css, section, downloadButton, fileName, href} from './common.js';
import {barChart} from './charts.js';
import {trendSection} from './trend.js';
import {totalsCard} from './totals.js';

const SERIES = ['staff', 'teachers', 'guardians'];

/** kind: 'district' or 'department'. */
export async function renderArea(view, params, ctx, kind) {
  await css();
  ctx.setTitle(kind === 'district' ? T.districtTitle : T.departmentTitle);
  fill(view, h('p', {class: 'hint'}, '…'));
  const code = params.code;
  const base = `${API}/${kind === 'district' ? 'districts' : 'departments'}/${encodeURIComponent(code)}`;
  let area;
  try {
    area = await ctx.api.get(base);
  } catch (e) {
    fill(view, h('a', {class: 'back', href: '#/quan-tri/dieu-hanh'}, T.back),
      h('p', {class: 'error', role: 'alert'}, e.message));
    return;
  }
  ctx.setTitle(area.name);
  // A department's answer lists its districts once the department tier gives them; its schools otherwise.
  const perDistrict = Array.isArray(area.districts);
  const units = perDistrict ? area.districts : (area.schools || []);
  const rows = units.map((u) => ({key: u.code, label: u.name,
    href: href(perDistrict ? 'district' : 'school', u.code), figures: u.figures}));
  const title = perDistrict ? T.byDistrict : T.bySchool;
  fill(view,
    h('a', {class: 'back', href: '#/quan-tri/dieu-hanh'}, T.back),
    h('p', {class: 'hint as-of'}, T.asOf(`${time(area.asOf)} ${date(area.asOf)}`)),
    totalsCard(area.figures),
    section('by-unit-h', title, barChart('unit-chart', title, rows, SERIES,
      perDistrict ? T.colUnit.district : T.colUnit.school)),
    trendSection(ctx, base),
    // The district's export: per school; the department's: per district office, then the department's total.
    section('exports-h', T.exports, h('div', {class: 'actions'},
      downloadButton(ctx, T.exportFiguresXlsx, `${base}/export?format=xlsx`, fileName('tien-do', code, 'xlsx')),
      downloadButton(ctx, T.exportFiguresCsv, `${base}/export?format=csv`, fileName('tien-do', code, 'csv')))));
}
