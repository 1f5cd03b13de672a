// One growth chart as hand-drawn SVG (no chart library): the WHO curves at −3, −2, 0, +2 and +3 SD for the child's
// sex over the ages shown (for BMI from 5 years also +1 SD, the overweight cut-off there), and the child's
// measurements as points joined by a line. Colours and sizes come from growth.css (classes only: the CSP forbids
// inline styles). The SVG is role="img", labelled by a text summary.
import {G} from './growth-texts.js';

const NS = 'http://www.w3.org/2000/svg';
const W = 320;
const H = 220;
const PAD = {left: 38, right: 10, top: 10, bottom: 34};

function el(tag, attrs, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  for (const c of children) if (c) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** A "nice" tick step for a range, so that about five ticks fit. */
function step(range) {
  const raw = range / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw);
}

/**
 * @param curve   {months, minus3, minus2, median, plus1, plus2, plus3} from the growth API
 * @param points  [{ageMonths, value}] of the child
 * @param labelId id of the element that says in words what the chart shows
 * @param plus1From the first month to draw the +1 SD curve from (BMI past 5 years), or null for none
 */
export function chart(curve, points, labelId, plus1From = null) {
  const months = curve.months;
  const x0 = months[0];
  const x1 = months[months.length - 1];
  const values = [...curve.minus3, ...curve.plus3, ...points.map((p) => p.value)].map(Number);
  const s = step(Math.max(...values) - Math.min(...values));
  const y0 = Math.floor(Math.min(...values) / s) * s;
  const y1 = Math.ceil(Math.max(...values) / s) * s;
  const X = (m) => PAD.left + ((m - x0) / Math.max(1, x1 - x0)) * (W - PAD.left - PAD.right);
  const Y = (v) => H - PAD.bottom - ((v - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
  const line = (ys, cls, from = x0) => el('polyline', {class: cls, fill: 'none',
    points: months.map((m, i) => (m < from ? null : `${X(m).toFixed(1)},${Y(Number(ys[i])).toFixed(1)}`))
      .filter(Boolean).join(' ')});

  const svg = el('svg', {viewBox: `0 0 ${W} ${H}`, class: 'growth-svg', role: 'img', 'aria-labelledby': labelId});
  const grid = el('g', {class: 'growth-grid', 'aria-hidden': 'true'});
  for (let v = y0; v <= y1 + 1e-9; v += s) {
    grid.append(el('line', {x1: PAD.left, x2: W - PAD.right, y1: Y(v), y2: Y(v)}),
      el('text', {x: PAD.left - 4, y: Y(v) + 4, class: 'growth-tick', 'text-anchor': 'end'}, String(+v.toFixed(1))));
  }
  const every = x1 - x0 > 24 ? 12 : 6;
  for (let m = Math.ceil(x0 / every) * every; m <= x1; m += every) {
    grid.append(el('line', {x1: X(m), x2: X(m), y1: PAD.top, y2: H - PAD.bottom}),
      el('text', {x: X(m), y: H - PAD.bottom + 14, class: 'growth-tick', 'text-anchor': 'middle'}, String(m)));
  }
  grid.append(el('text', {x: (PAD.left + W - PAD.right) / 2, y: H - 4, class: 'growth-axis',
    'text-anchor': 'middle'}, G.months));
  svg.append(grid,
    line(curve.minus3, 'sd3'), line(curve.plus3, 'sd3'),
    line(curve.minus2, 'sd2'), line(curve.plus2, 'sd2'),
    line(curve.median, 'sd0'),
    plus1From === null || !curve.plus1 ? null : line(curve.plus1, 'sd1', plus1From));
  const shown = points.filter((p) => p.ageMonths >= x0 && p.ageMonths <= x1);
  if (shown.length > 1) {
    svg.append(el('polyline', {class: 'child-line', fill: 'none',
      points: shown.map((p) => `${X(p.ageMonths).toFixed(1)},${Y(p.value).toFixed(1)}`).join(' ')}));
  }
  for (const p of shown) svg.append(el('circle', {class: 'child-point', cx: X(p.ageMonths), cy: Y(p.value), r: 4}));
  return svg;
}
