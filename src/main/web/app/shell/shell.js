// The frame around every signed-in screen: a header with the title and the child switcher, the offline banner,
// the screen itself, and the bottom navigation (a thumb's reach on a phone).
import {h, fill} from '../core/dom.js';
import {T} from '../core/texts.js';
import * as profile from '../core/profile.js';

let frame = null;

function navItems() {
  const items = [];
  if (profile.isGuardian()) items.push({key: 'inbox', href: '#/hop-thu', label: T.nav.inbox, icon: '✉'});
  items.push({key: 'chat', href: '#/tro-chuyen', label: T.nav.chat, icon: '💬'});
  if (profile.isStaff()) items.push({key: 'classes', href: '#/lop', label: T.nav.classes, icon: '🏫'});
  items.push({key: 'settings', href: '#/cai-dat', label: T.nav.settings, icon: '⚙'});
  return items;
}

function build(root) {
  const title = h('h1', {class: 'title', id: 'screen-title'}, T.appName);
  const switcher = h('div', {class: 'switcher'});
  const banner = h('p', {class: 'offline-banner', role: 'status', hidden: navigator.onLine});
  banner.textContent = T.offline;
  const view = h('main', {id: 'view', tabindex: '-1'});
  const nav = h('nav', {class: 'tabbar', 'aria-label': T.nav.main});
  const header = h('header', {class: 'topbar'}, title, switcher);
  fill(root, header, banner, view, nav);
  window.addEventListener('online', () => {
    banner.hidden = true;
  });
  window.addEventListener('offline', () => {
    banner.hidden = false;
  });
  frame = {root, title, switcher, banner, view, nav};
  renderNav();
  return frame;
}

function renderNav(active) {
  fill(frame.nav, navItems().map((item) => h('a', {
    href: item.href, class: 'tab', 'aria-current': item.key === active ? 'page' : false,
  }, h('span', {class: 'tab-icon', 'aria-hidden': 'true'}, item.icon), h('span', {class: 'tab-label'}, item.label))));
}

/** The child switcher: shown to a guardian on the family's screens. */
function renderSwitcher(show) {
  const kids = profile.children();
  if (!show || kids.length === 0) {
    fill(frame.switcher);
    return;
  }
  const current = profile.child();
  const select = h('select', {id: 'child-switcher', 'aria-label': T.childSwitcher,
    onchange: (e) => profile.selectChild(e.target.value)},
  kids.map((c) => h('option', {value: c.studentCode, selected: current && c.studentCode === current.studentCode},
    T.childOption(c))));
  fill(frame.switcher, h('label', {class: 'sr-only', for: 'child-switcher'}, T.childSwitcher), select);
}

/** Puts up the frame (once) and gives back the element the screen draws into. */
export function mount(root, {nav, childSwitcher}) {
  if (!frame || !root.contains(frame.view)) build(root);
  renderNav(nav);
  renderSwitcher(childSwitcher);
  frame.view.replaceChildren();
  return frame.view;
}

/** The header's title (and the document's). */
export function setTitle(text) {
  if (frame) frame.title.textContent = text;
  document.title = text ? `${text} – ${T.appName}` : T.appName;
}

export function unmount() {
  frame = null;
}
