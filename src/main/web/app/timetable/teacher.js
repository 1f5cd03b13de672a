// A teacher's own week (#/thoi-khoa-bieu): their lessons across their classes, this week and next.
import {h, fill, useCss} from '../core/dom.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {week, mondayOf, plusDays} from './week.js';

export function render(view, params, ctx) {
  useCss('/app/timetable/timetable.css');
  ctx.setTitle(T.mineTitle);
  const thisMonday = mondayOf(format.today());
  let shown = thisMonday;
  const tabs = h('div', {class: 'tt-tabs', role: 'group', 'aria-label': T.weeks});
  const box = h('div', {class: 'tt-box'}, h('p', {class: 'empty'}, T.loading));
  fill(view, h('p', {class: 'back'}, h('a', {href: '#/lop'}, `‹ ${T.backToClasses}`)),
    h('h2', {class: 'screen-sub'}, T.mineTitle), tabs, box);

  function drawTabs() {
    fill(tabs, [[thisMonday, T.thisWeek], [plusDays(thisMonday, 7), T.nextWeek]].map(([monday, label]) =>
      h('button', {type: 'button', class: 'tt-tab', 'aria-pressed': String(monday === shown),
        onclick: () => { shown = monday; show(); }}, label)));
  }

  async function show() {
    drawTabs();
    let tt;
    try {
      tt = await ctx.api.get(`/api/v1/timetable/me?week=${shown}`);
    } catch (e) {
      fill(box, h('p', {class: 'error', role: 'alert'}, e.message));
      return;
    }
    const range = h('p', {class: 'tt-range'}, T.weekOf(format.date(tt.week), format.date(plusDays(tt.week, 5))));
    fill(box, range, tt.lessons.length === 0 ? h('p', {class: 'empty'}, T.noneMine) : week(tt, {withClass: true}));
  }
  show();
}
