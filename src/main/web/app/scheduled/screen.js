// "Đã hẹn giờ": the directives, notice batches and chat messages the signed-in person scheduled that have not gone
// yet, soonest first, each with "Hủy gửi". Two routes show it: #/quan-tri/hen-gio in the console (next to the
// directives) and #/hen-gio for teachers (from "Lớp của tôi").
import {h, fill, useCss} from '../core/dom.js';
import {S} from './texts.js';
import {pendingRows} from './rows.js';
import {cancelControl} from './cancel.js';

export async function render(view, params, ctx) {
  useCss('/app/scheduled/scheduled.css');
  ctx.setTitle(S.title);
  const inConsole = location.hash.startsWith('#/quan-tri');
  const back = inConsole ? h('a', {class: 'back', href: '#/quan-tri/van-ban'}, S.backConsole)
    : h('a', {class: 'back', href: '#/lop'}, S.back);
  const list = h('ul', {class: 'list sched-list', 'aria-label': S.title});
  const status = h('p', {class: 'hint', role: 'status'}, S.loading);
  const alreadySent = h('p', {class: 'error sched-gone', role: 'alert', hidden: true}, S.alreadySent);
  fill(view, back, h('h1', {class: 'sched-h'}, S.title), h('p', {class: 'hint'}, S.intro), alreadySent, status, list);

  async function load() {
    const {rows, partly} = await pendingRows(ctx);
    fill(list, rows.map((r) => rowItem(r)));
    status.textContent = partly ? S.partly : rows.length ? '' : S.empty;
    status.className = partly ? 'error' : rows.length ? 'hint' : 'empty';
    status.hidden = !status.textContent;
  }

  function rowItem(r) {
    const li = h('li', {class: 'sched-row', 'data-kind': r.kind},
      h('div', {class: 'row-main'},
        h('div', {class: 'row-title'}, h('span', {class: `tag sched-${r.kind}`}, S.kinds[r.kind]), ' ',
          r.conversationId ? h('a', {href: `#/tro-chuyen/${r.conversationId}`}, r.title) : r.title),
        h('div', {class: 'row-sub'}, S.to(r.whom)),
        h('div', {class: 'sched-when'}, S.willSend(r.sendAt))),
      cancelControl(ctx, r, async (outcome) => {
        alreadySent.hidden = outcome !== 'gone';
        if (outcome === 'cancelled') {
          li.remove();
          if (!list.children.length) await load();
        } else {
          await load();
        }
      }));
    return li;
  }

  await load();
}
