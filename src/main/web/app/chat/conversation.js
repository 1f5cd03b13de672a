// One conversation: its messages in order (the device's copy first, then live), own ones on the right, day
// separators, typing, read marks, sends queued while offline, reply, recall, photos and PDFs, block and report.
import {h, fill, useCss} from '../core/dom.js';
import {date, time, today} from '../core/format.js';
import * as profile from '../core/profile.js';
import {T} from './texts.js';
import {preview} from './view.js';
import {offerLater, pendingLater} from './later.js';
import {unsentBox} from './unsent.js';

const SHOWN = new Set(['message', 'item']);

export async function render(view, params, ctx) {
  useCss('/app/chat/chat.css');
  const id = Number(params.conversation);
  const client = await ctx.chat();
  const api = ctx.api;
  const byseq = new Map();          // seq → event (messages and items)
  let oldest = Infinity;
  let members = [];
  let me = await client.me();
  let conv = null;
  let replyTo = null;
  let outbox = await client.queued(id);
  let loadingOlder = false;
  let typingTimer = null;
  const urls = new Map();           // attachment id → object URL (revoked when the screen goes)
  const offs = [];

  const list = h('ol', {class: 'messages', 'aria-label': T.messages});
  const older = h('button', {type: 'button', class: 'link older', hidden: true, onclick: () => loadOlder()}, T.older);
  const typingLine = h('p', {class: 'typing', role: 'status', 'aria-live': 'polite'});
  const noticeLine = h('p', {class: 'chat-notice', role: 'status', hidden: true});
  const replyBar = h('div', {class: 'reply-bar', hidden: true});
  const text = h('textarea', {id: 'chat-text', rows: 1, placeholder: T.placeholder, 'aria-label': T.composer,
    maxlength: client.limits().maxTextChars});
  const camera = h('input', {id: 'chat-camera', type: 'file', accept: 'image/*', capture: 'environment',
    class: 'sr-only', 'aria-label': T.camera});
  const picker = h('input', {id: 'chat-file', type: 'file', accept: 'image/*,application/pdf', class: 'sr-only',
    'aria-label': T.attach});
  const sendButton = h('button', {type: 'submit', class: 'primary send'}, T.send);
  const composer = h('form', {class: 'composer', onsubmit: (e) => {
    e.preventDefault();
    submit();
  }}, replyBar, h('div', {class: 'composer-row'},
    camera, h('label', {for: 'chat-camera', class: 'icon-button', title: T.camera}, h('span', {class: 'icon icon-camera'})),
    picker, h('label', {for: 'chat-file', class: 'icon-button', title: T.attach}, h('span', {class: 'icon icon-attach'})),
    text, sendButton));
  const menu = h('dialog', {class: 'msg-menu', 'aria-labelledby': 'msg-menu-title'});
  const section = h('section', {class: 'chat'}, older, noticeLine, list, typingLine);
  fill(view, section, menu);

  // ---- the conversation, its members ----
  const known = await client.cachedConversations();
  conv = (known || []).find((c) => c.id === id) || null;
  ctx.setTitle(conv ? titleOf(conv) : T.title);
  // Who may write here: nobody in an inbox (notices), nobody in a class group whose school year ended (closed: its
  // history only, docs/web-chat.md); the composer gives way to a note saying so.
  const readOnly = () => conv && conv.kind === 'INBOX';
  const closed = () => Boolean(conv && conv.closed);
  const inboxNote = h('p', {class: 'hint'}, T.readOnly);
  const closedNote = h('p', {class: 'chat-closed', role: 'note'}, T.closedGroup);
  const unsent = unsentBox({client, ctx, id, conversation: () => conv});   // what the closed group refused
  offs.push(unsent.off);
  let offered = false;
  let waitingLater = 0;              // my scheduled messages shown under the list: then it is not "empty"
  let later = {refresh: () => {}, arrived: () => {}};
  function composeOrNote() {
    if (readOnly() || closed()) {
      composer.remove();
      if (readOnly()) section.append(inboxNote);
      else section.after(unsent.element, closedNote);
      return;
    }
    if (!composer.isConnected) section.after(composer);
    if (offered) return;
    offered = true;
    later = pendingLater({api, ctx, conversationId: id, after: list, counted: (n) => {
      waitingLater = n;
      draw();
    }});
    offerLater({api, ctx, client, conversationId: id, composer, sendButton, scheduled: later.refresh, take: () => {
      const value = text.value.trim() ? text.value : '';
      if (value) text.value = '';
      return value;
    }});
  }
  composeOrNote();
  text.value = client.takeDraft(id);   // brought from a closed group's "Gửi vào nhóm lớp năm học mới"
  if (text.value) text.rows = 3;       // the whole text in sight, to read before "Gửi"
  function refreshConversation() {
    return client.conversations().then((fresh) => {
      conv = fresh.find((c) => c.id === id) || conv;
      if (!conv) {
        fill(view, h('p', {class: 'error', role: 'alert'}, T.conversationGone));
        return;
      }
      ctx.setTitle(titleOf(conv));
      composeOrNote();
      draw();
    }, () => {});
  }
  const listed = refreshConversation();
  client.members(id).then((m) => {
    members = m;
    draw();
  }, () => {});

  function titleOf(c) {
    return c.kind === 'INBOX' ? T.inboxTitle : c.title;
  }
  const mine = (e) => me.includes(e.sender);
  const nameOf = (p) => (members.find((m) => m.participant === p) || {}).fullName || T.someone;
  const others = () => members.filter((m) => !me.includes(m.participant));

  // ---- events ----
  function take(events) {
    let changed = false;
    for (const e of events) {
      if (e.conversationId !== id) continue;
      if (SHOWN.has(e.kind)) {
        byseq.set(e.seq, e);
        changed = true;
      } else if (e.targetSeq && byseq.has(e.targetSeq)) {
        const target = byseq.get(e.targetSeq);
        if (e.kind === 'edited' || e.kind === 'item_corrected') Object.assign(target, {text: e.text, editedAt: e.sentAt});
        else if (e.kind === 'recalled' || e.kind === 'item_withdrawn') Object.assign(target, {recalled: true, text: null, attachment: undefined});
        else if (e.kind === 'hidden') Object.assign(target, {hidden: true, text: null, attachment: undefined});
        changed = true;
      }
      oldest = Math.min(oldest, e.seq);
    }
    return changed;
  }

  // A fresh device opened on this conversation by a link (a push notification) knows nothing of it yet: history
  // needs the list's lastSeq to know what to fetch.
  if (!conv) await listed;
  const first = await client.history(id, {limit: 100}).catch((e) => {
    ctx.toast(e.message, 'error');
    return [];
  });
  take(first);
  draw();
  window.scrollTo(0, document.body.scrollHeight);
  markRead();

  offs.push(client.on('event', (e) => {
    if (e.conversationId !== id) return;
    if (e.kind === 'message') later.arrived(e);
    const atBottom = nearBottom();
    if (take([e])) {
      if (outbox.length) outbox = outbox.filter((o) => o.clientId !== e.clientId);
      draw();
      if (atBottom || mine(e)) window.scrollTo(0, document.body.scrollHeight);
      if (SHOWN.has(e.kind) && !mine(e)) {
        typingLine.textContent = '';
        markRead();
      }
    }
  }));
  offs.push(client.on('outbox', (all) => {
    outbox = all.filter((o) => o.conversationId === id);
    draw();
  }));
  offs.push(client.on('status', () => draw()));
  offs.push(client.on('synced', () => later.refresh()));   // back online: sends that went meanwhile leave the list
  offs.push(client.on('synced', () => client.members(id).then((m) => {
    members = m;
    draw();
  }, () => {})));
  offs.push(client.on('receipt', (r) => {
    if (r.conversationId !== id) return;
    const m = members.find((x) => x.participant === r.participant);
    if (m) {
      m.readSeq = Math.max(m.readSeq || 0, r.readSeq || 0);
      m.deliveredSeq = Math.max(m.deliveredSeq || 0, r.deliveredSeq || 0);
      draw();
    }
  }));
  offs.push(client.on('typing', (t) => {
    if (t.conversationId !== id || me.includes(t.participant)) return;
    typingLine.textContent = T.typing(nameOf(t.participant));
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      typingLine.textContent = '';
    }, 5000);
  }));
  const showNotice = (n) => {
    if (!n || n.conversationId !== id) return;
    noticeLine.textContent = n.text;
    noticeLine.hidden = false;
  };
  showNotice(client.notice(id));
  offs.push(client.on('notice', showNotice));
  offs.push(client.on('error', (err) => {
    if (err.conversationId !== id) return;
    ctx.toast(err.code === 'TEXT_TOO_LONG' ? T.tooLong(client.limits().maxTextChars) : err.message || T.failed,
      'error');
    if (err.code === 'CONVERSATION_CLOSED' && !closed()) {
      // The school year ended while this screen was open: history from now on, and the title that says so.
      conv = {...conv, closed: true};
      composeOrNote();
      draw();
      refreshConversation();
    }
  }));
  const onScroll = () => {
    if (window.scrollY < 40 && !older.hidden) loadOlder();
  };
  const onVisible = () => markRead();
  window.addEventListener('scroll', onScroll, {passive: true});
  document.addEventListener('visibilitychange', onVisible);

  function nearBottom() {
    return window.innerHeight + window.scrollY >= document.body.scrollHeight - 150;
  }

  function markRead() {
    if (document.visibilityState !== 'visible' || !byseq.size) return;
    client.read(id, Math.max(...byseq.keys()));
  }

  async function loadOlder() {
    if (loadingOlder || oldest <= 1) return;
    loadingOlder = true;
    older.textContent = T.loadingOlder;
    const height = document.body.scrollHeight;
    try {
      const page = await client.history(id, {before: oldest, limit: 50});
      if (!page.length) oldest = 1;
      take(page);
      draw();
      window.scrollTo(0, window.scrollY + document.body.scrollHeight - height);
    } catch (e) {
      ctx.toast(e.message, 'error');
    } finally {
      loadingOlder = false;
      older.textContent = T.older;
    }
  }

  // ---- drawing ----
  function draw() {
    const events = [...byseq.values()].sort((a, b) => a.seq - b.seq);
    older.hidden = !(oldest > 1 && oldest !== Infinity);
    const direct = conv && conv.kind === 'DIRECT';
    const readers = others();
    const lastMine = [...events].reverse().find((e) => mine(e) && !e.recalled);
    let seenSeq = 0;
    if (direct && readers.length) {
      const r = readers[0].readSeq || 0;
      const seen = [...events].reverse().find((e) => mine(e) && e.seq <= r);
      seenSeq = seen ? seen.seq : 0;
    }
    const items = [];
    let day = null;
    let prevSender = null;
    for (const e of events) {
      const d = date(e.sentAt);
      if (d !== day) {
        day = d;
        prevSender = null;
        items.push(h('li', {class: 'day'}, h('span', null, dayLabel(e.sentAt))));
      }
      let mark = null;
      if (direct && e.seq === seenSeq) mark = T.seen;
      if (!direct && lastMine && e.seq === lastMine.seq) {
        const n = readers.filter((m) => (m.readSeq || 0) >= e.seq).length;
        if (n) mark = T.seenBy(n);
      }
      items.push(messageItem(e, {showName: !direct && !mine(e) && e.sender && e.sender !== prevSender, mark}));
      prevSender = e.sender;
    }
    const waiting = client.isConnected() ? T.sending : T.willSend;
    for (const o of outbox) {
      items.push(h('li', {class: 'msg mine pending'}, h('div', {class: 'bubble'},
        o.replyTo ? quote(o.replyTo) : null,
        o.attachment ? h('p', {class: 'file-line'}, `${T.file}: ${o.attachment.fileName || ''}`) : null,
        o.text ? h('p', {class: 'text', 'data-testid': 'message-text'}, o.text) : null,
        h('span', {class: 'meta'}, waiting))));
    }
    if (!items.length && !waitingLater) items.push(h('li', {class: 'empty'}, T.noMessagesYet));
    fill(list, items);
  }

  function dayLabel(iso) {
    const d = new Date(iso);
    const todayStr = date(today());
    const yesterday = date(new Date(Date.now() - 86_400_000).toISOString());
    const s = date(iso);
    return s === todayStr ? T.today : s === yesterday ? T.yesterday : s || date(d.toISOString());
  }

  function messageItem(e, {showName, mark}) {
    const own = mine(e);
    const gone = e.recalled || e.hidden;
    const body = [];
    if (e.replyTo && !gone) body.push(quote(e.replyTo));
    if (e.attachment && !gone) body.push(attachmentView(e.attachment));
    if (gone) {
      body.push(h('p', {class: 'text gone', 'data-testid': 'message-text'},
        e.hidden ? T.hidden : e.sender ? T.recalled : T.withdrawn));
    } else if (e.text) {
      body.push(h('p', {class: 'text', 'data-testid': 'message-text'}, e.text));
    }
    body.push(h('span', {class: 'meta'}, time(e.sentAt), e.editedAt ? ` ${T.edited}` : ''));
    return h('li', {class: `msg ${own ? 'mine' : 'theirs'}${e.kind === 'item' ? ' item' : ''}`, dataset: {seq: e.seq}},
      showName ? h('p', {class: 'sender'}, nameOf(e.sender)) : null,
      h('div', {class: 'bubble-row'},
        h('div', {class: 'bubble'}, body),
        gone || e.kind === 'item' || (closed() && own) ? null : h('button', {type: 'button', class: 'more',
          'aria-label': T.menu, 'aria-haspopup': 'dialog', onclick: () => openMenu(e)}, '⋮')),
      mark ? h('p', {class: 'seen'}, mark) : null);
  }

  function quote(seq) {
    const target = byseq.get(seq);
    return h('blockquote', {class: 'quote'},
      target ? h('span', {class: 'quote-name'}, mine(target) ? T.you : nameOf(target.sender)) : null,
      h('span', {class: 'quote-text'}, target ? preview(target) : T.oldMessage));
  }

  function attachmentView(a) {
    if (a.contentType && a.contentType.startsWith('image/')) {
      const img = h('img', {alt: T.photoAlt(a.fileName), loading: 'lazy', width: 240, height: 180});
      photoUrl(a.id, true).then((url) => {
        img.src = url;
        img.removeAttribute('width');
        img.removeAttribute('height');
      }, () => {});
      return h('button', {type: 'button', class: 'photo', 'aria-label': T.openPhoto, onclick: () => enlarge(a)}, img);
    }
    return h('button', {type: 'button', class: 'file-link', onclick: () => download(a)},
      T.download(a.fileName || 'tệp PDF'),
      a.size ? ` (${Math.max(1, Math.round(a.size / 1024))} KB)` : '');
  }

  async function photoUrl(attachmentId, thumb) {
    const key = `${attachmentId}${thumb ? ':thumb' : ''}`;
    if (urls.has(key)) return urls.get(key);
    const path = `/api/v1/chat/attachments/${attachmentId}`;
    let url;
    try {
      url = await api.objectUrl(thumb ? `${path}?size=thumb` : path);
    } catch (e) {
      if (!thumb || e.offline) throw e;
      url = await api.objectUrl(path); // no thumbnails on this server: the original
    }
    urls.set(key, url);
    return url;
  }

  async function enlarge(a) {
    try {
      const url = await photoUrl(a.id, false);
      fill(menu, h('h2', {id: 'msg-menu-title', class: 'sr-only'}, T.openPhoto),
        h('img', {src: url, alt: T.photoAlt(a.fileName), class: 'large'}),
        h('button', {type: 'button', onclick: () => menu.close()}, T.close));
      menu.showModal();
    } catch (e) {
      ctx.toast(e.message, 'error');
    }
  }

  async function download(a) {
    try {
      const url = await api.objectUrl(`/api/v1/chat/attachments/${a.id}`);
      const link = h('a', {href: url, download: a.fileName || 'tep-dinh-kem.pdf', hidden: true});
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      ctx.toast(e.message, 'error');
    }
  }

  // ---- the message menu ----
  function openMenu(e) {
    const own = mine(e);
    const window_ = client.limits().recallWindowSeconds * 1000;
    const canRecall = own && Date.now() - Date.parse(e.sentAt) < window_;
    const iAmGuardian = (conv && conv.me ? conv.me : me.find((p) => p.startsWith('g:')) || '').startsWith('g:')
      || (profile.isGuardian() && !profile.isStaff());
    const canBlock = !own && iAmGuardian && String(e.sender).startsWith('g:');
    const close = () => menu.close();
    const buttons = [
      closed() ? null : h('button', {type: 'button', onclick: () => {
        close();
        startReply(e);
      }}, T.reply),
      canRecall && !closed() ? h('button', {type: 'button', class: 'danger', onclick: () => confirmStep(T.recallConfirm,
        T.recall, async () => {
          await client.recall(id, e.seq);
        })}, T.recall) : null,
      canBlock ? h('button', {type: 'button', class: 'danger', onclick: () => {
        const name = nameOf(e.sender);
        confirmStep(T.blockConfirm(name), T.block(name), async () => {
          await api.put(`/api/v1/chat/blocks/${encodeURIComponent(e.sender)}`);
          ctx.toast(T.blocked(name));
        });
      }}, T.block(nameOf(e.sender))) : null,
      own ? null : h('button', {type: 'button', onclick: () => reportStep(e)}, T.report),
      h('button', {type: 'button', class: 'link', onclick: close}, T.close),
    ];
    fill(menu, h('h2', {id: 'msg-menu-title'}, T.menuTitle),
      h('p', {class: 'menu-preview'}, preview(e)), h('div', {class: 'menu-buttons'}, buttons));
    menu.showModal();
  }

  function confirmStep(question, label, action) {
    const error = h('p', {class: 'error', role: 'alert', hidden: true});
    fill(menu, h('h2', {id: 'msg-menu-title'}, label), h('p', null, question), error,
      h('div', {class: 'menu-buttons'},
        h('button', {type: 'button', class: 'primary', onclick: async () => {
          try {
            await action();
            menu.close();
          } catch (err) {
            error.textContent = err.code === 'WINDOW_CLOSED' ? T.windowClosed : err.message;
            error.hidden = false;
          }
        }}, T.confirm),
        h('button', {type: 'button', onclick: () => menu.close()}, T.cancel)));
  }

  function reportStep(e) {
    const reason = h('textarea', {id: 'report-reason', rows: 3, maxlength: 500, required: true});
    const error = h('p', {class: 'error', role: 'alert', hidden: true});
    fill(menu, h('form', {onsubmit: async (ev) => {
      ev.preventDefault();
      try {
        await api.post('/api/v1/chat/reports', {conversationId: id, seq: e.seq, reason: reason.value.trim()});
        menu.close();
        ctx.toast(T.reported);
      } catch (err) {
        error.textContent = (err.errors && err.errors.length ? err.errors.map((x) => x.message).join(' ') : err.message);
        error.hidden = false;
      }
    }}, h('h2', {id: 'msg-menu-title'}, T.report), h('p', {class: 'menu-preview'}, preview(e)),
    h('label', {for: 'report-reason'}, T.reportReason), reason, error,
    h('div', {class: 'menu-buttons'}, h('button', {type: 'submit', class: 'primary'}, T.reportSend),
      h('button', {type: 'button', onclick: () => menu.close()}, T.cancel))));
    reason.focus();
  }

  // ---- composing ----
  function startReply(e) {
    replyTo = e.seq;
    fill(replyBar, h('span', {class: 'reply-what'}, h('strong', null, T.replyingTo(mine(e) ? T.you : nameOf(e.sender))),
      ' ', preview(e)),
    h('button', {type: 'button', class: 'link', 'aria-label': T.cancelReply, onclick: () => stopReply()}, '✕'));
    replyBar.hidden = false;
    text.focus();
  }

  function stopReply() {
    replyTo = null;
    replyBar.hidden = true;
    fill(replyBar);
  }

  async function submit(attachment) {
    const value = text.value;
    if (!value.trim() && !attachment) return;
    if (value.length > client.limits().maxTextChars) {
      ctx.toast(T.tooLong(client.limits().maxTextChars), 'error');
      return;
    }
    text.value = '';
    const reply = replyTo;
    stopReply();
    await client.send(id, {text: value, attachmentId: attachment && attachment.id, attachment, replyTo: reply});
    window.scrollTo(0, document.body.scrollHeight);
  }

  async function upload(input) {
    const file = input.files && input.files[0];
    input.value = '';
    if (!file) return;
    if (!navigator.onLine) {
      ctx.toast(T.uploadOffline, 'error');
      return;
    }
    ctx.toast(T.uploading);
    try {
      const attachment = await api.upload(
        `/api/v1/chat/conversations/${id}/attachments?fileName=${encodeURIComponent(file.name || '')}`, file);
      await submit(attachment);
    } catch (e) {
      ctx.toast(e.offline ? T.uploadOffline : e.message, 'error');
    }
  }

  camera.addEventListener('change', () => upload(camera));
  picker.addEventListener('change', () => upload(picker));
  text.addEventListener('input', () => {
    if (text.value.trim()) client.typing(id);
  });
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && !matchMedia('(pointer: coarse)').matches) {
      e.preventDefault();
      submit();
    }
  });

  return () => {
    offs.forEach((off) => off());
    clearTimeout(typingTimer);
    window.removeEventListener('scroll', onScroll);
    document.removeEventListener('visibilitychange', onVisible);
    if (menu.open) menu.close();
    for (const url of urls.values()) URL.revokeObjectURL(url);
  };
}
