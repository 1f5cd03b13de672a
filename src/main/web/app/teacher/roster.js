// A class's roster: students with their guardians, who has activated the app, a call link for those who have not,
// and a direct chat with each guardian.
import {h, fill} from '../core/dom.js';
import {T} from './texts.js';
import {openClass, cached, back, errorLine, showError} from './common.js';

export async function render(view, params, ctx) {
  const cls = await openClass(view, params, ctx);
  if (!cls) return;
  ctx.setTitle(T.rosterTitle(cls.name));
  const error = errorLine();
  fill(view, back('#/lop', T.backToClasses), h('p', {class: 'hint'}, '…'));
  const roster = await cached(ctx, `teacher:roster:${cls.classId}`, () => ctx.api.get(
    `/api/v1/adoption/schools/${encodeURIComponent(cls.schoolCode)}/classes/${encodeURIComponent(cls.classId)}/roster`));
  const students = roster.students || [];
  const families = students.filter((s) => (s.guardians || []).some((g) => g.activated)).length;

  async function openChat(guardian, button) {
    button.disabled = true;
    error.hidden = true;
    try {
      const conversation = await ctx.api.post('/api/v1/chat/direct', {with: guardian.participant});
      ctx.go(`/tro-chuyen/${conversation.id}`);
    } catch (e) {
      showError(error, e);
      button.disabled = false;
    }
  }

  function guardianLine(g) {
    const chat = h('button', {type: 'button', class: 'small', 'aria-label': T.messageLabel(g.fullName)}, T.message);
    chat.addEventListener('click', () => openChat(g, chat));
    return h('li', {class: 'guardian'},
      h('div', {class: 'guardian-who'},
        h('span', {class: 'guardian-name'}, g.fullName, g.relationship ? ` (${g.relationship})` : ''),
        h('span', {class: g.activated ? 'tag tag-ok' : 'tag tag-warn'}, g.activated ? T.activated : T.notActivated)),
      h('div', {class: 'guardian-actions'},
        !g.activated && g.phone ? h('a', {class: 'action small', href: `tel:${g.phone}`,
          'aria-label': T.callLabel(g.fullName)}, T.call(g.phone)) : null,
        g.participant ? chat : null));
  }

  fill(view, back('#/lop', T.backToClasses),
    h('p', {class: 'summary card'}, h('strong', null, T.activatedCount(families, students.length)),
      h('br'), T.students(students.length)),
    error,
    students.length === 0 ? h('p', {class: 'empty'}, T.noStudents)
      : h('ol', {class: 'roster'}, students.map((s) => h('li', {class: 'card student'},
        h('h2', {class: 'student-name'}, s.fullName, h('span', {class: 'code'}, ` · ${s.studentCode}`)),
        (s.guardians || []).length === 0 ? h('p', {class: 'hint'}, T.noGuardian)
          : h('ul', {class: 'guardians'}, s.guardians.map(guardianLine))))));
}
