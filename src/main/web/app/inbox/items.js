// The family's inbox, read from chat's INBOX conversation (docs/protocol.md "Inboxes", docs/notices.md): loading it
// over REST, keeping it on the device, applying live events, and telling which items are about which child.
import {FIRST_SCREEN} from '../core/api.js';
import {T} from './texts.js';

const KEY = 'inbox';
const PAGE = 100; // FIRST_SCREEN.inbox asks for as many
const KEEP = 500;

/** Applies events (history or live) to the items by seq: corrections replace text and data, withdrawals mark. */
export function apply(items, events) {
  const bySeq = new Map(items.map((it) => [it.seq, it]));
  for (const ev of events) {
    if (ev.kind === 'item') {
      bySeq.set(ev.seq, {seq: ev.seq, sentAt: ev.sentAt, text: ev.text, data: ev.data, silent: ev.silent,
        corrected: Boolean(ev.editedAt) || (bySeq.get(ev.seq) || {}).corrected || false,
        withdrawn: Boolean(ev.recalled)});
    } else if (ev.kind === 'item_corrected') {
      const target = bySeq.get(ev.targetSeq);
      if (target) Object.assign(target, {text: ev.text, data: ev.data, corrected: true});
    } else if (ev.kind === 'item_withdrawn') {
      const target = bySeq.get(ev.targetSeq);
      if (target) Object.assign(target, {text: null, data: null, withdrawn: true});
    }
  }
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq).slice(0, KEEP);
}

/** The inbox kept on the device: {conversationId, readSeq, items (newest first), hasMore, at}. */
export function kept(store) {
  return store.get(KEY);
}

export function keep(store, inbox) {
  return store.set(KEY, inbox);
}

/** The newest page from the server merged with what the device has; kept again. */
export async function refresh(api, store) {
  const {conversation: conv, events, hasMore} = await api.get(FIRST_SCREEN.inbox);
  const old = (await kept(store)) || null;
  if (!conv) {
    const empty = {conversationId: null, readSeq: 0, items: [], hasMore: false, at: new Date().toISOString()};
    await keep(store, empty);
    return empty;
  }
  // What the device kept, unless more arrived since than this page holds: then the page starts afresh (older items
  // come with "load more") rather than showing a silent hole between the two.
  const hole = hasMore && old && old.items.length && events.length && events[0].seq > old.items[0].seq + 1;
  const same = old && old.conversationId === conv.id && !hole;
  const base = same ? old.items : [];
  const inbox = {
    conversationId: conv.id,
    readSeq: Math.max(conv.readSeq || 0, same ? old.readSeq || 0 : 0),
    items: apply(base, events),
    hasMore: same && base.length ? old.hasMore : hasMore,
    at: new Date().toISOString(),
  };
  await keep(store, inbox);
  return inbox;
}

/** The page before the oldest item the device has. */
export async function older(api, store, inbox) {
  const oldest = inbox.items.length ? inbox.items[inbox.items.length - 1].seq : 1;
  const path = `/api/v1/chat/conversations/${inbox.conversationId}/events?before=${oldest}&limit=${PAGE}`;
  const page = await api.get(path);
  const next = {...inbox, items: apply(inbox.items, page.events), hasMore: page.hasMore};
  await keep(store, next);
  return next;
}

/** The item's category key: a notice's category (GRADE, …, DIGEST), directive, leave, timetable or other. */
export function category(item) {
  const data = item.data || {};
  if (data.topic === 'directive' || data.topic === 'leave' || data.topic === 'timetable') return data.topic;
  if (data.topic === 'notice' && T.category[data.category]) return data.category;
  return 'other';
}

/** Whether an item is about this child (or for every family: whole-school posts, digests, directives). */
export function about(item, child, children) {
  const data = item.data || {};
  const record = data.record || {};
  if (record.studentCode) return record.studentCode === child.studentCode;
  // A class's timetable (docs/timetable.md): under the child of that class when the person has one there.
  if (data.topic === 'timetable' && children.some((c) => c.classId === data.classId)) {
    return child.classId === data.classId;
  }
  if ((data.category === 'ACTIVITY' || data.category === 'COMMENT') && record.className) {
    if (record.className === child.className) return true;
    // Another of the person's children is in a class of that name: the post is theirs.
    return !children.some((c) => c.className === record.className);
  }
  return true;
}

/** The first line of the notice, for the list. */
export function firstLine(item) {
  const text = item.text || '';
  return text.split('\n')[0];
}

/** What a family calls a child: the last word of the full name ("Nguyễn Minh An" → "An"). */
export function givenName(fullName) {
  const words = String(fullName || '').trim().split(/\s+/);
  return words[words.length - 1];
}
