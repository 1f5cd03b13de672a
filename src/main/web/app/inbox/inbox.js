// The family's inbox (#/hop-thu): for the child chosen in the header, shortcuts to their contact book and the
// notices about them, newest first, unread ones marked. Live through the chat client when it runs; otherwise
// fetched again when the app comes back to the front or the network returns. Offline: the device's copy.
import {h, fill} from '../core/dom.js';
import * as format from '../core/format.js';
import {T as CT} from '../core/texts.js';
import {T} from './texts.js';
import {css, errorLine, offlineNote} from './common.js';
import * as items from './items.js';
import {T as LT} from '../leave/texts.js';
import {T as TT} from '../timetable/texts.js';

const SHORTCUTS = ['diem', 'danh-gia', 'chuyen-can', 'suc-khoe', 'hoat-dong', 'nhan-xet'];
const SHORTCUT_ICON = {diem: T.icon.GRADE, 'chuyen-can': T.icon.ATTENDANCE, 'suc-khoe': T.icon.HEALTH,
  'hoat-dong': T.icon.ACTIVITY, 'danh-gia': T.icon.ASSESSMENT, 'nhan-xet': T.icon.COMMENT};

export function render(view, params, ctx) {
  css();
  ctx.setTitle(T.inboxTitle);
  const bag = [];
  let inbox = null;
  let offline = false;
  let error = null;
  let alive = true;

  function draw() {
    if (!alive) return;
    const child = ctx.profile.child();
    if (!child) {
      fill(view, h('p', {class: 'empty'}, T.noChild));
      return;
    }
    const code = encodeURIComponent(child.studentCode);
    const shortcuts = h('nav', {class: 'shortcuts', 'aria-label': T.shortcuts},
      SHORTCUTS.map((s) => h('a', {href: `#/con/${code}/${s}`, class: 'shortcut'},
        h('span', {class: 'shortcut-icon', 'aria-hidden': 'true'}, SHORTCUT_ICON[s]), T.shortcut[s])),
      h('a', {href: `#/con/${code}/xin-nghi`, class: 'shortcut shortcut-leave'},
        h('span', {class: 'shortcut-icon', 'aria-hidden': 'true'}, '✉'), LT.shortcut),
      h('a', {href: `#/con/${code}/thoi-khoa-bieu`, class: 'shortcut shortcut-timetable'},
        h('span', {class: 'shortcut-icon', 'aria-hidden': 'true'}, '▦'), TT.shortcut));
    const heading = h('h2', {class: 'list-title'}, T.listTitle(child.fullName));
    let body;
    if (!inbox) {
      body = error ? errorLine(error) : h('p', {class: 'empty'}, CT.loading);
    } else {
      const mine = inbox.items.filter((it) => !it.withdrawn && items.about(it, child, ctx.profile.children()));
      body = mine.length === 0 ? h('p', {class: 'empty'}, T.empty)
        : h('ul', {class: 'list inbox-list'}, mine.map((it) => row(it)));
      if (!performance.getEntriesByName('inbox drawn').length) performance.mark('inbox drawn'); // once a page
    }
    const more = inbox && inbox.hasMore && !offline
      ? h('button', {type: 'button', class: 'more', onclick: loadOlder}, T.loadMore) : null;
    fill(view, offline ? offlineNote({offline, at: inbox && inbox.at}) : null, shortcuts, heading, body, more);
  }

  function row(it) {
    const cat = items.category(it);
    const unread = it.seq > (inbox.readSeq || 0);
    return h('li', {class: unread ? 'unread' : null},
      h('a', {href: `#/hop-thu/${inbox.conversationId}/${it.seq}`},
        h('span', {class: `cat-icon cat-${cat}`, 'aria-hidden': 'true'}, T.icon[cat]),
        h('span', {class: 'row-main'},
          h('span', {class: 'row-title'}, unread ? h('span', {class: 'sr-only'}, `${T.unread}: `) : null,
            T.category[cat], it.corrected ? h('span', {class: 'tag tag-corrected'}, T.corrected) : null),
          h('span', {class: 'row-text'}, items.firstLine(it))),
        h('span', {class: 'row-time'}, format.when(it.sentAt))));
  }

  // Live: the chat client's events of this inbox (it may not be there: then focus/online refetches). Asked for once
  // the list is on the screen, so that loading the client does not compete with the first screen on a slow line; it
  // resumes from its own cursors, so nothing that arrives meanwhile is missed.
  function live() {
    ctx.chat().then((client) => {
      if (!alive || !client || typeof client.on !== 'function') return;
      bag.push(client.on('event', (ev) => {
        if (!inbox || !inbox.conversationId) {
          // The family's first notice creates its inbox: the list learns the new conversation from the server.
          if (ev.kind === 'item' || ev.kind === 'member_joined') reload();
          return;
        }
        if (ev.conversationId !== inbox.conversationId) return;
        inbox = {...inbox, items: items.apply(inbox.items, [ev])};
        items.keep(ctx.store, inbox);
        draw();
      }));
    }).catch(() => { /* no chat client: the listeners below keep the list fresh */ });
  }

  async function reload() {
    try {
      inbox = await items.refresh(ctx.api, ctx.store);
      offline = false;
      error = null;
    } catch (e) {
      const saved = await items.kept(ctx.store);
      if (e.offline && saved) {
        inbox = saved;
        offline = true;
      } else if (!inbox) {
        error = e;
      }
    }
    draw();
  }

  async function loadOlder() {
    try {
      inbox = await items.older(ctx.api, ctx.store, inbox);
      draw();
    } catch (e) {
      ctx.toast(e.message, 'error');
    }
  }

  const onFront = () => {
    if (document.visibilityState === 'visible') reload();
  };
  window.addEventListener('online', reload);
  window.addEventListener('focus', onFront);
  document.addEventListener('visibilitychange', onFront);
  bag.push(() => window.removeEventListener('online', reload));
  bag.push(() => window.removeEventListener('focus', onFront));
  bag.push(() => document.removeEventListener('visibilitychange', onFront));
  bag.push(ctx.profile.onChildChange(draw));

  // The device's copy first (instant), then the server's.
  items.kept(ctx.store).then((saved) => {
    performance.mark('inbox kept');
    if (saved && !inbox) {
      inbox = saved;
      draw();
    }
  });
  draw();
  reload().then(live);
  return () => {
    alive = false;
    bag.forEach((off) => typeof off === 'function' && off());
  };
}
