// Compose a directive. The audience comes from the caller's position: a district officer writes to the principals
// of all or chosen schools of the district (POST /districts/{code}), with an optional report request; a school's
// leadership writes to its staff, everyone or groups (POST /schools/{code}); a department officer to all or chosen
// district offices and, past the office, to the principals of chosen schools (POST /departments/{code}).
import {h, fill, useCss} from '../../core/dom.js';
import {today} from '../../core/format.js';
import {T} from './texts.js';
import {T as C} from '../texts.js';
import {API, css, senders, attachmentPicker, field, checkbox, deadlineValue, errorLine, showError} from './common.js';
import {S} from './schedule-texts.js';
import {departmentSchools} from './department-schools.js';
import {sendAtPicker} from '../../scheduled/send-at.js';

const GROUPS = ['TEACHERS', 'HOMEROOM_TEACHERS', 'VICE_PRINCIPALS', 'PRINCIPALS', 'SCHOOL_NURSES', 'OTHER_STAFF'];

export async function render(view, params, ctx) {
  await css();
  useCss('/app/scheduled/scheduled.css');
  ctx.setTitle(T.compose);
  const mine = senders(ctx.profile);
  if (mine.length === 0) {
    fill(view, h('a', {class: 'back', href: '#/quan-tri/van-ban'}, T.back), h('p', {class: 'hint'}, T.cannotSend));
    return;
  }
  const sender = h('select', null, mine.map((s, i) => h('option', {value: i}, s.label)));
  const number = h('input', {type: 'text', required: true, autocomplete: 'off'});
  const issuedOn = h('input', {type: 'date', required: true, value: today()});
  const subject = h('input', {type: 'text', required: true, autocomplete: 'off'});
  const body = h('textarea', {rows: 6, required: true});
  const deadline = h('input', {type: 'datetime-local'});
  const ack = checkbox('dc-ack', T.requiresAck, true);
  const urgent = checkbox('dc-urgent', T.urgent);
  const sendAt = sendAtPicker('dc');
  const files = attachmentPicker(ctx, 'dc-files');
  const audienceBox = h('fieldset', null);
  const reportBox = h('div');
  const error = errorLine();
  const result = h('p', {class: 'result', role: 'status'});
  const send = h('button', {type: 'submit', class: 'primary big'}, T.send);
  let audience = () => ({});
  let report = () => null;
  let drawing = 0;                  // the audience being loaded (a sender change starts another)

  /** "Gửi" waits for the audience: sent before it is loaded, the server would refuse an empty one. */
  async function drawAudience() {
    const mineNow = ++drawing;
    send.disabled = true;
    result.textContent = T.audienceLoading;
    audienceBox.setAttribute('aria-busy', 'true');
    const current = () => mineNow === drawing;
    try {
      await loadAudience(current);
      if (current()) send.disabled = false;
    } catch (e) {
      if (current()) fill(audienceBox, h('legend', null, T.audience));   // "Gửi" stays off: there is no audience
      throw e;
    } finally {
      if (current()) {
        audienceBox.removeAttribute('aria-busy');
        if (result.textContent === T.audienceLoading) result.textContent = '';
      }
    }
  }

  /** Draws the audience of the chosen sender; `current()` turns false when another sender was chosen meanwhile. */
  async function loadAudience(current) {
    const s = mine[Number(sender.value)];
    fill(audienceBox, h('legend', null, T.audience), h('p', {class: 'hint loading'}, C.loading));
    fill(reportBox);
    report = () => null;
    if (s.kind === 'school') {
      const everyone = checkbox('dc-everyone', T.everyoneStaff, true);
      const groups = GROUPS.map((g) => ({g, ...checkbox(`dc-${g}`, T.groups[g])}));
      const staff = await ctx.api.get(`/api/v1/directory/schools/${encodeURIComponent(s.code)}/staff?size=200`)
        .catch(() => ({items: []})); // groups still work without the list
      if (!current()) return;
      const me = new Set(ctx.profile.staff().map((p) => p.staffCode)); // the sender is never a recipient
      const people = (staff.items || []).filter((p) => !me.has(p.staffCode)).map((p) => ({code: p.staffCode,
        ...checkbox(`dc-s-${p.staffCode}`, `${p.fullName} (${p.roleLabel})`)}));
      fill(audienceBox, h('legend', null, T.audience), everyone.element,
        h('p', {class: 'hint'}, T.groupsLegend), groups.map((g) => g.element),
        people.length ? h('details', {class: 'staff-picks'}, h('summary', null, T.chosenStaff),
          h('div', {class: 'picks'}, people.map((p) => p.element))) : null);
      audience = () => (everyone.box.checked ? {everyone: true}
        : {groups: groups.filter((g) => g.box.checked).map((g) => g.g),
          staff: people.filter((p) => p.box.checked).map((p) => p.code)});
      return;
    }
    const district = s.kind === 'district';
    const units = district
      ? await ctx.api.get(`/api/v1/directory/districts/${encodeURIComponent(s.code)}/schools`)
      : (await ctx.api.get('/api/v1/directory/districts')).filter((d) => d.departmentCode === s.code);
    if (!current()) return;
    const active = units.filter((u) => u.active !== false);
    const all = h('input', {type: 'radio', name: 'dc-scope', id: 'dc-all', value: 'all'});
    const some = h('input', {type: 'radio', name: 'dc-scope', id: 'dc-some', value: 'some', checked: true});
    const picks = active.map((u) => ({code: u.code, ...checkbox(`dc-u-${u.code}`, u.name)}));
    fill(audienceBox, h('legend', null, T.audience),
      h('div', {class: 'check'}, all, h('label', {for: 'dc-all'}, district ? T.everyoneSchools : T.everyoneDistricts)),
      h('div', {class: 'check'}, some, h('label', {for: 'dc-some'}, district ? T.chosenSchools : T.chosenDistricts)),
      h('div', {class: 'picks'}, picks.map((p) => p.element)));
    const key = district ? 'schools' : 'districts';
    audience = () => (all.checked ? {everyone: true} : {[key]: picks.filter((p) => p.box.checked).map((p) => p.code)});
    if (!district) {
      const direct = await departmentSchools(ctx, active);
      if (!current()) return;
      audienceBox.append(direct.element);
      const offices = audience;
      audience = () => {
        const a = offices();
        const schools = direct.chosen();
        return schools.length ? {...a, schools} : a;
      };
    }
    if (district) {
      const asks = checkbox('dc-asks', T.asks);
      const description = h('textarea', {rows: 2});
      const due = h('input', {type: 'datetime-local'});
      fill(reportBox, h('fieldset', null, h('legend', null, T.reportRequest), asks.element,
        field('dc-report', T.reportDescription, description), field('dc-report-due', T.reportDeadline, due)));
      report = () => (asks.box.checked ? {description: description.value, deadline: deadlineValue(due.value)} : null);
    }
  }
  sender.addEventListener('change', () => drawAudience().catch((e) => showError(error, e)));

  const form = h('form', {class: 'card dir-form', novalidate: true},
    mine.length > 1 ? field('dc-sender', T.sender, sender) : null,
    h('div', {class: 'pair'}, field('dc-number', T.documentNumber, number), field('dc-issued', T.issuedOn, issuedOn)),
    field('dc-subject', T.subject, subject),
    field('dc-body', T.bodyLabel, body),
    audienceBox,
    field('dc-deadline', T.deadlineLabel, deadline), ack.element, urgent.element,
    sendAt.element,
    reportBox, files.element, error, send, result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (send.disabled) return;        // the audience is still loading, or a send is on its way
    error.hidden = true;
    if (files.busy()) {
      showError(error, {message: T.waitUploads});
      return;
    }
    const s = mine[Number(sender.value)];
    const path = {district: 'districts', school: 'schools', department: 'departments'}[s.kind];
    if (sendAt.problem()) {
      showError(error, {message: sendAt.problem()});
      return;
    }
    if (urgent.box.checked && !window.confirm(S.urgentConfirm)) return;
    send.disabled = true;
    result.textContent = T.sending;
    try {
      const sent = await ctx.api.post(`${API}/${path}/${encodeURIComponent(s.code)}`, {
        documentNumber: number.value, issuedOn: issuedOn.value || null, subject: subject.value, body: body.value,
        deadline: deadlineValue(deadline.value), requiresAcknowledgement: ack.box.checked, urgent: urgent.box.checked,
        attachments: files.ids(), audience: audience(), reportRequest: report() || undefined,
        sendAt: sendAt.value() || undefined});
      if (sent.state === 'SCHEDULED') {
        ctx.toast(S.scheduledOk(sent));
        ctx.go('/quan-tri/hen-gio');
        return;
      }
      result.textContent = T.sentOk(sent);
      ctx.toast(T.sentOk(sent));
      ctx.go(`/quan-tri/van-ban/${sent.id}/theo-doi`);
    } catch (err) {
      result.textContent = '';
      showError(error, err);
    } finally {
      send.disabled = false;
    }
  });
  fill(view, h('a', {class: 'back', href: '#/quan-tri/van-ban'}, T.back), form);
  await drawAudience().catch((e) => showError(error, e));
}
