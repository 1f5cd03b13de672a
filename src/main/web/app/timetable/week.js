// One week of lessons drawn twice from the same data: a day-by-day list (a phone) and a grid of days × periods
// (a laptop); the stylesheet shows one of them by the screen's width. Empty days say so in the list.
import {h} from '../core/dom.js';
import * as format from '../core/format.js';
import {T} from './texts.js';

export const DAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
export const SESSIONS = ['SANG', 'CHIEU'];
export const PERIODS = [1, 2, 3, 4, 5];

/** yyyy-MM-dd plus n days. */
export function plusDays(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return t.toISOString().slice(0, 10);
}

/** The Monday of the week of a yyyy-MM-dd. */
export function mondayOf(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return plusDays(iso, dow === 0 ? -6 : 1 - dow);
}

/** The week's lessons: the list and the grid. {withClass}: show each lesson's class (a teacher's own week). */
export function week(view, {withClass = false} = {}) {
  const monday = view.week;
  const today = format.today();
  const byDay = DAYS.map((_, i) => view.lessons.filter((l) => l.day === i + 1));
  const list = h('div', {class: 'tt-days'}, DAYS.map((name, i) => {
    const date = plusDays(monday, i);
    const lessons = byDay[i];
    return h('section', {class: date === today ? 'tt-day tt-today' : 'tt-day', dataset: {day: String(i + 1)}},
      h('h3', null, `${name} ${format.date(date).slice(0, 5)}`,
        date === today ? h('span', {class: 'tt-badge'}, T.today) : null),
      lessons.length === 0 ? h('p', {class: 'empty'}, T.noLessons)
        : h('ol', {class: 'tt-lessons'}, lessons.map((l) => h('li', {class: `tt-lesson tt-${l.session}`},
          h('span', {class: 'tt-slot'}, T.slot(l.session, l.period)),
          h('span', {class: 'tt-subject'}, l.subject),
          details(l, withClass)))));
  }));
  const used = SESSIONS.filter((s) => view.lessons.some((l) => l.session === s));
  const grid = h('table', {class: 'tt-grid'},
    h('caption', {class: 'sr-only'}, T.gridCaption(format.date(monday), format.date(plusDays(monday, 5)))),
    h('thead', null, h('tr', null, h('th', {scope: 'col'}, ''),
      DAYS.map((name, i) => {
        const date = plusDays(monday, i);
        return h('th', {scope: 'col', class: date === today ? 'tt-today' : null}, name,
          h('span', {class: 'tt-date'}, format.date(date).slice(0, 5)));
      }))),
    used.map((session) => h('tbody', {class: `tt-${session}`}, PERIODS.map((p) => h('tr', null,
      h('th', {scope: 'row'}, p === 1 ? h('span', {class: 'tt-session'}, T.sessions[session]) : null, T.period(p)),
      DAYS.map((_, i) => {
        const l = byDay[i].find((x) => x.session === session && x.period === p);
        return h('td', {class: l ? 'tt-cell' : 'tt-cell tt-free'}, l
          ? [h('span', {class: 'tt-subject'}, l.subject), details(l, withClass)] : '');
      }))))));
  return h('div', {class: 'tt-week'}, list, grid);
}

function details(l, withClass) {
  // A teacher's own week names the class instead of the teacher (themself).
  const parts = [withClass ? T.inClass(l.className) : l.teacher, l.room ? T.room(l.room) : null]
    .filter(Boolean);
  return parts.length ? h('span', {class: 'tt-detail'}, parts.join(' · ')) : null;
}
