// One school's console page (#/quan-tri/truong/{code}): its sections.
import {h} from '../../core/dom.js';
import {T as C} from '../texts.js';
import {T} from './texts.js';
import {back, openSchool, page} from './common.js';
import {sections} from './home.js';

export async function render(view, params, ctx) {
  const school = await openSchool(view, params, ctx, '');
  if (!school) return;
  ctx.setTitle(T.schoolTitle(school.schoolName));
  page(view, back('#/quan-tri', C.backToConsole),
    h('p', {class: 'lead'}, T.positionAt(school.positionLabel, school.schoolCode)),
    sections(school.schoolCode));
}
