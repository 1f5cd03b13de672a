// "Lớp của tôi": the classes the teacher teaches or leads, each with its actions, and a link to office hours.
import {h, fill} from '../core/dom.js';
import {T} from './texts.js';
import {css} from './common.js';
import {T as LT} from '../leave/texts.js';
import {T as CT} from './comments-texts.js';
import {T as TT} from '../timetable/texts.js';
import {T as AT} from './assessments-texts.js';
import {S as ST} from '../scheduled/texts.js';

export async function render(view, params, ctx) {
  await css();
  ctx.setTitle(T.classesTitle);
  const classes = [...ctx.profile.classes()].sort((a, b) => (b.homeroom ? 1 : 0) - (a.homeroom ? 1 : 0)
    || a.name.localeCompare(b.name, 'vi'));
  const list = classes.length === 0 ? h('p', {class: 'empty'}, T.noClasses)
    : h('ul', {class: 'classes'}, classes.map((c) => classCard(c)));
  fill(view, list,
    h('p', {class: 'office-link'}, h('a', {href: '#/gio-lam-viec', class: 'action'}, T.officeHours)),
    h('p', {class: 'office-link'}, h('a', {href: '#/thoi-khoa-bieu', class: 'action'}, TT.mineTitle)),
    h('p', {class: 'office-link'}, h('a', {href: '#/hen-gio', class: 'action'}, ST.open)),
    h('p', {class: 'hint'}, T.officeHoursHint));
}

function classCard(c) {
  const subjects = (c.subjects || []).filter((s) => s && s.code);
  const base = `#/lop/${encodeURIComponent(c.classId)}`;
  return h('li', {class: 'card class-card'},
    h('h2', {class: 'class-name'}, T.classTitle(c.name),
      c.homeroom ? h('span', {class: 'tag tag-homeroom'}, T.homeroom) : null),
    h('p', {class: 'hint'}, c.schoolName,
      subjects.length ? ` · ${T.subjectsIn(subjects.map((s) => s.name).join(', '))}` : ''),
    h('div', {class: 'actions'},
      h('a', {class: 'action primary', href: `${base}/diem-danh`}, T.takeAttendance),
      subjects.length ? h('a', {class: 'action', href: `${base}/nhap-diem`}, T.enterGrades) : null,
      h('a', {class: 'action', href: `${base}/hoat-dong`}, T.postActivity),
      c.homeroom || subjects.length ? h('a', {class: 'action comments-link', href: `${base}/nhan-xet`}, CT.open) : null,
      c.homeroom ? h('a', {class: 'action assessments-link', href: `${base}/danh-gia`}, AT.open) : null,
      h('a', {class: 'action', href: base}, T.roster),
      c.homeroom ? h('a', {class: 'action leave-link', href: '#/don-xin-nghi'}, LT.openLeave) : null));
}
