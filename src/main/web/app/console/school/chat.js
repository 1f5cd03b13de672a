// Chat settings and moderation (#/quan-tri/truong/{code}/tro-chuyen): the school's parents-only groups on or off,
// and the reported messages this person handles (docs/chat-moderation.md#reports): hide the message or dismiss.
import {h, fill} from '../../core/dom.js';
import * as format from '../../core/format.js';
import {T} from './texts.js';
import {backToSchool, errorLine, hideError, openSchool, page, showError} from './common.js';

export async function render(view, params, ctx) {
  const school = await openSchool(view, params, ctx, T.chatTitle);
  if (!school) return;
  const settingsPath = `/api/v1/chat/schools/${encodeURIComponent(school.schoolCode)}/settings`;
  const error = errorLine();
  const toggle = h('input', {type: 'checkbox', id: 'parents-groups'});
  const saved = h('p', {class: 'ok', role: 'status', hidden: true});
  const status = h('select', {id: 'report-status'},
    Object.entries(T.reportStatuses).map(([value, label]) => h('option', {value}, label)));
  const reports = h('div', {'aria-live': 'polite'});
  page(view, backToSchool(school),
    h('section', {class: 'card', 'aria-labelledby': 'chat-settings'},
      h('h2', {id: 'chat-settings'}, T.settings),
      h('label', {class: 'choice', for: 'parents-groups'}, toggle,
        h('span', null, T.parentsGroups, h('small', null, T.parentsGroupsHint))),
      saved, error),
    h('h2', {id: 'reports'}, T.reportsTitle),
    h('div', {class: 'field'}, h('label', {for: 'report-status'}, T.reportStatus), status),
    reports);

  const settings = await ctx.api.get(settingsPath);
  toggle.checked = !!settings.parentsGroups;
  toggle.addEventListener('change', async () => {
    const on = toggle.checked;
    toggle.disabled = true;
    saved.hidden = true;
    hideError(error);
    try {
      const now = await ctx.api.put(settingsPath, {parentsGroups: on});
      toggle.checked = !!now.parentsGroups;
      saved.textContent = T.settingsSaved(now.parentsGroups);
      saved.hidden = false;
    } catch (e) {
      toggle.checked = !on;
      showError(error, e);
    } finally {
      toggle.disabled = false;
    }
  });

  async function load() {
    const list = await ctx.api.get(`/api/v1/chat/reports?status=${status.value}&limit=100`);
    fill(reports, list.length === 0 ? h('p', {class: 'empty'}, T.noReports)
      : h('ul', {class: 'list reports'}, list.map(reportCard)));
  }

  function reportCard(r) {
    const line = errorLine();
    const where = `${T.kindsOfConversation[r.conversationKind] || ''} ${r.conversationTitle || ''}`.trim();
    const buttons = h('div', {class: 'actions'});
    if (r.status === 'OPEN') {
      const hide = h('button', {type: 'button', class: 'danger', 'aria-label': T.hideLabel(r.senderName)}, T.hide);
      const dismiss = h('button', {type: 'button', 'aria-label': T.dismissLabel(r.senderName)}, T.dismiss);
      const act = (action, done) => async () => {
        hide.disabled = true;
        dismiss.disabled = true;
        try {
          await ctx.api.post(`/api/v1/chat/reports/${encodeURIComponent(r.id)}/${action}`, {});
          ctx.toast(done);
          await load();
        } catch (e) {
          hide.disabled = false;
          dismiss.disabled = false;
          showError(line, e);
        }
      };
      hide.addEventListener('click', act('hide', T.hidden));
      dismiss.addEventListener('click', act('dismiss', T.dismissed));
      buttons.append(hide, dismiss);
    }
    return h('li', {class: 'card report', dataset: {report: r.id}},
      h('p', {class: 'meta'}, T.reportIn(where)),
      h('p', {class: 'meta'}, T.sentBy(r.senderName, `${format.time(r.sentAt)} ${format.date(r.sentAt)}`),
        r.messageHidden ? h('span', {class: 'tag tag-muted'}, ` ${T.hiddenMark}`) : null),
      h('blockquote', null, r.text === null ? h('em', null, T.recalled) : r.text),
      h('p', {class: 'meta'}, T.reportedBy(r.reporterName, `${format.time(r.reportedAt)} ${format.date(r.reportedAt)}`,
        r.reason)),
      r.resolvedAt ? h('p', {class: 'meta'}, T.resolved(null, `${format.time(r.resolvedAt)} ${format.date(r.resolvedAt)}`))
        : null,
      line, buttons);
  }

  status.addEventListener('change', () => load().catch((e) => showError(error, e)));
  await load();
}
