// The teachers' comments on the child (#/con/:student/nhan-xet): daily, weekly and term comments, on the child and on
// the child's class as a whole, newest first, the last 30 days (older on request). docs/notices.md, "Comments".
import {h, fill} from '../core/dom.js';
import {T as CT} from '../core/texts.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {css, backLink, childOf, notFound, isNotFound, load, offlineNote, errorLine, label, cleaner} from './common.js';

const DAY = 86_400_000;
const shift = (isoDate, days) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** When the comment is about: the day, the week from its Monday, or the term of a school year. */
function period(r, date) {
  if (r.scope === 'TUAN') return T.commentWeek(format.date(r.weekOf));
  if (r.scope === 'HOC_KY') return T.commentTerm(label(T.term, r.term), r.schoolYear);
  return `${format.weekday(r.date || date)}, ${format.date(r.date || date)}`;
}

export function render(view, params, ctx) {
  css();
  ctx.setTitle(T.commentsTitle);
  const bag = [];
  const child = childOf(view, params, ctx, 'nhan-xet', bag);
  if (!child) return cleaner(bag, []);
  const to = format.today();
  let days = 30;
  const box = h('div', null, h('p', {class: 'empty'}, CT.loading));
  fill(view, backLink(), h('h2', {class: 'screen-sub'}, `${T.commentsTitle} – ${child.fullName}`), box);
  const code = child.studentCode;

  async function show() {
    let result;
    try {
      result = await load(ctx, `book:${code}:comments:${days}`,
        `/api/v1/notices/students/${encodeURIComponent(code)}/comments?from=${shift(to, -days)}&to=${to}`);
    } catch (e) {
      if (isNotFound(e)) notFound(view, ctx);
      else fill(box, errorLine(e));
      return;
    }
    const entries = result.data || [];
    fill(box, offlineNote(result), entries.length === 0 ? h('p', {class: 'empty'}, T.noComments)
      : h('ul', {class: 'entries-list comments-list'}, entries.map((e) => {
        const r = e.record || {};
        return h('li', {class: 'card entry-card comment-card'},
          h('p', {class: 'entry-head'}, h('span', {class: 'entry-type'}, label(T.commentScope, r.scope)),
            h('span', {class: 'row-time'}, period(r, e.date))),
          h('p', {class: 'hint'},
            [r.subject ? T.commentSubject(label(T.subjects, r.subject)) : null,
              r.teacherName ? T.commentBy(r.teacherName, r.teacherGender) : null,
              r.studentCode ? null : T.forWholeClass(r.className)].filter(Boolean).join(' · '),
            e.corrected ? h('span', {class: 'tag tag-corrected'}, T.corrected) : null),
          h('p', {class: 'item-text'}, r.text));
      })),
    days < 390 && !result.offline ? h('button', {type: 'button', class: 'more', onclick: () => {
      days = Math.min(days + 90, 400);
      show();
    }}, T.olderComments) : null);
  }
  show();
  return cleaner(bag, []);
}
