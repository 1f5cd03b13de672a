// The child's contact book as one line of chips above the inbox's notices (docs/web-inbox.md, "Sections"): the
// notices stay the first screen's content, the sections one tap away. The row scrolls sideways when it is wider than
// the screen; each chip shows how many unread notices of its kind there are about the child, counted from the inbox
// already on the device (no request of its own).
import {h, fill} from '../core/dom.js';
import {T} from './texts.js';
import {T as LT} from '../leave/texts.js';
import {T as TT} from '../timetable/texts.js';

// Daily matters first (what a 360 px phone shows without scrolling the row), then the term's and the year's.
const SECTIONS = [
  {path: 'diem', label: T.shortcut.diem, icon: T.icon.GRADE, category: 'GRADE'},
  {path: 'chuyen-can', label: T.shortcut['chuyen-can'], icon: T.icon.ATTENDANCE, category: 'ATTENDANCE'},
  {path: 'xin-nghi', label: LT.shortcut, icon: T.icon.leave, topic: 'leave'},
  {path: 'thoi-khoa-bieu', label: TT.shortcut, icon: T.icon.timetable, topic: 'timetable'},
  {path: 'nhan-xet', label: T.shortcut['nhan-xet'], icon: T.icon.COMMENT, category: 'COMMENT'},
  {path: 'danh-gia', label: T.shortcut['danh-gia'], icon: T.icon.ASSESSMENT, category: 'ASSESSMENT'},
  {path: 'hoat-dong', label: T.shortcut['hoat-dong'], icon: T.icon.ACTIVITY, category: 'ACTIVITY'},
  {path: 'suc-khoe', label: T.shortcut['suc-khoe'], icon: T.icon.HEALTH, category: 'HEALTH'},
];

/** The section an inbox item belongs to (its path), or null: directives, digests and other notices have none. */
export function sectionOf(item) {
  const data = item.data || {};
  const found = SECTIONS.find((s) => (s.topic ? data.topic === s.topic
    : data.topic === 'notice' && data.category === s.category));
  return found ? found.path : null;
}

/** Unread items per section path: {diem: 2, …}. Items are the child's, not withdrawn. */
export function unreadCounts(items, readSeq) {
  const counts = {};
  for (const it of items) {
    if (it.seq <= (readSeq || 0)) continue;
    const path = sectionOf(it);
    if (path) counts[path] = (counts[path] || 0) + 1;
  }
  return counts;
}

/**
 * The chip row ({nav, update}); the screen keeps nav in the page across redraws so that a live notice does not
 * scroll the row back to its start: update(child, counts) rebuilds the chips only when the child or a count changed,
 * and keeps the row's scroll for the same child. While chips are hidden past an edge, that edge fades (more-before,
 * more-after): a row whose last visible chip ends exactly at the edge still shows that there is more.
 */
export function sectionRow() {
  const list = h('ul', {class: 'section-list'});
  const nav = h('nav', {class: 'sections', 'aria-label': T.shortcuts}, list);
  const edges = () => {
    const end = list.scrollWidth - list.clientWidth;
    list.classList.toggle('more-before', list.scrollLeft > 1);
    list.classList.toggle('more-after', list.scrollLeft < end - 1);
  };
  list.addEventListener('scroll', edges, {passive: true});
  if (typeof ResizeObserver === 'function') new ResizeObserver(edges).observe(list);
  let shown = null;
  function update(child, counts) {
    const key = JSON.stringify([child.studentCode, counts]);
    if (key === shown) return;
    const sameChild = shown && JSON.parse(shown)[0] === child.studentCode;
    shown = key;
    const left = sameChild ? list.scrollLeft : 0;
    const code = encodeURIComponent(child.studentCode);
    fill(list, SECTIONS.map((s) => chip(s, code, counts[s.path] || 0)));
    list.scrollLeft = left;
    edges();
  }
  return {nav, update};
}

// The count's words are the link's description, not part of its name: the link is "Điểm" to a screen reader (and
// to voice control), followed by "2 thông báo chưa đọc".
function chip(s, code, unread) {
  const countId = unread ? `section-unread-${s.path}` : null;
  return h('li', null,
    h('a', {href: `#/con/${code}/${s.path}`, class: 'section', 'aria-describedby': countId},
      h('span', {class: 'section-icon', 'aria-hidden': 'true'}, s.icon),
      s.label,
      unread ? h('span', {class: 'section-count', 'aria-hidden': 'true'}, T.sectionCount(unread)) : null),
    unread ? h('span', {id: countId, hidden: true}, T.sectionUnread(unread)) : null);
}
