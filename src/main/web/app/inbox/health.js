// The child's health notes (#/con/:student/suc-khoe): check-ups, visits to the nurse's room and reminders, newest
// first, each with the text the school sent.
import {h, fill} from '../core/dom.js';
import {T as CT} from '../core/texts.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {css, backLink, childOf, notFound, isNotFound, load, offlineNote, errorLine, label, cleaner} from './common.js';
import {G} from './growth-texts.js';

export function render(view, params, ctx) {
  css();
  ctx.setTitle(T.healthTitle);
  const bag = [];
  const child = childOf(view, params, ctx, 'suc-khoe', bag);
  if (!child) return cleaner(bag, []);
  const box = h('div', null, h('p', {class: 'empty'}, CT.loading));
  const code = child.studentCode;
  fill(view, backLink(), h('h2', {class: 'screen-sub'}, `${T.healthTitle} – ${child.fullName}`),
    h('a', {class: 'growth-link', href: `#/con/${encodeURIComponent(code)}/tang-truong`}, G.link), box);
  load(ctx, `book:${code}:health`, `/api/v1/notices/students/${encodeURIComponent(code)}/health`).then((result) => {
    const entries = result.data || [];
    fill(box, offlineNote(result), entries.length === 0 ? h('p', {class: 'empty'}, T.noHealth)
      : h('ul', {class: 'entries-list'}, entries.map((e) => h('li', {class: 'card entry-card'},
        h('p', {class: 'entry-head'}, h('span', {class: 'entry-type'}, label(T.healthType, (e.record || {}).type)),
          h('span', {class: 'row-time'}, format.date(e.date))),
        e.corrected ? h('span', {class: 'tag tag-corrected'}, T.corrected) : null,
        h('p', {class: 'item-text'}, e.text)))));
  }, (e) => {
    if (isNotFound(e)) notFound(view, ctx);
    else fill(box, errorLine(e));
  });
  return cleaner(bag, []);
}
