// The school portal's API keys (#/quan-tri/truong/{code}/khoa-api): list (never a secret), create (the secret is
// shown this once, on this screen only, and never stored on the device), revoke after a second tap.
import {h, fill} from '../../core/dom.js';
import * as format from '../../core/format.js';
import {twoTap} from '../../core/two-tap.js';
import {T} from './texts.js';
import {backToSchool, errorLine, hideError, openSchool, page, showError, table} from './common.js';

export async function render(view, params, ctx) {
  const school = await openSchool(view, params, ctx, T.keysTitle);
  if (!school) return;
  const error = errorLine();
  const name = h('input', {type: 'text', id: 'key-name', maxlength: 100, autocomplete: 'off'});
  const create = h('button', {type: 'submit', class: 'primary'}, T.create);
  const fresh = h('div', {'aria-live': 'polite'});
  const list = h('div');
  const form = h('form', {class: 'card', novalidate: true},
    h('div', {class: 'inline-form'}, h('div', {class: 'field'}, h('label', {for: 'key-name'}, T.keyName), name), create),
    error);
  page(view, backToSchool(school), h('p', {class: 'lead'}, T.keysLead), form, fresh, list);

  async function load() {
    const keys = await ctx.api.get(`/api/v1/api-keys?schoolCode=${encodeURIComponent(school.schoolCode)}`);
    keys.sort((a, b) => (a.revokedAt ? 1 : 0) - (b.revokedAt ? 1 : 0) || b.createdAt.localeCompare(a.createdAt));
    fill(list, keys.length === 0 ? h('p', {class: 'empty'}, T.noKeys)
      : table(T.keysTitle, [{label: T.key.name}, {label: T.key.prefix}, {label: T.key.created},
        {label: T.key.lastUsed}, {label: T.key.status}, {label: T.key.action}],
      keys.map((k) => [k.name, {content: `${k.keyPrefix}…`, class: 'nowrap'}, format.date(k.createdAt),
        k.lastUsedAt ? format.when(k.lastUsedAt) : T.never,
        {content: k.revokedAt ? h('span', {class: 'tag tag-muted'}, T.revoked(format.date(k.revokedAt)))
          : h('span', {class: 'tag tag-ok'}, T.active)},
        {content: k.revokedAt ? '' : revokeControl(k)}]), {class: 'api-keys'}));
  }

  /** "Thu hồi", then "Xác nhận thu hồi" / "Hủy" in its place: no browser dialog, one more deliberate tap. */
  function revokeControl(k) {
    return twoTap({
      label: T.revoke,
      ariaLabel: T.revokeLabel(k.name),
      confirm: T.confirmRevoke,
      confirmAriaLabel: T.confirmRevokeLabel(k.name),
      keep: T.cancel,
      act: async () => {
        await ctx.api.del(`/api/v1/api-keys/${encodeURIComponent(k.id)}`);
        ctx.toast(T.revokedDone(k.name));
        await load();
      },
      failed: (e) => showError(error, e),
    });
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    hideError(error);
    fill(fresh);
    const label = name.value.trim();
    if (!label) {
      showError(error, {message: T.nameRequired});
      name.focus();
      return;
    }
    create.disabled = true;
    try {
      const created = await ctx.api.post('/api/v1/api-keys', {schoolCode: school.schoolCode, name: label});
      name.value = '';
      const copy = h('button', {type: 'button'}, T.copy);
      copy.addEventListener('click', () => navigator.clipboard.writeText(created.key)
        .then(() => ctx.toast(T.copied), () => { /* the key stays on screen to copy by hand */ }));
      fill(fresh, h('section', {class: 'card new-key', role: 'status'},
        h('h2', null, T.newKey(created.name)),
        h('p', {class: 'error'}, T.newKeyHint),
        h('code', {class: 'secret', id: 'new-key'}, created.key),
        h('div', {class: 'actions'}, copy)));
      await load();
    } catch (err) {
      showError(error, err);
    } finally {
      create.disabled = false;
    }
  });

  await load();
}
