// Settings (#/cai-dat): notifications on this device (push.js), how notices arrive (guardians), the quiet hours,
// the devices signed in, and signing out here or everywhere. Signing out leaves nothing of the person on the device
// (main.js clears the store; push.js drops the subscription).
import {h, fill, useCss} from '../core/dom.js';
import * as auth from '../core/auth.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {devicePush} from './push.js';

const CATEGORIES = ['GRADE', 'ATTENDANCE', 'HEALTH', 'ACTIVITY', 'ASSESSMENT', 'COMMENT'];

/** A modal question; resolves true when confirmed. */
function confirmDialog(question, action, danger) {
  return new Promise((resolve) => {
    const dialog = h('dialog', {class: 'confirm', 'aria-labelledby': 'confirm-question'},
      h('p', {id: 'confirm-question'}, question),
      h('div', {class: 'confirm-actions'},
        h('button', {type: 'button', onclick: () => dialog.close('no')}, T.cancel),
        h('button', {type: 'button', class: danger ? 'primary danger-fill' : 'primary',
          onclick: () => dialog.close('yes')}, action)));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'yes');
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

function preferences(ctx) {
  const box = h('section', {class: 'card', 'aria-labelledby': 'prefs-title'},
    h('h2', {id: 'prefs-title'}, T.notifications), h('p', {class: 'hint'}, T.notificationsHint));
  const form = h('div');
  box.append(form, h('h3', {class: 'quiet-title'}, T.quietHours), h('p', null, T.quietHoursText));
  ctx.api.get('/api/v1/notices/preferences').then((modes) => {
    fill(form, CATEGORIES.map((cat) => h('fieldset', null, h('legend', null, T.category[cat]),
      ['IMMEDIATE', 'DIGEST'].map((mode) => {
        const id = `pref-${cat}-${mode}`;
        return h('label', {class: 'choice', for: id},
          h('input', {type: 'radio', id, name: `pref-${cat}`, value: mode, checked: modes[cat] === mode,
            onchange: () => save(cat, mode)}),
          mode === 'IMMEDIATE' ? T.immediate : T.digest);
      }))));
  }, (e) => fill(form, h('p', {class: 'error'}, e.offline ? T.offline : e.message)));
  async function save(cat, mode) {
    try {
      await ctx.api.put('/api/v1/notices/preferences', {[cat]: mode});
      ctx.toast(T.saved);
    } catch (e) {
      ctx.toast(e.offline ? T.offline : e.message, 'error');
    }
  }
  return box;
}

function sessions(ctx) {
  const list = h('ul', {class: 'sessions'});
  const box = h('section', {class: 'card', 'aria-labelledby': 'sessions-title'},
    h('h2', {id: 'sessions-title'}, T.sessions), list);
  const stamp = (iso) => `${format.time(iso)} ${format.date(iso)}`;
  ctx.api.get('/api/v1/auth/sessions').then((all) => {
    fill(list, all.map((s) => {
      const name = s.deviceName || T.unknownDevice;
      const row = h('li', null,
        h('div', null,
          h('span', {class: 'session-name'}, name), s.current ? h('span', {class: 'this-device'}, T.thisDevice) : null,
          h('p', {class: 'hint'}, T.lastUsed(stamp(s.lastUsedAt)))),
        s.current ? null : h('button', {type: 'button', class: 'danger', 'aria-label': T.endSessionOf(name),
          onclick: async () => {
            try {
              await ctx.api.del(`/api/v1/auth/sessions/${encodeURIComponent(s.id)}`);
              row.remove();
              ctx.toast(T.sessionEnded);
            } catch (e) {
              ctx.toast(e.offline ? T.offline : e.message, 'error');
            }
          }}, T.endSession));
      return row;
    }));
  }, (e) => fill(list, h('li', {class: 'error'}, e.offline ? T.offline : e.message)));
  return box;
}

function account(ctx) {
  const me = ctx.profile.get();
  return h('section', {class: 'card', 'aria-labelledby': 'account-title'},
    h('h2', {id: 'account-title'}, T.account),
    me && me.fullName ? h('p', null, T.signedInAs(me.fullName)) : null,
    h('div', {class: 'account-actions'},
      h('button', {type: 'button', class: 'primary', onclick: async () => {
        if (await confirmDialog(T.confirmSignOut, T.signOut)) await auth.signOut();
      }}, T.signOut),
      h('button', {type: 'button', class: 'danger', onclick: async () => {
        if (!(await confirmDialog(T.confirmEverywhere, T.signOutEverywhere, true))) return;
        try {
          await auth.signOutEverywhere();
        } catch (e) {
          ctx.toast(T.offline, 'error');
        }
      }}, T.signOutEverywhere)));
}

export function render(view, params, ctx) {
  useCss('/app/settings/settings.css');
  ctx.setTitle(T.title);
  fill(view, h('div', {class: 'settings'},
    devicePush(ctx),
    ctx.profile.isGuardian() ? preferences(ctx) : null,
    sessions(ctx),
    account(ctx)));
  return () => document.querySelectorAll('dialog.confirm').forEach((d) => d.close());
}
