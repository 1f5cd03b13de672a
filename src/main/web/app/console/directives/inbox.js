// The directives' inbox (GET /inbox) and the sent list (GET /sent), newest first, a page at a time.
import {h, fill} from '../../core/dom.js';
import {T} from './texts.js';
import {API, css, when, numberLine, senders, forwardOf} from './common.js';

export async function render(view, params, ctx) {
  await css();
  const sentTab = location.hash.endsWith('/da-gui');
  ctx.setTitle(T.title);
  const canSend = senders(ctx.profile).length > 0;
  const tabs = h('nav', {class: 'dir-tabs', 'aria-label': T.title},
    h('a', {href: '#/quan-tri/van-ban', class: 'tab-link', 'aria-current': sentTab ? false : 'page'}, T.received),
    h('a', {href: '#/quan-tri/van-ban/da-gui', class: 'tab-link', 'aria-current': sentTab ? 'page' : false}, T.sent),
    h('a', {href: '#/quan-tri/hen-gio', class: 'tab-link'}, T.scheduled),
    canSend ? h('a', {href: '#/quan-tri/van-ban/moi', class: 'action primary'}, T.compose) : null);
  const list = h('ul', {class: 'list dir-list'});
  const more = h('button', {type: 'button', hidden: true}, T.more);
  fill(view, h('a', {class: 'back', href: '#/quan-tri/dieu-hanh'}, T.backConsole), tabs, list, more);
  let before = null;
  async function page() {
    more.disabled = true;
    const which = sentTab ? 'sent' : 'inbox';
    const items = await ctx.api.get(`${API}/${which}?limit=50${before ? `&before=${before}` : ''}`);
    if (!before && items.length === 0) list.append(h('li', {class: 'empty'}, T.none));
    items.forEach((d) => list.append(sentTab ? sentRow(d) : receivedRow(d)));
    before = items.length ? items[items.length - 1].id : before;
    more.hidden = items.length < 50;
    more.disabled = false;
  }
  more.addEventListener('click', page);
  await page();
}

function receivedRow(d) {
  const me = d.me || {};
  const unread = me.state === 'SENT' || me.state === 'DELIVERED';
  return h('li', {class: unread ? 'unread' : null}, h('a', {href: `#/quan-tri/van-ban/${d.id}`},
    h('div', {class: 'row-main'},
      h('div', {class: 'row-title'}, d.subject),
      h('div', {class: 'row-sub'}, numberLine(d), d.parentId ? ` · ${forwardOf(d)}` : ''),
      h('div', {class: 'row-sub'}, T.from(d.from))),
    h('div', {class: 'row-side'},
      h('span', {class: `tag st-${me.state}`}, T.state[me.state] || ''),
      me.overdue ? h('span', {class: 'tag tag-bad'}, T.overdue) : null,
      d.deadline ? h('span', {class: 'row-time'}, T.deadline(when(d.deadline))) : null)));
}

function sentRow(d) {
  return h('li', null, h('a', {href: `#/quan-tri/van-ban/${d.id}/theo-doi`},
    h('div', {class: 'row-main'},
      h('div', {class: 'row-title'}, d.subject),
      h('div', {class: 'row-sub'}, numberLine(d), d.parentId ? ` · ${forwardOf(d)}` : ''),
      h('div', {class: 'row-sub'}, T.sentCounts(d))),
    h('div', {class: 'row-side'}, h('span', {class: 'row-time'}, when(d.sentAt)))));
}
