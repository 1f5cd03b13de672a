// The conversation list: title, last message, time, unread count; the school's notices ("Thông báo") last.
import {h, fill, useCss} from '../core/dom.js';
import {when} from '../core/format.js';
import * as profile from '../core/profile.js';
import {T} from './texts.js';
import {preview} from './view.js';

export async function render(view, params, ctx) {
  useCss('/app/chat/chat.css');
  ctx.setTitle(T.title);
  const client = await ctx.chat();
  const ul = h('ul', {class: 'list chat-list', 'aria-label': T.conversations});
  const empty = h('p', {class: 'empty', hidden: true}, T.noConversations);
  const error = h('p', {class: 'error', role: 'alert', hidden: true});
  fill(view, h('div', {class: 'chat-actions'}, h('a', {class: 'button primary', href: '#/tro-chuyen/moi'}, T.newChat)),
    error, ul, empty);
  let me = await client.me();

  function show(list) {
    if (!list) return;
    const chats = list.filter((c) => c.kind !== 'INBOX');
    const inbox = list.filter((c) => c.kind === 'INBOX');
    empty.hidden = chats.length > 0 || inbox.length > 0;
    fill(ul, chats.concat(inbox).map((c) => row(c, me)));
  }

  show(await client.cachedConversations());
  const offs = [client.on('conversations', show), client.on('status', async () => {
    me = await client.me();
  })];
  try {
    show(await client.conversations());
  } catch (e) {
    error.textContent = e.message;
    error.hidden = false;
  }
  return () => offs.forEach((off) => off());
}

function row(c, me) {
  const inbox = c.kind === 'INBOX';
  const title = inbox ? T.inboxTitle : c.title;
  const href = inbox && profile.isGuardian() ? '#/hop-thu' : `#/tro-chuyen/${c.id}`;
  const unread = c.unread > 0;
  return h('li', {class: unread ? 'unread' : null},
    h('a', {href},
      h('span', {class: 'avatar', 'aria-hidden': 'true'}, initials(title)),
      h('span', {class: 'row-main'},
        h('span', {class: 'row-title'}, title),
        h('span', {class: 'row-sub'}, c.lastMessage ? preview(c.lastMessage, me) : '')),
      h('span', {class: 'row-side'},
        h('span', {class: 'row-time'}, when(c.lastActivityAt)),
        unread ? h('span', {class: 'badge', 'aria-label': T.unreadLabel(c.unread)}, T.unread(c.unread)) : null)));
}

function initials(title) {
  const words = String(title || '?').split(/\s+/).filter(Boolean);
  return (words.length ? words[words.length - 1][0] : '?').toUpperCase();
}
