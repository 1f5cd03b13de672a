// The chat client (docs/protocol.md): one WebSocket to /ws/chat for the whole app. It resumes by the cursors kept
// on the device, fills every `gap` from REST history (never a silent hole), stores each conversation's newest events
// in IndexedDB without duplicates, and keeps sends in an outbox on the device until the server acks them — resent
// after any reconnect with the same clientId, so nothing is stored twice.
import * as auth from '../core/auth.js';
import * as store from '../core/store.js';
import {api, OfflineError} from '../core/api.js';

const BASE = '/api/v1/chat';
const KEEP = 300;              // newest events kept on the device per conversation
const PAGE = 200;              // REST history page when filling a gap
const ACK_WAIT = 10_000;       // resend a send without an ack after this, then 20 s, 40 s… (protocol.md)
const PING_EVERY = 25_000;
const PONG_WAIT = 10_000;
const TYPING_EVERY = 3_000;
const MAX_DELAY = 30_000;

const listeners = new Map();   // type → Set(listener)
let running = false;
let ws = null;
let welcome = null;            // the server's welcome: limits, participants
let connected = false;
let synced = false;            // the sync of this connection was answered: typing is followed from now on
let attempt = 0;               // reconnects since the last welcome
let refusedFull = 0;           // 4010 in a row
let retryTimer = null;
let pingTimer = null;
let pongTimer = null;
let holdTimer = null;          // RATE_LIMITED: no send before this fires
let holdUntil = 0;

let cursors = null;            // {conversationId: last seq received in order}, kept under chat:cursors
let outbox = null;             // [{clientId, conversationId, text, attachmentId, replyTo, attachment, createdAt}]
const inFlight = new Map();    // clientId → {sentAt, tries, timer}
const events = new Map();      // conversationId → sorted array of events (device copy, loaded lazily)
const dirty = new Set();
let flushTimer = null;
const delivered = new Map();   // conversationId → seq to report as delivered
const deliveredSent = new Map();
const reads = new Map();       // conversationId → seq to report as read
const readSent = new Map();
const typingSent = new Map();
const filling = new Map();     // conversationId → Promise of a running gap fill
const pending = new Map();     // ref → {resolve, reject}
const lastNotice = new Map();  // conversationId → notice frame
let list = null;               // GET /conversations, cached
let unsentTexts = null;        // conversationId → [text] refused because the group closed (kept on the device)
const drafts = new Map();      // conversationId → text to put in its composer when it opens
let listRefresh = null;

// ---- listeners -------------------------------------------------------------------------------------------------

/**
 * on('event' | 'receipt' | 'typing' | 'notice' | 'status' | 'synced' | 'outbox' | 'error' | 'conversations' | 'unsent',
 * fn) → off
 */
export function on(type, listener) {
  if (!listeners.has(type)) listeners.set(type, new Set());
  listeners.get(type).add(listener);
  return () => listeners.get(type).delete(listener);
}

function emit(type, value) {
  for (const listener of listeners.get(type) || []) {
    try {
      listener(value);
    } catch (e) {
      console.warn('chat listener', e); // eslint-disable-line no-console
    }
  }
}

// ---- lifecycle -------------------------------------------------------------------------------------------------

export function start() {
  if (running) return;
  running = true;
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  connect();
}

export function stop() {
  running = false;
  window.removeEventListener('online', onOnline);
  window.removeEventListener('offline', onOffline);
  clearTimeout(retryTimer);
  clearTimeout(holdTimer);
  closeSocket(1000);
  for (const f of inFlight.values()) clearTimeout(f.timer);
  inFlight.clear();
  clearTimeout(flushTimer);
  for (const p of pending.values()) p.reject(new OfflineError());
  pending.clear();
  cursors = outbox = welcome = list = unsentTexts = null;
  drafts.clear();
  for (const m of [events, dirty, delivered, deliveredSent, reads, readSent, typingSent, filling, lastNotice]) m.clear();
  attempt = refusedFull = holdUntil = 0;
}

/** Whether the socket is open and welcomed. */
export function isConnected() {
  return connected;
}

/** Whether this connection's sync was answered (everything missed has arrived, or is being filled). */
export function isSynced() {
  return synced;
}

/** The welcome's limits (maxTextChars, recallWindowSeconds, …), or the protocol's defaults before the first one. */
export function limits() {
  return (welcome && welcome.limits) || {maxTextChars: 4000, recallWindowSeconds: 3600, replayLimit: 100};
}

/** The signed-in person's participants (g:42, s:7), from the welcome or the device. */
export async function me() {
  if (welcome) return welcome.participants;
  return (await store.get('chat:me')) || [];
}

function onOnline() {
  if (!running) return;
  if (!ws) {
    clearTimeout(retryTimer);
    connect();
  }
}

function onOffline() {
  // The browser knows the network is gone: do not wait for a dead socket to time out.
  if (ws) closeSocket(4000);
  disconnected();
  schedule();
}

async function connect() {
  retryTimer = null;
  if (!running || ws) return;
  let token;
  try {
    token = await auth.token();
  } catch (e) {
    schedule();
    return;
  }
  if (!token) {
    running = false; // signed out: auth.js tells the app
    return;
  }
  if (!running || ws) return;
  await loadState();
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/chat`;
  let socket;
  try {
    socket = new WebSocket(url, ['lienlac.chat.v1',
      `quarkus-http-upgrade#Authorization#${encodeURIComponent('Bearer ' + token)}`]);
  } catch (e) {
    schedule();
    return;
  }
  ws = socket;
  socket.onmessage = (m) => {
    if (ws === socket) receive(m.data);
  };
  socket.onclose = (c) => {
    if (ws === socket) closed(c.code);
  };
}

function closeSocket(code) {
  const socket = ws;
  ws = null;
  if (socket) {
    socket.onmessage = socket.onclose = null;
    try {
      socket.close(code === 1000 ? 1000 : 4000);
    } catch (e) { /* already closed */ }
  }
  clearInterval(pingTimer);
  clearTimeout(pongTimer);
}

function disconnected() {
  const was = connected;
  connected = false;
  synced = false;
  for (const f of inFlight.values()) clearTimeout(f.timer);
  inFlight.clear();
  for (const p of pending.values()) p.reject(new OfflineError());
  pending.clear();
  if (was) emit('status', {connected: false});
}

async function closed(code) {
  closeSocket(code);
  disconnected();
  if (!running) return;
  if (code === 4003) {
    running = false;
    emit('status', {connected: false, stopped: true});
    return;
  }
  if (code === 1008) {
    try {
      if (!(await auth.refresh())) {
        running = false; // the session ended: auth.js sends the person to sign in
        return;
      }
      connect();
    } catch (e) {
      schedule();
    }
    return;
  }
  refusedFull = code === 4010 ? refusedFull + 1 : 0;
  // 1012 (a draining pod): at once with the usual jitter, as docs/protocol.md says; the pod already spreads its closes
  schedule(refusedFull > 1 ? 60_000 : 0);
}

/** Exponential back-off with full jitter: 0–1 s, 0–2 s, … up to 0–30 s (plus a floor when the server asks). */
function schedule(floor = 0) {
  if (!running || retryTimer) return;
  const cap = Math.min(MAX_DELAY, 1000 * 2 ** attempt);
  attempt += 1;
  retryTimer = setTimeout(connect, floor + Math.random() * cap);
}

// ---- device state ----------------------------------------------------------------------------------------------

async function loadState() {
  if (cursors === null) cursors = (await store.get('chat:cursors')) || null;
  if (outbox === null) outbox = (await store.get('chat:outbox')) || [];
}

async function conversationEvents(id) {
  id = Number(id);
  if (!events.has(id)) {
    const stored = (await store.get(`chat:ev:${id}`)) || [];
    if (!events.has(id)) events.set(id, stored);
  }
  return events.get(id);
}

function saveSoon(id) {
  dirty.add(id);
  if (!flushTimer) flushTimer = setTimeout(flush, 200);
}

function flush() {
  flushTimer = null;
  for (const id of dirty) {
    const list = events.get(id);
    if (list.length > KEEP) list.splice(0, list.length - KEEP);
    store.set(`chat:ev:${id}`, list);
  }
  dirty.clear();
  if (cursors) store.set('chat:cursors', cursors);
}

function saveOutbox() {
  store.set('chat:outbox', outbox);
  emit('outbox', outbox.slice());
}

/** Puts events into the device copy in seq order, applying edits, recalls and hides to their targets. */
async function keep(id, incoming) {
  const list = await conversationEvents(id);
  const added = [];
  for (const e of incoming) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].seq < e.seq) lo = mid + 1;
      else hi = mid;
    }
    if (list[lo] && list[lo].seq === e.seq) continue; // duplicate
    list.splice(lo, 0, e);
    added.push(e);
    if (e.targetSeq) {
      const target = list.find((t) => t.seq === e.targetSeq);
      if (target) {
        if (e.kind === 'edited' || e.kind === 'item_corrected') {
          target.text = e.text;
          if (e.data) target.data = e.data;
          target.editedAt = e.sentAt;
        } else if (e.kind === 'recalled' || e.kind === 'item_withdrawn') {
          Object.assign(target, {recalled: true, text: null, attachment: undefined, data: undefined});
        } else if (e.kind === 'hidden') {
          Object.assign(target, {hidden: true, text: null, attachment: undefined});
        }
      }
    }
  }
  if (added.length) saveSoon(id);
  return added;
}

// ---- frames ----------------------------------------------------------------------------------------------------

function frame(object) {
  if (!ws || ws.readyState !== WebSocket.OPEN) return false;
  ws.send(JSON.stringify(object));
  return true;
}

function receive(data) {
  let f;
  try {
    f = JSON.parse(data);
  } catch (e) {
    return;
  }
  clearTimeout(pongTimer);
  switch (f.type) {
    case 'welcome': return welcomed(f);
    case 'event': return onEvent(f);
    case 'gap': return fillGap(f.conversationId, f.afterSeq, f.beforeSeq);
    case 'synced': return onSynced(f);
    case 'ack': return onAck(f);
    case 'error': return onError(f);
    case 'receipt': return emit('receipt', f);
    case 'typing': return emit('typing', f);
    case 'notice':
      lastNotice.set(f.conversationId, {...f, at: Date.now()});
      return emit('notice', f);
    default: return undefined;
  }
}

async function welcomed(f) {
  welcome = f;
  store.set('chat:me', f.participants);
  attempt = 0;
  refusedFull = 0;
  connected = true;
  clearInterval(pingTimer);
  pingTimer = setInterval(() => {
    if (frame({type: 'ping'})) {
      clearTimeout(pongTimer);
      pongTimer = setTimeout(() => closed(1006), PONG_WAIT);
    }
  }, PING_EVERY);
  await loadState();
  frame(cursors && Object.keys(cursors).length ? {type: 'sync', ref: 'sync', cursors}
    : {type: 'sync', ref: 'sync', from: 'latest', cursors: {}});
  emit('status', {connected: true});
  sendOutbox();
}

async function onEvent(e) {
  const id = e.conversationId;
  const added = await keep(id, [e]);
  if (!cursors) cursors = {};
  if (!cursors[id] || e.seq > cursors[id]) cursors[id] = e.seq;
  saveSoon(id);
  if (e.clientId && outbox) {
    const mine = outbox.findIndex((o) => o.clientId === e.clientId && o.conversationId === id);
    if (mine >= 0) acked(outbox[mine].clientId);
  }
  if (added.length) {
    noteInList(e);
    emit('event', e);
    markDelivered(id, e.seq);
  }
}

function onSynced(f) {
  synced = true;
  if (!cursors) cursors = {};
  for (const c of f.conversations || []) {
    if (!cursors[c.id] || c.lastSeq > cursors[c.id]) cursors[c.id] = c.lastSeq;
  }
  store.set('chat:cursors', cursors);
  emit('synced', f);
  // Receipts and reads that waited for the connection; gaps that an earlier fill could not finish.
  for (const [id, seq] of delivered) markDelivered(id, seq);
  for (const [id, seq] of reads) read(id, seq);
  store.entries('chat:gap:').then((gaps) => {
    for (const [key, g] of gaps) fillGap(Number(key.slice(9)), g.afterSeq, g.beforeSeq);
  });
  refreshList();
}

function onAck(f) {
  if (f.clientId && inFlight.has(f.clientId)) acked(f.clientId);
  const p = pending.get(f.ref);
  if (p) {
    pending.delete(f.ref);
    p.resolve(f);
  }
}

function onError(f) {
  const p = pending.get(f.ref);
  if (p) {
    pending.delete(f.ref);
    const error = new Error(f.message);
    error.code = f.code;
    p.reject(error);
  }
  const clientId = f.clientId || (f.ref && inFlight.has(f.ref) ? f.ref : null);
  if (!clientId || !outbox) return;
  const item = outbox.find((o) => o.clientId === clientId);
  if (!item) return;
  const flight = inFlight.get(clientId);
  if (flight) clearTimeout(flight.timer);
  inFlight.delete(clientId);
  if (f.code === 'RATE_LIMITED') {
    // Hold this send and every later one; after retryAfterMs resend them in order, this one first.
    for (const other of inFlight.values()) clearTimeout(other.timer);
    inFlight.clear();
    holdUntil = Math.max(holdUntil, Date.now() + (f.retryAfterMs || 1000));
    clearTimeout(holdTimer);
    holdTimer = setTimeout(sendOutbox, holdUntil - Date.now());
  } else if (f.code === 'INTERNAL') {
    holdTimer = holdTimer || setTimeout(sendOutbox, 2000);
  } else {
    // Refused for good (blocked, not a member, too long…): the person is told, the message leaves the outbox.
    outbox = outbox.filter((o) => o.clientId !== clientId);
    saveOutbox();
    // A group closed by the new school year: the text is kept as a draft (docs/protocol.md), not dropped.
    if (f.code === 'CONVERSATION_CLOSED' && item.text) keepUnsent(item.conversationId, item.text);
    emit('error', {clientId, conversationId: item.conversationId, code: f.code, message: f.message,
      text: item.text});
  }
}

// ---- gaps ------------------------------------------------------------------------------------------------------

/**
 * Fills the events between afterSeq and beforeSeq from REST history, page by page while hasMore. Only the part the
 * device keeps (the newest KEEP) is fetched now; what is older is paged in by history() when the person scrolls up.
 * The gap is remembered on the device until it is filled.
 */
function fillGap(id, afterSeq, beforeSeq) {
  const key = `chat:gap:${id}`;
  const run = (filling.get(id) || Promise.resolve()).then(async () => {
    await store.set(key, {afterSeq, beforeSeq});
    let after = Math.max(afterSeq, beforeSeq - 1 - KEEP);
    for (;;) {
      const page = await api.get(`${BASE}/conversations/${id}/events?after=${after}&before=${beforeSeq}&limit=${PAGE}`);
      const added = await keep(id, page.events);
      for (const e of added) {
        noteInList(e);
        emit('event', e);
      }
      if (added.length) markDelivered(id, added[added.length - 1].seq);
      if (!page.hasMore || !page.events.length) break;
      after = page.events[page.events.length - 1].seq;
    }
    await store.remove(key);
  }).catch(() => { /* offline: retried after the next synced */ });
  filling.set(id, run);
  return run;
}

// ---- receipts, typing ------------------------------------------------------------------------------------------

function markDelivered(id, seq) {
  delivered.set(id, Math.max(seq, delivered.get(id) || 0));
  if (!connected || (deliveredSent.get(id) || 0) >= seq) return;
  clearTimeout(markDelivered.timer);
  markDelivered.timer = setTimeout(() => {
    for (const [cid, s] of delivered) {
      if ((deliveredSent.get(cid) || 0) < s && frame({type: 'delivered', conversationId: cid, seq: s})) {
        deliveredSent.set(cid, s);
      }
    }
  }, 300);
}

/** The person has seen the conversation up to seq (the screen shows it). */
export function read(conversationId, seq) {
  const id = Number(conversationId);
  if (!seq) return;
  reads.set(id, Math.max(seq, reads.get(id) || 0));
  updateList(id, (c) => {
    if (seq >= c.lastSeq) c.unread = 0;
    c.readSeq = Math.max(c.readSeq || 0, seq);
  });
  if ((readSent.get(id) || 0) < seq && frame({type: 'read', conversationId: id, seq})) readSent.set(id, seq);
}

/** The person is typing: tells the others at most every 3 s. */
export function typing(conversationId) {
  const id = Number(conversationId);
  const now = Date.now();
  if (!synced || now - (typingSent.get(id) || 0) < TYPING_EVERY) return;
  if (frame({type: 'typing', conversationId: id})) typingSent.set(id, now);
}

/** The last out-of-hours notice of a conversation shown in the last few minutes, if any. */
export function notice(conversationId) {
  const n = lastNotice.get(Number(conversationId));
  return n && Date.now() - n.at < 10 * 60_000 ? n : null;
}

// ---- sending ---------------------------------------------------------------------------------------------------

function newClientId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Queues a message on the device and sends it when connected; returns its clientId. `attachment` ({id,
 * contentType, size, fileName}) is what the upload answered, kept to show the pending message.
 */
export async function send(conversationId, {text, attachmentId, attachment, replyTo} = {}) {
  await loadState();
  const clean = text && text.trim() ? text.trim() : null;
  if (!clean && !attachmentId) throw new Error('empty');
  const item = {clientId: newClientId(), conversationId: Number(conversationId), text: clean,
    attachmentId: attachmentId || null, attachment: attachment || null, replyTo: replyTo || null,
    createdAt: new Date().toISOString()};
  outbox.push(item);
  saveOutbox();
  sendOutbox();
  return item.clientId;
}

async function loadUnsent() {
  if (unsentTexts === null) unsentTexts = (await store.get('chat:unsent')) || {};
  return unsentTexts;
}

async function keepUnsent(conversationId, text) {
  const all = await loadUnsent();
  all[conversationId] = [...(all[conversationId] || []), text];
  store.set('chat:unsent', all);
  emit('unsent', {conversationId, texts: all[conversationId].slice()});
}

/** The texts a closed group refused (oldest first), kept until the person drops them. */
export async function unsent(conversationId) {
  return ((await loadUnsent())[Number(conversationId)] || []).slice();
}

/** Forgets the refused texts of a conversation ("Bỏ"). */
export async function dropUnsent(conversationId) {
  const all = await loadUnsent();
  delete all[Number(conversationId)];
  store.set('chat:unsent', all);
  emit('unsent', {conversationId: Number(conversationId), texts: []});
}

/** Text for a conversation's composer the next time its screen opens (taken once). */
export function draft(conversationId, text) {
  drafts.set(Number(conversationId), text);
}

export function takeDraft(conversationId) {
  const text = drafts.get(Number(conversationId));
  drafts.delete(Number(conversationId));
  return text || '';
}

/** What waits to be sent, oldest first (for one conversation, or all). */
export async function queued(conversationId) {
  await loadState();
  return outbox.filter((o) => conversationId === undefined || o.conversationId === Number(conversationId));
}

function sendOutbox() {
  holdTimer = null;
  if (!connected || !outbox || Date.now() < holdUntil) return;
  for (const item of outbox) {
    if (inFlight.has(item.clientId)) continue;
    transmit(item, 0);
  }
}

function transmit(item, tries) {
  const body = {type: 'send', ref: item.clientId, conversationId: item.conversationId, clientId: item.clientId};
  if (item.text) body.text = item.text;
  if (item.attachmentId) body.attachmentId = item.attachmentId;
  if (item.replyTo) body.replyTo = item.replyTo;
  if (!frame(body)) return;
  // No ack in 10 s: resend on this connection with the same clientId, backing off (20 s, 40 s…, jittered).
  const wait = ACK_WAIT * 2 ** tries * (tries ? 0.5 + Math.random() : 1);
  const timer = setTimeout(() => {
    if (outbox.some((o) => o.clientId === item.clientId) && connected) transmit(item, tries + 1);
  }, wait);
  inFlight.set(item.clientId, {tries, timer});
}

function acked(clientId) {
  const flight = inFlight.get(clientId);
  if (flight) clearTimeout(flight.timer);
  inFlight.delete(clientId);
  const before = outbox.length;
  outbox = outbox.filter((o) => o.clientId !== clientId);
  if (outbox.length !== before) saveOutbox();
}

/** Recalls one's own message (online only); resolves with the ack. */
export function recall(conversationId, seq) {
  return request({type: 'recall', conversationId: Number(conversationId), seq});
}

let refs = 0;
function request(body) {
  return new Promise((resolve, reject) => {
    const ref = `q${++refs}`;
    if (!frame({...body, ref})) {
      reject(new OfflineError());
      return;
    }
    pending.set(ref, {resolve, reject});
  });
}

// ---- history ---------------------------------------------------------------------------------------------------

/**
 * A conversation's events in seq order: the newest `limit` before `before` (or the newest of all). They come from
 * the device when it holds every seq of that range; otherwise from REST history (stored when they are recent).
 * Offline, the device's copy is all there is.
 */
export async function history(conversationId, {before, limit = 50} = {}) {
  const id = Number(conversationId);
  const list = await conversationEvents(id);
  await loadState();
  const known = Math.max((cursors && cursors[id]) || 0, list.length ? list[list.length - 1].seq : 0,
    (list_(id) || {}).lastSeq || 0);
  const top = before ? before - 1 : known;
  const low = Math.max(1, top - limit + 1);
  const have = list.filter((e) => e.seq >= low && e.seq <= top);
  if (top < 1 || have.length === top - low + 1) return have;
  try {
    const page = await api.get(`${BASE}/conversations/${id}/events?before=${top + 1}&limit=${limit}`);
    const newest = list.length ? list[list.length - 1].seq : 0;
    if (!list.length || top >= list[0].seq || top >= newest - KEEP) await keep(id, page.events);
    return page.events.map((e) => list.find((s) => s.seq === e.seq) || e);
  } catch (e) {
    if (e.offline) return have;
    throw e;
  }
}

/** The oldest seq that history() can still page before (1 means the beginning). */
export function hasOlder(events_) {
  return events_.length > 0 && events_[0].seq > 1;
}

// ---- conversations and members ---------------------------------------------------------------------------------

function list_(id) {
  return list && list.find((c) => c.id === Number(id));
}

function updateList(id, change) {
  const c = list_(id);
  if (!c) return;
  change(c);
  store.set('chat:conversations', list);
  emit('conversations', list);
}

function noteInList(e) {
  const c = list_(e.conversationId);
  if (!c) {
    if (e.kind === 'member_joined') refreshList();
    return;
  }
  if (e.seq > (c.lastSeq || 0)) {
    c.lastSeq = e.seq;
    c.lastActivityAt = e.sentAt;
  }
  if (e.kind === 'message' || e.kind === 'item') {
    if (!c.lastMessage || e.seq >= c.lastMessage.seq) {
      c.lastMessage = {seq: e.seq, sender: e.sender, text: e.text, recalled: e.recalled, hidden: e.hidden,
        fileName: e.attachment ? e.attachment.fileName : undefined, sentAt: e.sentAt};
    }
    const mine = welcome && welcome.participants.includes(e.sender);
    if (!mine && e.seq > (c.readSeq || 0) && e.seq > (reads.get(c.id) || 0)) c.unread = (c.unread || 0) + 1;
  } else if ((e.kind === 'recalled' || e.kind === 'hidden') && c.lastMessage && c.lastMessage.seq === e.targetSeq) {
    c.lastMessage = {...c.lastMessage, text: null, recalled: e.kind === 'recalled', hidden: e.kind === 'hidden'};
  }
  list.sort((a, b) => String(b.lastActivityAt).localeCompare(String(a.lastActivityAt)));
  store.set('chat:conversations', list);
  emit('conversations', list);
}

function refreshList() {
  if (!listRefresh) {
    listRefresh = api.get(`${BASE}/conversations`).then((fresh) => {
      list = fresh;
      store.set('chat:conversations', fresh);
      emit('conversations', fresh);
      return fresh;
    }).finally(() => {
      listRefresh = null;
    });
  }
  return listRefresh;
}

/** My conversations (GET /conversations), newest activity first; the device's copy when offline. */
export async function conversations({fresh = true} = {}) {
  if (!list) list = (await store.get('chat:conversations')) || null;
  if (fresh || !list) {
    try {
      return await refreshList();
    } catch (e) {
      if (!e.offline || !list) throw e;
    }
  }
  return list;
}

/** The device's copy of the list, at once (may be null). */
export async function cachedConversations() {
  if (!list) list = (await store.get('chat:conversations')) || null;
  return list;
}

/** A conversation's members with names and receipts; the device's copy when offline. */
export async function members(conversationId) {
  const key = `chat:members:${Number(conversationId)}`;
  try {
    const fresh = await api.get(`${BASE}/conversations/${Number(conversationId)}/members`);
    store.set(key, fresh);
    return fresh;
  } catch (e) {
    const kept = await store.get(key);
    if (e.offline && kept) return kept;
    throw e;
  }
}
