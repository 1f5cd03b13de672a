// A child's class timetable (#/con/:student/thoi-khoa-bieu): this week and next, a day-by-day list on a phone and a
// grid on a laptop. Only what the server shows the caller: another family's child is a 404.
import {h, fill, useCss} from '../core/dom.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {week, mondayOf, plusDays} from './week.js';

export function render(view, params, ctx) {
  useCss('/app/timetable/timetable.css');
  ctx.setTitle(T.title);
  const code = params.student;
  const child = ctx.profile.children().find((c) => c.studentCode === code);
  const name = child ? child.fullName : code;
  const thisMonday = mondayOf(format.today());
  let shown = thisMonday;
  const heading = h('h2', {class: 'screen-sub'}, T.heading(name, child && child.className));
  const tabs = h('div', {class: 'tt-tabs', role: 'group', 'aria-label': T.weeks});
  const box = h('div', {class: 'tt-box'}, h('p', {class: 'empty'}, T.loading));
  fill(view, h('p', {class: 'back'}, h('a', {href: '#/hop-thu'}, `‹ ${T.back}`)), heading, tabs, box);

  function drawTabs() {
    fill(tabs, [[thisMonday, T.thisWeek], [plusDays(thisMonday, 7), T.nextWeek]].map(([monday, label]) =>
      h('button', {type: 'button', class: 'tt-tab', 'aria-pressed': String(monday === shown),
        onclick: () => { shown = monday; show(); }}, label)));
  }

  async function show() {
    drawTabs();
    let tt;
    try {
      tt = await ctx.api.get(`/api/v1/timetable/students/${encodeURIComponent(code)}?week=${shown}`);
    } catch (e) {
      fill(box, h('p', {class: 'error', role: 'alert'}, e.message));
      return;
    }
    if (tt.className) fill(heading, T.heading(name, tt.className));
    const range = h('p', {class: 'tt-range'}, T.weekOf(format.date(tt.week), format.date(plusDays(tt.week, 5))),
      tt.validFrom ? h('span', {class: 'tt-valid'}, T.validFrom(format.date(tt.validFrom))) : null);
    if (!tt.classId) fill(box, h('p', {class: 'empty'}, T.noClass));
    else if (tt.lessons.length === 0) fill(box, range, h('p', {class: 'empty'}, T.none));
    else fill(box, range, week(tt));
  }
  show();
}
