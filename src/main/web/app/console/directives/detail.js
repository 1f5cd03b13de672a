// One directive (GET /{id}): opening it marks the caller's copy read (POST /{id}/read); "acknowledge"
// (POST /{id}/acknowledgement); a school's leadership forwards a district's directive to their staff; the sender and
// those above see its tracking and report requests.
import {h, fill} from '../../core/dom.js';
import {T} from './texts.js';
import {API, css, when, numberLine, attachmentsList, schoolLeaderships, errorLine, showError,
  forwardOf} from './common.js';

export async function render(view, params, ctx) {
  await css();
  ctx.setTitle(T.title);
  const id = encodeURIComponent(params.id);
  let d = await ctx.api.get(`${API}/${id}`);
  if (d.me && (d.me.state === 'SENT' || d.me.state === 'DELIVERED')) {
    d = {...d, me: await ctx.api.post(`${API}/${id}/read`)};
  }
  ctx.setTitle(d.subject);
  const error = errorLine();
  const status = h('p', {class: 'result', role: 'status'}, myState(d.me));
  const actions = h('div', {class: 'actions'});

  if (d.me && d.requiresAcknowledgement && d.me.state !== 'ACKNOWLEDGED') {
    const ack = h('button', {type: 'button', class: 'primary'}, T.acknowledge);
    ack.addEventListener('click', async () => {
      ack.disabled = true;
      error.hidden = true;
      try {
        d.me = await ctx.api.post(`${API}/${id}/acknowledgement`);
        status.textContent = myState(d.me);
        ack.remove();
      } catch (e) {
        showError(error, e);
        ack.disabled = false;
      }
    });
    actions.append(ack);
  }
  const leads = schoolLeaderships(ctx.profile);
  // A district's directive, a district office's forward of the department's, or the department's sent directly.
  const forwardable = d.me && (!d.parentId || forwardOf(d) === T.forwardOfOffice) && leads.length > 0
    && !leads.some((s) => d.from && s.schoolName === d.from.unit);
  // A district office forwards the department's directive that reached it to its schools.
  const officeForward = d.me && !d.parentId && !forwardable
    && ctx.profile.staff().some((s) => s.position === 'DISTRICT_OFFICER' && s.districtCode);
  if (forwardable || officeForward) {
    actions.append(h('a', {class: 'action', href: `#/quan-tri/van-ban/${id}/chuyen-tiep`},
      forwardable ? T.forward : T.forwardToSchools));
  }
  const tracks = ctx.profile.staff().some((s) => s.position !== 'TEACHER' && s.position !== 'SCHOOL_NURSE'
    && s.position !== 'OTHER_STAFF');
  if (tracks) actions.append(h('a', {class: 'action', href: `#/quan-tri/van-ban/${id}/theo-doi`}, T.track));
  if (tracks && d.reportRequest) {
    actions.append(h('a', {class: 'action', href: `#/quan-tri/van-ban/${id}/bao-cao`}, T.reports));
  }

  fill(view,
    h('a', {class: 'back', href: '#/quan-tri/van-ban'}, T.back),
    h('article', {class: 'card dir-doc'},
      h('p', {class: 'hint'}, numberLine(d), d.parentId ? ` · ${forwardOf(d)}` : ''),
      h('h2', {class: 'dash-h'}, d.subject),
      h('p', {class: 'hint'}, T.from(d.from), ` · ${when(d.sentAt)}`),
      h('p', null, d.deadline ? T.deadline(when(d.deadline)) : T.noDeadline,
        d.requiresAcknowledgement ? ` · ${T.needsAck}` : ''),
      h('div', {class: 'dir-body'}, d.body),
      d.forwardedFrom ? h('section', {class: 'dir-original'}, h('h3', null, T.forwardedFrom),
        h('p', {class: 'hint'}, numberLine(d.forwardedFrom), ' · ', T.from(d.forwardedFrom.from)),
        h('div', {class: 'dir-body'}, d.forwardedFrom.body),
        attachmentsList(ctx, d.forwardedFrom.attachments)) : null,
      d.reportRequest ? h('section', null, h('h3', null, T.reportRequest), h('p', null, d.reportRequest.description),
        d.reportRequest.deadline ? h('p', {class: 'hint'}, T.reportBy(when(d.reportRequest.deadline))) : null) : null,
      attachmentsList(ctx, d.attachments)),
    status, error, actions);
}

function myState(me) {
  if (!me) return '';
  if (me.state === 'ACKNOWLEDGED') return T.acknowledged(when(me.acknowledgedAt));
  return (T.state[me.state] || '') + (me.overdue ? ` · ${T.overdue}` : '');
}
