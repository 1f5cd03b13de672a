// Small hand-written charts. The words and figures are HTML text (16 px at least, zoomable, read out); SVG draws only
// the bars and lines, scaled by the browser (no inline style: the CSP forbids it). Each chart has its table.
import {h} from '../../core/dom.js';
import {date} from '../../core/format.js';
import {T} from './texts.js';

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) el.setAttribute(name, String(value));
  children.forEach((c) => el.append(c));
  return el;
}

/** One bar, 0–100 %: a track and its fill, without text (the text is beside it). */
function bar(key, percent) {
  const width = percent === null || percent === undefined ? 0 : Math.max(0, Math.min(100, percent));
  return svg('svg', {class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true',
    focusable: 'false'},
  svg('rect', {class: 'bar-track', x: 0, y: 0, width: 100, height: 10}),
  svg('rect', {class: `bar-fill s-${key}`, x: 0, y: 0, width, height: 10, 'data-percent': percent ?? ''}));
}

/**
 * A bar chart of activation: for each row (a class, school or district), one bar per series.
 * rows: [{key, label, sub, href, figures}]; series: ['staff', 'teachers', 'guardians'].
 */
export function barChart(id, title, rows, series, unitColumn) {
  if (rows.length === 0) return h('div', {class: 'chart', id}, h('p', {class: 'hint'}, T.noRows));
  const chart = h('ul', {class: 'bars', 'aria-label': T.chartLabel(title)},
    rows.map((r) => h('li', {class: 'bar-row', dataset: {key: r.key}},
      h('p', {class: 'bar-label'}, r.href ? h('a', {href: r.href}, r.label) : r.label,
        r.sub ? h('span', {class: 'bar-sub'}, ` · ${r.sub}`) : null),
      series.map((key) => h('div', {class: 'bar-line', dataset: {series: key}},
        h('span', {class: 'bar-name'}, T.series[key]),
        bar(key, r.figures[key].percent),
        h('span', {class: 'bar-value'}, T.share(r.figures[key])))))));
  return h('div', {class: 'chart', id},
    legend(series), chart, table(rows, ['staff', 'teachers', 'guardians', 'students'], unitColumn));
}

function legend(series) {
  return h('ul', {class: 'legend', 'aria-hidden': 'true'}, series.map((key) => h('li', null,
    svg('svg', {class: 'swatch', viewBox: '0 0 10 10'},
      svg('rect', {class: `bar-fill s-${key}`, width: 10, height: 10})),
    T.seriesLong[key])));
}

/** The figures as a table (the chart's text equivalent), in a box that opens on demand. */
function table(rows, series, unitColumn) {
  return h('details', {class: 'as-table'}, h('summary', null, T.asTable),
    h('div', {class: 'table-wrap'}, h('table', null,
      h('thead', null, h('tr', null, h('th', {scope: 'col'}, unitColumn),
        series.map((key) => h('th', {scope: 'col'}, T.colShare[key])))),
      h('tbody', null, rows.map((r) => h('tr', null, h('th', {scope: 'row'}, r.label),
        series.map((key) => h('td', {class: 'num'}, T.share(r.figures[key])))))))));
}

/**
 * A line chart of the daily history: x the days, y 0–100 %, one line per series; days: [{day, figures}].
 * The SVG stretches to the box; its strokes keep their width (non-scaling-stroke).
 */
export function lineChart(id, days, series) {
  if (days.length === 0) return h('div', {class: 'chart trend', id}, h('p', {class: 'hint'}, T.noHistory));
  const n = days.length;
  const x = (i) => (n === 1 ? 50 : (i * 100) / (n - 1));
  const y = (p) => 100 - Math.max(0, Math.min(100, p));
  const grid = [0, 25, 50, 75, 100].map((p) => svg('line', {class: 'grid', x1: 0, x2: 100, y1: y(p), y2: y(p),
    'vector-effect': 'non-scaling-stroke'}));
  const lines = series.map((key) => {
    const points = days.map((d, i) => [i, d.figures[key].percent]).filter(([, p]) => p !== null && p !== undefined)
      .map(([i, p]) => `${x(i)},${y(p)}`).join(' ');
    return svg('polyline', {class: `line s-${key}`, points, fill: 'none', 'vector-effect': 'non-scaling-stroke',
      'data-series': key});
  });
  const plot = svg('svg', {class: 'plot', viewBox: '0 0 100 100', preserveAspectRatio: 'none', 'aria-hidden': 'true',
    focusable: 'false'}, ...grid, ...lines);
  return h('div', {class: 'chart trend', id, role: 'group', 'aria-label': T.trendLabel},
    legend(series),
    h('div', {class: 'trend-box'},
      h('div', {class: 'y-axis', 'aria-hidden': 'true'}, h('span', null, '100 %'), h('span', null, '50 %'),
        h('span', null, '0 %')),
      h('div', {class: 'plot-box'}, plot)),
    h('p', {class: 'x-axis', 'aria-hidden': 'true'}, h('span', null, date(days[0].day)),
      h('span', null, date(days[n - 1].day))),
    h('details', {class: 'as-table'}, h('summary', null, T.asTable),
      h('div', {class: 'table-wrap'}, h('table', null,
        h('thead', null, h('tr', null, h('th', {scope: 'col'}, T.colDay),
          series.map((key) => h('th', {scope: 'col'}, T.colShare[key])))),
        h('tbody', null, days.map((d) => h('tr', null, h('th', {scope: 'row'}, date(d.day)),
          series.map((key) => h('td', {class: 'num'}, T.share(d.figures[key]))))))))));
}
