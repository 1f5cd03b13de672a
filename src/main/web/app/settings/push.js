// Settings' "this device" card: turns Web Push on or off for this browser (app/core/push.js). The browser's
// permission question comes only from the person's click on "Bật thông báo trên thiết bị này", never on load.
import {h, fill} from '../core/dom.js';
import * as push from '../core/push.js';
import {T} from './texts.js';

export function devicePush(ctx) {
  const body = h('div', {class: 'push-body'});
  const box = h('section', {class: 'card', 'aria-labelledby': 'push-title'},
    h('h2', {id: 'push-title'}, T.push.title), body);
  let busy = false;

  function show(state, note) {
    const parts = [];
    if (state === 'unsupported') parts.push(h('p', {class: 'hint'}, T.push.unsupported));
    else if (state === 'denied') parts.push(h('p', {class: 'hint push-warning'}, T.push.denied));
    else if (state === 'unavailable') parts.push(h('p', {class: 'hint'}, T.push.unavailable));
    else if (state === 'on') {
      parts.push(h('p', {class: 'push-on'}, T.push.on),
        h('button', {type: 'button', class: 'push-toggle', onclick: () => act(push.disable, T.push.disabled)},
          T.push.disable));
    } else {
      parts.push(h('p', {class: 'hint'}, T.push.hint),
        h('button', {type: 'button', class: 'primary push-toggle',
          onclick: () => act(push.enable, T.push.enabled)}, T.push.enable));
    }
    if (note) parts.push(h('p', {class: 'hint', role: 'status'}, note));
    fill(body, parts);
  }

  async function act(action, done) {
    if (busy) return;
    busy = true;
    body.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      const state = await action();
      show(state, state === 'off' && action === push.enable ? T.push.dismissed : null);
      if (state === 'on' || (state === 'off' && action === push.disable)) ctx.toast(done);
    } catch (e) {
      show(await push.state().catch(() => 'off'), null);
      ctx.toast(e.offline ? T.offline : (e.status ? e.message : T.push.failed), 'error');
    } finally {
      busy = false;
    }
  }

  push.state().then(async (state) => show(state === 'off' && !(await push.available()) ? 'unavailable' : state),
    () => show('unsupported'));
  return box;
}
