// The trend section: the last 30 days of daily snapshots (GET …/history?from=&to=). A district's and a department's
// history share the school's shape; where the server has none yet (404), the section says "no data".
import {h, fill} from '../../core/dom.js';
import {today} from '../../core/format.js';
import {T} from './texts.js';
import {section} from './common.js';
import {lineChart} from './charts.js';

const SERIES = ['staff', 'teachers', 'guardians'];

/** yyyy-MM-dd, days before another yyyy-MM-dd. */
export function daysBefore(isoDate, days) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** The section, filled when the history answers. base: '/api/v1/adoption/schools/THCS-1' and the like. */
export function trendSection(ctx, base) {
  const body = h('div', null, h('p', {class: 'hint'}, T.noRows));
  const to = today();
  ctx.api.get(`${base}/history?from=${daysBefore(to, 29)}&to=${to}`).then(
    (history) => fill(body, lineChart('trend-chart', history.days || [], SERIES)),
    (e) => fill(body, e.status === 404 ? h('p', {class: 'hint'}, T.noHistory)
      : h('p', {class: 'error', role: 'alert'}, e.message)));
  return section('trend-h', T.trend, body);
}
