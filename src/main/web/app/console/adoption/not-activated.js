// Who has not activated yet (GET /schools/{code}/not-activated), to follow up by phone, and the "invite" action
// (POST /schools/{code}/invitations) — shown only where Zalo or SMS is configured (GET /invitation-channels).
import {h, fill} from '../../core/dom.js';
import {T} from './texts.js';
import {API, section, errorLine, showError} from './common.js';

export function notActivatedSection(ctx, schoolCode) {
  const body = h('div', null, h('p', {class: 'hint'}, '…'));
  const base = `${API}/schools/${encodeURIComponent(schoolCode)}`;
  Promise.all([ctx.api.get(`${base}/not-activated`), channels(ctx)]).then(
    ([list, channelNames]) => fill(body, inviteBox(ctx, base, list, channelNames), lists(list)),
    (e) => fill(body, h('p', {class: 'error', role: 'alert'}, e.message)));
  return section('not-activated-h', T.notActivated, body);
}

/** The configured invitation channels ([] when none, or when the server cannot say). */
function channels(ctx) {
  return ctx.api.get(`${API}/invitation-channels`).then((a) => a.channels || [], () => []);
}

function inviteBox(ctx, base, list, channelNames) {
  const nobody = (list.staff || []).length + (list.guardians || []).length === 0;
  if (nobody) return h('p', {class: 'hint'}, T.everyoneActivated);
  if (channelNames.length === 0) return h('p', {class: 'hint'}, T.noChannel);
  const result = h('p', {class: 'result', role: 'status'});
  const error = errorLine();
  const button = h('button', {type: 'button', class: 'primary'}, T.invite);
  button.addEventListener('click', async () => {
    button.disabled = true;
    error.hidden = true;
    result.textContent = T.inviting;
    try {
      result.textContent = T.invited(await ctx.api.post(`${base}/invitations`));
    } catch (e) {
      result.textContent = '';
      showError(error, e);
    } finally {
      button.disabled = false;
    }
  });
  return h('div', {class: 'invite'}, h('p', {class: 'hint'}, T.inviteHint), button, result, error);
}

/** '+84912345678' → '0912345678', as people dial it. */
function national(phone) {
  return phone.startsWith('+84') ? `0${phone.slice(3)}` : phone;
}

function lists(list) {
  const staff = list.staff || [];
  const guardians = list.guardians || [];
  return [
    h('h3', null, T.notActivatedStaff(staff.length)),
    staff.length === 0 ? null : h('div', {class: 'table-wrap'}, h('table', {class: 'people'},
      h('thead', null, h('tr', null, [T.colName, T.colPosition, T.colPhone].map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', null, staff.map((s) => h('tr', null, h('th', {scope: 'row'}, s.fullName), h('td', null, s.position),
        h('td', null, s.phone ? h('a', {href: `tel:${s.phone}`}, national(s.phone)) : '—')))))),
    h('h3', null, T.notActivatedGuardians(guardians.length)),
    guardians.length === 0 ? null : h('div', {class: 'table-wrap'}, h('table', {class: 'people'},
      h('thead', null, h('tr', null, [T.colName, T.colRelationship, T.colStudent, T.colClass, T.colPhone]
        .map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', null, guardians.map((g) => h('tr', null, h('th', {scope: 'row'}, g.fullName),
        h('td', null, g.relationship || ''), h('td', null, g.studentName), h('td', null, g.className || ''),
        h('td', null, g.phone ? h('a', {href: `tel:${g.phone}`}, national(g.phone)) : '—')))))),
  ];
}
