// One inbox item (#/hop-thu/:conversation/:seq): its full text and its structured detail (an activity's photos,
// tap to enlarge). Opening it marks it read through the chat client, when that runs.
import {h, fill} from '../core/dom.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {css, errorLine, label, num, photoStrip, cleaner} from './common.js';
import * as items from './items.js';

/** The record's fields worth a line, in order, with their values in words. */
function fields(category, record) {
  const F = T.field;
  const rows = [];
  const add = (key, value) => {
    if (value !== undefined && value !== null && value !== '') rows.push([F[key], value]);
  };
  if (category === 'GRADE') {
    add('subject', label(T.subjects, record.subject));
    add('schoolYear', record.schoolYear);
    add('term', label(T.term, record.term));
    add('kind', label(T.gradeKind, record.kind));
    add('score', record.score !== undefined ? num(record.score) : undefined);
    add('assessment', record.assessment ? label(T.assessment, record.assessment) : undefined);
    add('comment', record.comment);
    add('gradedOn', format.date(record.gradedOn));
  } else if (category === 'ATTENDANCE') {
    add('date', record.date ? `${format.weekday(record.date)}, ${format.date(record.date)}` : undefined);
    add('session', label(T.session, record.session));
    add('status', label(T.status, record.status));
    add('note', record.note);
  } else if (category === 'HEALTH') {
    add('type', label(T.healthType, record.type));
    add('date', format.date(record.date));
    add('title', record.title);
    add('description', record.description);
    add('heightCm', record.heightCm && num(record.heightCm));
    add('weightKg', record.weightKg && num(record.weightKg));
    add('bmi', record.bmi && num(record.bmi));
    add('bmiClass', record.bmiClass && label(T.bmiClass, record.bmiClass));
    add('vision', record.vision);
    add('dental', record.dental);
    add('notes', record.notes);
  } else if (category === 'ACTIVITY') {
    add('type', label(T.activityType, record.type));
    add('date', format.date(record.date));
    add('className', record.className || T.wholeSchool);
  }
  return rows;
}

export function render(view, params, ctx) {
  css();
  ctx.setTitle(T.itemTitle);
  const conversationId = Number(params.conversation);
  const seq = Number(params.seq);
  const bag = [];
  const urls = [];

  function draw(item, offline) {
    const back = h('p', {class: 'back'}, h('a', {href: '#/hop-thu'}, `‹ ${T.backToInbox}`));
    if (!item) {
      fill(view, back, h('p', {class: 'error', role: 'alert'}, T.itemNotFound));
      return;
    }
    const cat = items.category(item);
    if (item.withdrawn) {
      fill(view, back, h('article', {class: 'card item withdrawn'}, h('h2', null, T.withdrawn),
        h('p', null, T.withdrawnText)));
      return;
    }
    const data = item.data || {};
    const record = data.record || {};
    const rows = fields(cat, record);
    const title = {
      GRADE: record.subject && `${label(T.subjects, record.subject)} – ${label(T.gradeKind, record.kind)}`,
      ATTENDANCE: record.status && label(T.status, record.status),
      HEALTH: record.type && label(T.healthType, record.type),
      ACTIVITY: record.title,
    }[cat] || T.category[cat];
    fill(view, back, h('article', {class: 'card item'},
      h('p', {class: 'item-cat'}, h('span', {'aria-hidden': 'true'}, `${T.icon[cat]} `), T.category[cat],
        item.corrected ? h('span', {class: 'tag tag-corrected'}, T.corrected) : null),
      h('h2', {class: 'item-title'}, title),
      h('p', {class: 'hint'}, T.sentAt(`${format.time(item.sentAt)} ${format.date(item.sentAt)}`)),
      h('p', {class: 'item-text'}, item.text || ''),
      cat === 'ACTIVITY' && record.body ? h('p', {class: 'item-text'}, record.body) : null,
      rows.length ? h('section', {class: 'item-detail'}, h('h3', null, T.detail),
        h('dl', null, rows.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]))) : null,
      cat === 'ACTIVITY' ? photoStrip(ctx, record.photos, title, urls) : null),
    offline ? h('p', {class: 'offline-note'}, T.savedAt(format.date(offline))) : null);
  }

  async function markRead(item) {
    const saved = await items.kept(ctx.store);
    if (saved && saved.conversationId === conversationId && seq > (saved.readSeq || 0)) {
      ctx.store.set('inbox', {...saved, readSeq: seq});
    }
    if (!item || (saved && seq <= (saved.readSeq || 0))) return;
    ctx.chat().then((client) => {
      if (client && typeof client.read === 'function') client.read(conversationId, seq);
    }).catch(() => { /* no chat client: nothing to tell the server */ });
  }

  (async () => {
    const saved = await items.kept(ctx.store);
    const local = saved && saved.conversationId === conversationId
      ? saved.items.find((it) => it.seq === seq) : null;
    if (local) draw(local);
    try {
      const page = await ctx.api.get(
        `/api/v1/chat/conversations/${conversationId}/events?after=${seq - 1}&before=${seq + 1}&limit=1`);
      const found = items.apply([], page.events.filter((ev) => ev.seq === seq && ev.kind === 'item'))[0] || null;
      for (const url of urls.splice(0)) URL.revokeObjectURL(url);
      draw(found);
      markRead(found);
    } catch (e) {
      if (e.offline && local) {
        draw(local, saved.at);
        markRead(local);
        return;
      }
      if (e.status === 404 || e.status === 400) draw(null);
      else fill(view, errorLine(e));
    }
  })();
  return cleaner(bag, urls);
}
