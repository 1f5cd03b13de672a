// The frame around every signed-in screen: a header with the title and the child switcher, the offline banner,
// the screen itself, and the bottom navigation (a thumb's reach on a phone).
import {h, fill} from '../core/dom.js';
import {T} from '../core/texts.js';
import * as profile from '../core/profile.js';

let frame = null;

/** Positions that lead a unit: they get the console's "Điều hành" tab (adoption and directives). */
const OPS_POSITIONS = ['PRINCIPAL', 'VICE_PRINCIPAL', 'DISTRICT_OFFICER', 'DEPARTMENT_OFFICER'];

/** The tab icons as inline SVG paths (24×24): no emoji font needed (many phones have none), no extra request. */
const ICONS = {
  inbox: 'M3 5h18v14H3zM3 6l9 7 9-7',
  chat: 'M4 4h16v11H9l-5 4z',
  classes: 'M3 10l9-6 9 6M5 10v9h14v-9M9 19v-5h6v5',
  console: 'M4 6h16M4 12h16M4 18h16M8 4v4M16 10v4M10 16v4',
  settings: 'M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1'
    + 'M4.9 19.1L7 17M17 7l2.1-2.1',
  // console: adoption & directives (a bar chart)
  'console-ops': 'M4 20V10M10 20V4M16 20v-7M2 20h20',
};

function icon(name) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'tab-icon');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICONS[name]);
  svg.append(path);
  return svg;
}

function navItems() {
  const items = [];
  if (profile.isGuardian()) items.push({key: 'inbox', href: '#/hop-thu', label: T.nav.inbox});
  items.push({key: 'chat', href: '#/tro-chuyen', label: T.nav.chat});
  // Office staff (no school) have no classes: the console is their place.
  if (profile.staff().some((s) => s.schoolCode)) {
    items.push({key: 'classes', href: '#/lop', label: T.nav.classes});
  }
  // One console tab: a school's leader gets "Quản trị" (its home leads on to "Điều hành"); office staff "Điều hành".
  if (profile.isSchoolLeader()) {
    items.push({key: 'console', href: '#/quan-tri', label: T.nav.console});
  } else if (profile.staff().some((s) => OPS_POSITIONS.includes(s.position))) {
    items.push({key: 'console-ops', href: '#/quan-tri/dieu-hanh', label: T.nav.consoleOps});
  }
  items.push({key: 'settings', href: '#/cai-dat', label: T.nav.settings});
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
  const items = navItems();
  // A school's leader reaches the adoption and directive screens from "Quản trị": that tab stays lit there.
  if (active === 'console-ops' && !items.some((item) => item.key === active)) active = 'console';
  fill(frame.nav, items.map((item) => h('a', {
    href: item.href, class: 'tab', 'aria-current': item.key === active ? 'page' : false,
  }, icon(item.key), h('span', {class: 'tab-label'}, item.label))));
}

/** The child switcher: shown to a guardian on the family's screens; a guardian of one child sees just the child. */
function renderSwitcher(show) {
  const kids = profile.children();
  if (!show || kids.length === 0) {
    fill(frame.switcher);
    return;
  }
  if (kids.length === 1) {
    fill(frame.switcher, h('p', {class: 'child-one'}, T.childOnly(kids[0])));
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
