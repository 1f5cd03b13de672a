// "Gửi lúc 06:30 sáng mai": during the night's quiet hours a teacher writing to parents (a direct conversation with a
// guardian, a class parents' group) is offered to send at the end of them, beside "Gửi ngay". The server says whether
// and when (GET /api/v1/chat/me/send-later) and keeps the message until then (docs/chat-rest.md, "Send later").
import {h, fill, useCss} from '../core/dom.js';
import {date, time} from '../core/format.js';
import * as profile from '../core/profile.js';
import {L} from './later-texts.js';
import {S} from '../scheduled/texts.js';
import {cancelControl} from '../scheduled/cancel.js';

/**
 * My messages of this conversation that wait for their time ("Sẽ gửi lúc 06:30 thứ Ba 08/12/2026"), each with
 * "Hủy gửi", in a list put after `after` (GET /api/v1/chat/me/scheduled). `counted(n)` runs whenever the number
 * waiting changes. Answers {refresh, arrived}: `refresh()` asks again; `arrived(event)` takes a message of this
 * conversation from the socket: when it is one of these (same client id), its time came and it leaves the list.
 */
export function pendingLater({api, ctx, conversationId, after, counted = () => {}}) {
  if (!profile.isStaff()) return {refresh: () => {}, arrived: () => {}};
  useCss('/app/scheduled/scheduled.css');
  const box = h('ul', {class: 'later-pending', 'aria-label': L.pending});
  after.after(box);
  let waiting = [];
  function show() {
    fill(box, waiting.map((m) => h('li', {class: 'later-item'},
      h('div', {class: 'bubble'}, h('p', {class: 'text'}, m.text), h('span', {class: 'meta'}, S.willSend(m.sendAt))),
      cancelControl(ctx, {title: m.text, path: `/api/v1/chat/me/scheduled/${m.id}`}, refresh))));
    counted(waiting.length);
  }
  async function refresh() {
    let mine;
    try {
      mine = await api.get('/api/v1/chat/me/scheduled');
    } catch (e) {
      return;                                 // offline: nothing to show or cancel
    }
    waiting = mine.filter((m) => m.conversationId === Number(conversationId) && m.state === 'SCHEDULED')
      .sort((a, b) => a.sendAt.localeCompare(b.sendAt));
    show();
  }
  function arrived(event) {
    if (!event.clientId || !waiting.some((m) => m.clientId === event.clientId)) return;
    waiting = waiting.filter((m) => m.clientId !== event.clientId);
    show();
  }
  refresh();
  return {refresh, arrived};
}

/**
 * Adds the offer to a conversation's composer when it applies: the caller is staff and a guardian is a member.
 * `take()` returns the text to send (and clears the box), or '' when there is nothing to send; `scheduled()`, when
 * given, runs after a message was stored for later.
 */
export async function offerLater({api, ctx, client, conversationId, composer, sendButton, take, scheduled}) {
  if (!profile.isStaff()) return;
  let members;
  let offer;
  try {
    [members, offer] = await Promise.all([client.members(conversationId), api.get('/api/v1/chat/me/send-later')]);
  } catch (e) {
    return;                                   // offline: only "Gửi"
  }
  if (!offer || !offer.offer || !(members || []).some((m) => m.participant.startsWith('g:'))) return;
  useCss('/app/chat/later.css');
  sendButton.textContent = L.now;
  const later = h('button', {type: 'button', class: 'later', id: 'chat-later', title: L.hint}, offer.label);
  later.addEventListener('click', async () => {
    const text = take();
    if (!text) return;
    try {
      const stored = await api.post(`/api/v1/chat/conversations/${Number(conversationId)}/scheduled`,
        {text, sendAt: offer.sendAt, clientId: `later-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`});
      ctx.toast(L.scheduled(time(stored.sendAt), date(stored.sendAt)));
      if (scheduled) scheduled();
    } catch (e) {
      ctx.toast(e.detail || L.failed, 'error');
    }
  });
  composer.append(h('div', {class: 'later-row'}, h('span', {class: 'later-hint'}, L.hint), later));
}
