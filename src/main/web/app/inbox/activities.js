// The child's class and school activities (#/con/:student/hoat-dong): plans, menus, timetable changes and events of
// the last 30 days (older on request), each with its text and photo thumbnails that open the lightbox.
import {h, fill} from '../core/dom.js';
import {T as CT} from '../core/texts.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {css, backLink, childOf, notFound, isNotFound, load, offlineNote, errorLine, label, photoStrip, cleaner}
  from './common.js';

const DAY = 86_400_000;
const shift = (isoDate, days) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export function render(view, params, ctx) {
  css();
  ctx.setTitle(T.activitiesTitle);
  const bag = [];
  const urls = [];
  const child = childOf(view, params, ctx, 'hoat-dong', bag);
  if (!child) return cleaner(bag, urls);
  const to = format.today();
  let days = 30;
  const box = h('div', null, h('p', {class: 'empty'}, CT.loading));
  fill(view, backLink(), h('h2', {class: 'screen-sub'}, `${T.activitiesTitle} – ${child.fullName}`), box);
  const code = child.studentCode;

  async function show() {
    let result;
    try {
      result = await load(ctx, `book:${code}:activities:${days}`,
        `/api/v1/notices/students/${encodeURIComponent(code)}/activities?from=${shift(to, -days)}&to=${to}`);
    } catch (e) {
      if (isNotFound(e)) notFound(view, ctx);
      else fill(box, errorLine(e));
      return;
    }
    for (const url of urls.splice(0)) URL.revokeObjectURL(url);
    const entries = result.data || [];
    fill(box, offlineNote(result), entries.length === 0 ? h('p', {class: 'empty'}, T.noActivities)
      : h('ul', {class: 'entries-list'}, entries.map((e) => {
        const r = e.record || {};
        return h('li', {class: 'card entry-card'},
          h('p', {class: 'entry-head'}, h('span', {class: 'entry-type'}, label(T.activityType, r.type)),
            h('span', {class: 'row-time'}, format.date(e.date))),
          h('h3', {class: 'entry-title'}, r.title),
          h('p', {class: 'hint'}, r.className ? `${T.field.className} ${r.className}` : T.wholeSchool,
            e.corrected ? h('span', {class: 'tag tag-corrected'}, T.corrected) : null),
          r.body ? h('p', {class: 'item-text'}, r.body) : null,
          photoStrip(ctx, r.photos, r.title || '', urls));
      })),
    days < 390 && !result.offline ? h('button', {type: 'button', class: 'more', onclick: () => {
      days = Math.min(days + 90, 400);
      show();
    }}, T.olderActivities) : null);
  }
  show();
  return cleaner(bag, urls);
}
