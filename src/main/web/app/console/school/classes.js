// The school's classes this school year (#/quan-tri/truong/{code}/lop): size and homeroom teacher.
import {h} from '../../core/dom.js';
import {T} from './texts.js';
import {backToSchool, openSchool, page, table} from './common.js';

export async function render(view, params, ctx) {
  const school = await openSchool(view, params, ctx, T.classesTitle);
  if (!school) return;
  const classes = await ctx.api.get(`/api/v1/directory/schools/${encodeURIComponent(school.schoolCode)}/classes`);
  const active = classes.filter((c) => c.active)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi', {numeric: true}));
  const year = active.length ? active[0].schoolYear : '';
  page(view, backToSchool(school),
    active.length === 0 ? h('p', {class: 'empty'}, T.noClasses) : [
      h('p', {class: 'lead'}, T.classesCount(active.length, year)),
      table(T.classesTitle, [{label: T.cls.name}, {label: T.cls.students, num: true}, {label: T.cls.homeroom}],
        active.map((c) => [c.name, String(c.studentCount),
          c.homeroomTeacher ? c.homeroomTeacher.fullName : {content: T.noHomeroom, class: 'hint'}]),
        {class: 'class-list'})]);
}
