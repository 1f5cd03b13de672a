// A parent's leave requests for one child (#/con/:student/xin-nghi): the form (days, half-day, reason) and the
// requests sent, newest first, with their answer; a pending one can be cancelled. Only one's own child: the server
// answers 404 for anyone else's.
import {h, fill} from '../core/dom.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {css, card} from './common.js';

export function render(view, params, ctx) {
  css();
  ctx.setTitle(T.parentTitle);
  const code = params.student;
  const child = ctx.profile.children().find((c) => c.studentCode === code);
  const name = child ? child.fullName : code;
  const today = format.today();
  const from = h('input', {type: 'date', name: 'from', required: true, value: today});
  const to = h('input', {type: 'date', name: 'to', required: true, value: today});
  const session = h('select', {name: 'session'},
    Object.entries(T.sessions).map(([value, text]) => h('option', {value}, text)));
  const reason = h('textarea', {name: 'reason', required: true, maxlength: 500, 'aria-describedby': 'leave-hint'});
  // The browser's own file button speaks the browser's language; ours is a label in Vietnamese over the input.
  const photoName = h('span', {class: 'file-name'}, T.noPhoto);
  const photo = h('input', {type: 'file', id: 'leave-photo', class: 'file-input', name: 'photo',
    accept: 'image/jpeg,image/png,image/webp',
    onchange: () => { photoName.textContent = (photo.files && photo.files[0]) ? photo.files[0].name : T.noPhoto; }});
  const error = h('p', {class: 'error', role: 'alert', hidden: true});
  const button = h('button', {type: 'submit', class: 'primary'}, T.send);
  const list = h('div', {class: 'leave-mine'}, h('p', {class: 'empty'}, T.loading));
  const form = h('form', {class: 'leave-form card', onsubmit: submit},
    h('div', {class: 'dates'}, h('label', null, T.from, from), h('label', null, T.to, to)),
    h('label', null, T.session, session),
    h('label', null, T.reason, reason, h('span', {class: 'hint', id: 'leave-hint'}, T.reasonHint)),
    h('div', {class: 'photo-field'}, h('label', {for: 'leave-photo'}, T.photo),
      h('div', {class: 'file-pick'}, photo, h('label', {for: 'leave-photo', class: 'pick'}, T.pickPhoto), photoName)),
    error, button);
  fill(view, h('p', {class: 'back'}, h('a', {href: '#/hop-thu'}, `‹ ${T.back}`)),
    h('h2', {class: 'screen-sub'}, T.parentHeading(name)), form,
    h('h3', null, T.mine), list);

  async function submit(event) {
    event.preventDefault();
    error.hidden = true;
    button.disabled = true;
    button.textContent = T.sending;
    try {
      const saved = await ctx.api.post('/api/v1/leave-requests', {studentCode: code, from: from.value,
        to: to.value, session: session.value, reason: reason.value});
      reason.value = '';
      if (photo.files && photo.files[0]) {
        try {
          await ctx.api.upload(`/api/v1/leave-requests/${saved.id}/photo`, photo.files[0]);
          photo.value = '';
          photoName.textContent = T.noPhoto;
        } catch (e) {
          ctx.toast(e.message, 'error');
        }
      }
      ctx.toast(T.sent);
      await show();
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    } finally {
      button.disabled = false;
      button.textContent = T.send;
    }
  }

  async function cancel(id) {
    try {
      await ctx.api.post(`/api/v1/leave-requests/${id}/cancel`, {});
      ctx.toast(T.cancelled);
      await show();
    } catch (e) {
      ctx.toast(e.message, 'error');
    }
  }

  async function show() {
    let requests;
    try {
      requests = await ctx.api.get(`/api/v1/leave-requests/students/${encodeURIComponent(code)}`);
    } catch (e) {
      fill(list, h('p', {class: 'error', role: 'alert'}, e.message));
      return;
    }
    fill(list, requests.length === 0 ? h('p', {class: 'empty'}, T.none)
      : h('ul', {class: 'leave-list'}, requests.map((r) => card(r, {extra: r.status === 'PENDING'
        ? h('div', {class: 'actions'}, h('button', {type: 'button', onclick: () => cancel(r.id)}, T.cancel))
        : null}))));
  }
  show();
}
