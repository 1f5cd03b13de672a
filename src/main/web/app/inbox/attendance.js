// The child's attendance (#/con/:student/chuyen-can): a month calendar (Monday first) with the days absent with or
// without permission and late arrivals (morning or afternoon), a legend, the month's counts and the list below.
import {h, fill} from '../core/dom.js';
import {T as CT} from '../core/texts.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {css, backLink, childOf,
  notFound, isNotFound, load, offlineNote, errorLine, label, longDate, cleaner} from './common.js';

const MARK = {CO_PHEP: 'P', KHONG_PHEP: 'K', DI_MUON: 'M'};
const SESSION_MARK = {SANG: 's', CHIEU: 'c', CA_NGAY: ''};
const CLASS = {CO_PHEP: 'st-excused', KHONG_PHEP: 'st-unexcused', DI_MUON: 'st-late'};
const WORST = ['KHONG_PHEP', 'CO_PHEP', 'DI_MUON'];

const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function entryWords(e) {
  return `${label(T.status, e.status)} (${label(T.session, e.session).toLowerCase()})`;
}

function calendar(y, m, records) {
  const byDay = new Map();
  for (const r of records) {
    if (!byDay.has(r.date)) byDay.set(r.date, []);
    byDay.get(r.date).push(r);
  }
  const first = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const total = daysIn(y, m);
  const today = format.today();
  const rows = [];
  let cells = [];
  for (let i = 0; i < first; i++) cells.push(h('td', {class: 'blank'}));
  for (let d = 1; d <= total; d++) {
    const date = iso(y, m, d);
    const entries = byDay.get(date) || [];
    const weekday = T.weekdays[(first + d - 1) % 7];
    const worst = WORST.find((s) => entries.some((e) => e.status === s));
    const words = entries.map(entryWords).join('; ');
    cells.push(h('td', {class: ['day', worst ? CLASS[worst] : '', date === today ? 'today' : ''].join(' ').trim(),
      'aria-label': words ? T.dayLabel(weekday, d, words) : T.dayPlain(weekday, d)},
    h('span', {class: 'day-num', 'aria-hidden': 'true'}, d),
    entries.length ? h('span', {class: 'day-marks', 'aria-hidden': 'true'},
      entries.map((e) => `${MARK[e.status] || '?'}${SESSION_MARK[e.session] || ''}`).join(' ')) : null));
    if (cells.length === 7) {
      rows.push(h('tr', null, cells));
      cells = [];
    }
  }
  if (cells.length) {
    while (cells.length < 7) cells.push(h('td', {class: 'blank'}));
    rows.push(h('tr', null, cells));
  }
  return h('table', {class: 'calendar'},
    h('caption', {class: 'sr-only'}, T.month(m, y)),
    h('thead', null, h('tr', null, T.weekdaysShort.map((s, i) => h('th', {scope: 'col'},
      h('abbr', {title: T.weekdays[i]}, s))))),
    h('tbody', null, rows));
}

function legend() {
  return h('section', {class: 'legend', 'aria-label': T.legend},
    h('h3', null, T.legend),
    h('ul', null,
      Object.entries(MARK).map(([status, mark]) => h('li', null,
        h('span', {class: `swatch ${CLASS[status]}`, 'aria-hidden': 'true'}, mark), label(T.status, status))),
      h('li', null, h('span', {class: 'swatch', 'aria-hidden': 'true'}, 's'), T.legendMorning),
      h('li', null, h('span', {class: 'swatch', 'aria-hidden': 'true'}, 'c'), T.legendAfternoon)));
}

export function render(view, params, ctx) {
  css();
  ctx.setTitle(T.attendanceTitle);
  const bag = [];
  const child = childOf(view, params, ctx, 'chuyen-can', bag);
  if (!child) return cleaner(bag, []);
  let [y, m] = format.today().split('-').map(Number);
  const title = h('h2', {class: 'month-title', 'aria-live': 'polite'});
  const box = h('div', {class: 'attendance'});
  const step = (delta) => {
    m += delta;
    if (m === 0) {
      m = 12;
      y -= 1;
    } else if (m === 13) {
      m = 1;
      y += 1;
    }
    show();
  };
  fill(view, backLink(), h('h2', {class: 'screen-sub'}, `${T.attendanceTitle} – ${child.fullName}`),
    h('div', {class: 'month-bar'},
      h('button', {type: 'button', 'aria-label': T.prevMonth, onclick: () => step(-1)}, '‹'),
      title,
      h('button', {type: 'button', 'aria-label': T.nextMonth, onclick: () => step(1)}, '›')),
    box);

  async function show() {
    title.textContent = T.month(m, y);
    fill(box, h('p', {class: 'empty'}, CT.loading));
    const code = child.studentCode;
    const from = iso(y, m, 1);
    const to = iso(y, m, daysIn(y, m));
    const wanted = from;
    let result;
    try {
      result = await load(ctx, `book:${code}:attendance:${from}`,
        `/api/v1/notices/students/${encodeURIComponent(code)}/attendance?from=${from}&to=${to}`);
    } catch (e) {
      if (wanted !== iso(y, m, 1)) return;
      if (isNotFound(e)) notFound(view, ctx);
      else fill(box, errorLine(e));
      return;
    }
    if (wanted !== iso(y, m, 1)) return; // the person moved to another month meanwhile
    const records = result.data.records || [];
    const counts = result.data.counts || {};
    fill(box, offlineNote(result), calendar(y, m, records), legend(),
      h('section', {class: 'counts'}, h('h3', null, T.counts),
        h('ul', null, Object.keys(MARK).map((s) => h('li', {class: `count ${CLASS[s]}`},
          T.countLine(label(T.status, s), counts[s] || 0))))),
      h('section', {class: 'entries'}, h('h3', null, T.entries),
        records.length === 0 ? h('p', {class: 'empty'}, T.noAbsences)
          : h('ul', {class: 'list'}, records.map((r) => h('li', {class: 'entry'},
            h('span', {class: `swatch ${CLASS[r.status] || ''}`, 'aria-hidden': 'true'}, MARK[r.status] || '?'),
            h('span', {class: 'row-main'},
              h('span', {class: 'row-title'}, longDate(r.date)),
              h('span', {class: 'row-text'}, entryWords(r),
                r.corrected ? h('span', {class: 'tag tag-corrected'}, T.correctedMark) : null),
              r.note ? h('span', {class: 'row-text note'}, r.note) : null))))));
  }
  show();
  return cleaner(bag, []);
}
