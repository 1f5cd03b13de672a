// The family's inbox (#/hop-thu): for the child chosen in the header, the notices about them, newest first, unread
// ones marked, under one line of chips to their contact book (sections.js). Live through the chat client when it
// runs; otherwise fetched again when the app comes back to the front or the network returns. Offline: the device's
// copy.
import {h, fill} from '../core/dom.js';
import * as format from '../core/format.js';
import {T as CT} from '../core/texts.js';
import {T} from './texts.js';
import {css, errorLine, offlineNote} from './common.js';
import * as items from './items.js';
import {sectionRow, unreadCounts} from './sections.js';

export function render(view, params, ctx) {
  css();
  ctx.setTitle(T.inboxTitle);
  const bag = [];
  let inbox = null;
  let offline = false;
  let error = null;
  let alive = true;
  // The screen's parts stay in the page across redraws (the chip row keeps its sideways scroll); draw fills them.
  const sections = sectionRow();
  const note = h('div', {class: 'inbox-note'});
  const heading = h('h2', {class: 'list-title'});
  const body = h('div', {class: 'inbox-body'});
  let framed = false;

  function draw() {
    if (!alive) return;
    const child = ctx.profile.child();
    if (!child) {
      framed = false;
      fill(view, h('p', {class: 'empty'}, T.noChild));
      return;
    }
    if (!framed) {
      fill(view, note, sections.nav, heading, body);
      framed = true;
    }
    const mine = inbox ? inbox.items.filter((it) => !it.withdrawn && items.about(it, child, ctx.profile.children()))
      : [];
    sections.update(child, inbox ? unreadCounts(mine, inbox.readSeq) : {});
    heading.textContent = T.listTitle(items.givenName(child.fullName));
    fill(note, offline ? offlineNote({offline, at: inbox && inbox.at}) : null);
    let list;
    if (!inbox) {
      list = error ? errorLine(error) : h('p', {class: 'empty'}, CT.loading);
    } else {
      list = mine.length === 0 ? h('p', {class: 'empty'}, T.empty)
        : h('ul', {class: 'list inbox-list'}, mine.map((it) => row(it)));
      if (!performance.getEntriesByName('inbox drawn').length) performance.mark('inbox drawn'); // once a page
    }
    const more = inbox && inbox.hasMore && !offline
      ? h('button', {type: 'button', class: 'more', onclick: loadOlder}, T.loadMore) : null;
    fill(body, list, more);
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
