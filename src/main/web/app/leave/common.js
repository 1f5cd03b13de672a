// What the leave screens share: their stylesheet and one request drawn as a card.
import {h, fill, useCss} from '../core/dom.js';
import * as format from '../core/format.js';
import {T} from './texts.js';

export function css() {
  useCss('/app/leave/leave.css');
}

/**
 * A request's card: the child (for staff), the days, its status, the reason and the comment of whoever decided,
 * named as texts to families name them ("Nhận xét của cô Phạm Thị Hoa: …"; without a comment "Người duyệt đơn: …").
 */
export function card(r, {showChild = false, extra = null} = {}) {
  return h('li', {class: 'leave-card', dataset: {leaveId: r.id}},
    showChild ? h('span', {class: 'who'}, T.child(r.studentName, r.className)) : null,
    h('span', {class: 'period'}, T.period(r.session, format.date(r.from), format.date(r.to))),
    h('span', {class: `leave-status leave-${r.status}`}, T.status[r.status] || r.status),
    h('span', {class: 'reason'}, T.reasonLine(r.reason)),
    r.decisionComment ? h('span', {class: 'comment'}, T.teacherComment(r.decisionComment, r.decidedBy))
      : r.decidedBy ? h('span', {class: 'comment'}, T.decidedBy(r.decidedBy)) : null,
    r.hasPhoto ? h('span', {class: 'has-photo'}, T.hasPhoto) : null,
    extra);
}

/** A button that shows the request's photo inside the card (a protected file: fetched with the session). */
export function photoButton(ctx, r) {
  if (!r.hasPhoto) return null;
  const box = h('div', {class: 'leave-photo'});
  const button = h('button', {type: 'button', onclick: async () => {
    button.disabled = true;
    try {
      const url = await ctx.api.objectUrl(`/api/v1/leave-requests/${r.id}/photo`);
      fill(box, h('img', {src: url, alt: T.photoAlt(r.studentName)}));
      button.remove();
    } catch (e) {
      button.disabled = false;
      ctx.toast(e.message, 'error');
    }
  }}, T.showPhoto);
  return [button, box];
}
