// "Quản trị" (#/quan-tri): the way to the adoption dashboards and directives ("Điều hành"), then for each school
// the person leads, its sections. A school's leader has this one console tab; office staff have "Điều hành" instead.
import {h} from '../../core/dom.js';
import {T as C} from '../texts.js';
import {T} from './texts.js';
import {css, leaderSchools, page, schoolBase} from './common.js';

const ORDER = [['import', 'nhap-du-lieu'], ['log', 'nhat-ky-nhap'], ['staff', 'can-bo'], ['classes', 'lop'],
  ['keys', 'khoa-api'], ['chat', 'tro-chuyen'], ['timetable', 'thoi-khoa-bieu']];

export async function render(view, params, ctx) {
  await css();
  const schools = leaderSchools(ctx.profile);
  ctx.setTitle(schools.length === 1 ? T.schoolTitle(schools[0].schoolName) : T.homeTitle);
  if (schools.length === 0) {
    page(view, h('p', {class: 'empty'}, C.noSchools));
    return;
  }
  const operations = h('ul', {class: 'sections'}, h('li', null, h('a', {href: '#/quan-tri/dieu-hanh'},
    h('strong', null, T.operations[0]), h('span', null, T.operations[1]))));
  page(view, operations, schools.map((s) => h('section', {class: 'school', 'aria-labelledby': `school-${s.schoolCode}`},
    h('h2', {id: `school-${s.schoolCode}`}, s.schoolName),
    h('p', {class: 'lead'}, T.positionAt(s.positionLabel, s.schoolCode)),
    sections(s.schoolCode))));
}

/** The school's sections as cards (also the school's own page, #/quan-tri/truong/{code}). */
export function sections(code) {
  return h('ul', {class: 'sections'}, ORDER.map(([key, path]) => h('li', null,
    h('a', {href: `${schoolBase(code)}/${path}`}, h('strong', null, T.sections[key][0]),
      h('span', null, T.sections[key][1])))));
}
