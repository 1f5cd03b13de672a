// A homeroom teacher's pending leave requests (#/don-xin-nghi): for each, the child, the days and the reason, an
// optional comment, and "Duyệt" / "Không duyệt". Approving marks the days absent with permission (the server does).
import {h, fill} from '../core/dom.js';
import {T} from './texts.js';
import {css, card, photoButton} from './common.js';

export function render(view, params, ctx) {
  css();
  ctx.setTitle(T.teacherTitle);
  const homeroom = ctx.profile.classes().filter((c) => c.homeroom);
  const schools = [...new Set(homeroom.map((c) => c.schoolCode))];
  const mine = new Set(homeroom.map((c) => c.classId));
  const list = h('div', {class: 'leave-pending'}, h('p', {class: 'empty'}, T.loading));
  fill(view, h('p', {class: 'back'}, h('a', {href: '#/lop'}, `‹ ${T.backToClasses}`)),
    h('h2', {class: 'screen-sub'}, T.teacherTitle), list);

  async function decide(id, decision, comment) {
    try {
      await ctx.api.post(`/api/v1/leave-requests/${id}/${decision}`, {comment: comment || null});
      ctx.toast(decision === 'approve' ? T.approved : T.declined);
      await show();
    } catch (e) {
      ctx.toast(e.message, 'error');
    }
  }

  function pending(r) {
    const comment = h('textarea', {maxlength: 500, 'aria-label': T.comment, placeholder: T.comment});
    return card(r, {showChild: true, extra: [photoButton(ctx, r), comment, h('div', {class: 'actions'},
      h('button', {type: 'button', class: 'primary', onclick: () => decide(r.id, 'approve', comment.value)},
        T.approve),
      h('button', {type: 'button', onclick: () => decide(r.id, 'decline', comment.value)}, T.decline))]});
  }

  async function show() {
    let requests = [];
    try {
      for (const school of schools) {
        const found = await ctx.api.get(`/api/v1/leave-requests/schools/${encodeURIComponent(school)}?status=PENDING`);
        requests = requests.concat(found.filter((r) => mine.has(r.classId)));
      }
    } catch (e) {
      fill(list, h('p', {class: 'error', role: 'alert'}, e.message));
      return;
    }
    fill(list, requests.length === 0 ? h('p', {class: 'empty'}, T.noPending)
      : h('ul', {class: 'leave-list'}, requests.map(pending)));
  }
  show();
}
