// "Điều hành": the console's start for a school's leadership and the offices — each unit's adoption dashboard and
// the directives. One unit and nothing else to choose still shows this page (directives are one tap away).
import {h, fill} from '../../core/dom.js';
import {T} from './texts.js';
import {css, units} from './common.js';

export async function render(view, params, ctx) {
  await css();
  ctx.setTitle(T.consoleTitle);
  const mine = units(ctx.profile);
  fill(view,
    h('p', {class: 'hint'}, T.consoleIntro),
    h('section', {class: 'card dash-section', 'aria-labelledby': 'units-h'},
      h('h2', {id: 'units-h', class: 'dash-h'}, T.adoption),
      mine.length === 0 ? h('p', {class: 'hint'}, T.noUnits)
        : h('ul', {class: 'hub-list'}, mine.map((u) => h('li', null,
          h('a', {class: 'action', href: u.href}, u.name))))),
    h('section', {class: 'card dash-section', 'aria-labelledby': 'dir-h'},
      h('h2', {id: 'dir-h', class: 'dash-h'}, T.directives),
      h('p', {class: 'hint'}, T.directivesHint),
      h('ul', {class: 'hub-list'}, h('li', null,
        h('a', {class: 'action', href: '#/quan-tri/van-ban'}, T.directives)))));
}
