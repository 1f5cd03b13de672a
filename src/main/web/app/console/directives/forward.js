// Forward a directive one level down (POST /{id}/forwards): a school's leadership to its staff (everyone or groups),
// a district officer the department's directive to all or chosen schools of the district; instructions, deadline,
// files.
import {h, fill} from '../../core/dom.js';
import {T} from './texts.js';
import {API, css, numberLine, attachmentPicker, field, checkbox, deadlineValue, errorLine, showError,
  schoolLeaderships} from './common.js';

const GROUPS = ['TEACHERS', 'HOMEROOM_TEACHERS', 'VICE_PRINCIPALS', 'SCHOOL_NURSES', 'OTHER_STAFF'];

export async function render(view, params, ctx) {
  await css();
  ctx.setTitle(T.forwardTitle);
  const id = encodeURIComponent(params.id);
  const d = await ctx.api.get(`${API}/${id}`);
  const instructions = h('textarea', {rows: 4});
  const deadline = h('input', {type: 'datetime-local'});
  const office = schoolLeaderships(ctx.profile).length === 0
    && ctx.profile.staff().find((s) => s.position === 'DISTRICT_OFFICER' && s.districtCode);
  const everyone = checkbox('fw-everyone', office ? T.everyoneSchools : T.everyoneStaff);
  const groups = office ? [] : GROUPS.map((g) => ({g, ...checkbox(`fw-${g}`, T.groups[g], g === 'TEACHERS')}));
  const schools = office ? (await ctx.api.get(
    `/api/v1/directory/districts/${encodeURIComponent(office.districtCode)}/schools`))
    .filter((u) => u.active !== false).map((u) => ({code: u.code, ...checkbox(`fw-u-${u.code}`, u.name)})) : [];
  const ack = checkbox('fw-ack', T.requiresAck, true);
  const files = attachmentPicker(ctx, 'fw-files');
  const error = errorLine();
  const result = h('p', {class: 'result', role: 'status'});
  const send = h('button', {type: 'submit', class: 'primary big'}, T.forwardSend);
  const form = h('form', {class: 'card dir-form'},
    h('p', {class: 'hint'}, numberLine(d)), h('h2', {class: 'dash-h'}, d.subject),
    field('fw-instructions', office ? T.officeInstructions : T.instructions, instructions),
    h('fieldset', null, h('legend', null, T.audience), everyone.element, groups.map((g) => g.element),
      schools.length ? h('p', {class: 'hint'}, T.chosenSchools) : null,
      schools.length ? h('div', {class: 'picks'}, schools.map((u) => u.element)) : null),
    field('fw-deadline', T.deadlineLabel, deadline), ack.element, files.element, error, send, result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.hidden = true;
    if (files.busy()) {
      showError(error, {message: T.waitUploads});
      return;
    }
    const audience = everyone.box.checked ? {everyone: true} : office
      ? {schools: schools.filter((u) => u.box.checked).map((u) => u.code)}
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
