// Forward a district's directive to one's staff (POST /{id}/forwards): instructions, groups, deadline, files.
import {h, fill} from '../../core/dom.js';
import {T} from './texts.js';
import {API, css, numberLine, attachmentPicker, field, checkbox, deadlineValue, errorLine,
  showError} from './common.js';

const GROUPS = ['TEACHERS', 'HOMEROOM_TEACHERS', 'VICE_PRINCIPALS', 'SCHOOL_NURSES', 'OTHER_STAFF'];

export async function render(view, params, ctx) {
  await css();
  ctx.setTitle(T.forwardTitle);
  const id = encodeURIComponent(params.id);
  const d = await ctx.api.get(`${API}/${id}`);
  const instructions = h('textarea', {rows: 4});
  const deadline = h('input', {type: 'datetime-local'});
  const everyone = checkbox('fw-everyone', T.everyoneStaff);
  const groups = GROUPS.map((g) => ({g, ...checkbox(`fw-${g}`, T.groups[g], g === 'TEACHERS')}));
  const ack = checkbox('fw-ack', T.requiresAck, true);
  const files = attachmentPicker(ctx, 'fw-files');
  const error = errorLine();
  const result = h('p', {class: 'result', role: 'status'});
  const send = h('button', {type: 'submit', class: 'primary big'}, T.forwardSend);
  const form = h('form', {class: 'card dir-form'},
    h('p', {class: 'hint'}, numberLine(d)), h('h2', {class: 'dash-h'}, d.subject),
    field('fw-instructions', T.instructions, instructions),
    h('fieldset', null, h('legend', null, T.audience), everyone.element, groups.map((g) => g.element)),
    field('fw-deadline', T.deadlineLabel, deadline), ack.element, files.element, error, send, result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.hidden = true;
    if (files.busy()) {
      showError(error, {message: T.waitUploads});
      return;
    }
    const audience = everyone.box.checked ? {everyone: true}
      : {groups: groups.filter((g) => g.box.checked).map((g) => g.g)};
    send.disabled = true;
    result.textContent = T.sending;
    try {
      const sent = await ctx.api.post(`${API}/${id}/forwards`, {instructions: instructions.value,
        deadline: deadlineValue(deadline.value), requiresAcknowledgement: ack.box.checked, audience,
        attachments: files.ids()});
      result.textContent = T.sentOk(sent);
    } catch (err) {
      result.textContent = '';
      showError(error, err);
    } finally {
      send.disabled = false;
    }
  });
  fill(view, h('a', {class: 'back', href: `#/quan-tri/van-ban/${id}`}, T.backToDirective), form);
}
