// The child's growth (#/con/:student/tang-truong): weight-for-age, height-for-age and BMI-for-age charts against the
// WHO reference (2006 standards to 5 years, 2007 reference to 19), each with a text summary for screen readers, then
// every measurement with where it lies.
import {h, fill, useCss} from '../core/dom.js';
import {T as CT} from '../core/texts.js';
import * as format from '../core/format.js';
import {G} from './growth-texts.js';
import {css, backLink, childOf, notFound, isNotFound, load, offlineNote, errorLine, cleaner} from './common.js';
import {chart} from './growth-chart.js';

const CHARTS = [
  {key: 'weightForAge', title: G.weight, unit: G.kg, value: (p) => Number(p.weightKg)},
  {key: 'heightForAge', title: G.height, unit: G.cm, value: (p) => Number(p.heightCm)},
  {key: 'bmiForAge', title: G.bmi, unit: G.bmiUnit, value: (p) => Number(p.bmi), overweightLine: true},
];

/** The first month of the WHO 2007 reference, from which BMI above +1 SD is overweight. */
const FIVE_YEARS_PLUS = 61;

/** Calendar age on a day, as the notices say it ("3 tuổi 6 tháng"). */
export function ageText(birthDate, date) {
  const b = new Date(`${birthDate}T00:00:00Z`);
  const d = new Date(`${date}T00:00:00Z`);
  let months = (d.getUTCFullYear() - b.getUTCFullYear()) * 12 + d.getUTCMonth() - b.getUTCMonth();
  if (d.getUTCDate() < b.getUTCDate()) months -= 1;
  return G.age(Math.floor(months / 12), months % 12);
}

function band(score) {
  if (!score) return null;
  const z = format.decimal(Number(score.z)).replace('-', '−');
  return h('span', {class: score.band === 'BINH_THUONG' ? 'growth-band' : 'growth-band alert'},
    `${score.label} (${G.sd(z)})`);
}

function charts(growth) {
  return CHARTS.filter((c) => growth.curves[c.key]).map((c, i) => {
    const points = growth.points.filter((p) => p.ageMonths !== null)
      .map((p) => ({ageMonths: Number(p.ageMonths), value: c.value(p), point: p}));
    const last = points[points.length - 1];
    const id = `growth-summary-${i}`;
    const lastText = last ? G.summaryPoint(format.date(last.point.date), ageText(growth.birthDate, last.point.date),
      format.decimal(last.value), c.unit, (last.point.scores[c.key] || {}).label || '') : '';
    const curve = growth.curves[c.key];
    const plus1From = c.overweightLine && curve.months[curve.months.length - 1] >= FIVE_YEARS_PLUS
      ? FIVE_YEARS_PLUS : null;
    return h('section', {class: 'card growth-card'},
      h('h3', null, `${c.title} (${c.unit})`),
      chart(curve, points, id, plus1From),
      h('p', {class: 'growth-summary', id}, G.summary(c.title, points.length, lastText)),
      plus1From === null ? null : h('p', {class: 'growth-legend'}, G.bmiLegend));
  });
}

function measures(growth) {
  const known = growth.status === 'ASSESSED';
  return h('section', {class: 'card'},
    h('h3', null, G.measures),
    h('ul', {class: 'entries-list'}, growth.points.slice().reverse().map((p) => h('li', {class: 'entry-card'},
      h('p', {class: 'entry-head'}, h('span', {class: 'entry-type'}, G.type[p.type] || p.type),
        h('span', {class: 'row-time'}, format.date(p.date))),
      known ? h('p', null, ageText(growth.birthDate, p.date)) : null,
      h('p', null, G.measure(format.decimal(Number(p.heightCm)), format.decimal(Number(p.weightKg)),
        format.decimal(Number(p.bmi)))),
      Object.keys(G.indicator).filter((k) => p.scores[k]).map((k) =>
        h('p', null, `${G.indicator[k]}: `, band(p.scores[k])))))));
}

export function render(view, params, ctx) {
  css();
  useCss('/app/inbox/growth.css');
  ctx.setTitle(G.title);
  const bag = [];
  const child = childOf(view, params, ctx, 'tang-truong', bag);
  if (!child) return cleaner(bag, []);
  const box = h('div', null, h('p', {class: 'empty'}, CT.loading));
  fill(view, backLink(), h('h2', {class: 'screen-sub'}, `${G.title} – ${child.fullName}`), box);
  const code = child.studentCode;
  load(ctx, `book:${code}:growth`, `/api/v1/notices/students/${encodeURIComponent(code)}/growth`).then((result) => {
    const growth = result.data;
    if (!growth.points.length) {
      fill(box, offlineNote(result), h('p', {class: 'empty'}, G.empty));
      return;
    }
    const drawn = charts(growth);
    const note = growth.status !== 'ASSESSED' ? G.noBirth : drawn.length === 0 ? G.outOfRange : null;
    fill(box, offlineNote(result),
      note ? h('p', {class: 'card', role: 'note'}, note) : null,
      drawn,
      drawn.length ? h('p', {class: 'growth-legend'}, G.legend, ' ',
        G.reference(`${growth.reference}, ${growth.sex === 'MALE' ? G.boy : G.girl}`)) : null,
      measures(growth));
  }, (e) => {
    if (isNotFound(e)) notFound(view, ctx);
    else fill(box, errorLine(e));
  });
  return cleaner(bag, []);
}
