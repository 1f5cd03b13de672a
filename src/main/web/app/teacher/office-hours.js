// Office hours (docs/chat-moderation.md): outside them, families' messages arrive silently and the family is told.
import {h, fill} from '../core/dom.js';
import {T} from './texts.js';
import {css, back, cached, errorLine, showError} from './common.js';

const PATH = '/api/v1/chat/office-hours';

export async function render(view, params, ctx) {
  await css();
  ctx.setTitle(T.officeHoursTitle);
  fill(view, back('#/lop', T.backToClasses), h('p', {class: 'hint'}, '…'));
  let hours = await cached(ctx, 'teacher:office-hours', () => ctx.api.get(PATH));
  const staff = ctx.profile.staff();
  const current = hours[0] || {weekdays: [1, 2, 3, 4, 5], opens: '07:00', closes: '17:00', notice: ''};

  const status = h('p', {class: 'card', role: 'status'});
  const days = Object.entries(T.weekdayNames).map(([n, name]) => h('label', {class: 'day'},
    h('input', {type: 'checkbox', name: 'weekday', value: n, checked: current.weekdays.includes(Number(n))}),
    h('span', null, name)));
  const opens = h('input', {id: 'oh-opens', type: 'time', required: true, value: current.opens});
  const closes = h('input', {id: 'oh-closes', type: 'time', required: true, value: current.closes});
  const notice = h('textarea', {id: 'oh-notice', rows: 3, maxlength: 500}, current.notice || '');
  const position = staff.length > 1 ? h('select', {id: 'oh-position'},
    h('option', {value: ''}, T.allPositions),
    staff.map((s) => h('option', {value: s.participant}, `${s.positionLabel} – ${s.schoolName}`))) : null;
  const error = errorLine();
  const save = h('button', {type: 'submit', class: 'primary big'}, T.save);
  const remove = h('button', {type: 'button', class: 'danger'}, T.remove);

  function showStatus() {
    if (!hours.length) {
      status.textContent = T.noHours;
      return;
    }
    const h0 = hours[0];
    status.textContent = T.currentHours(h0.weekdays.map((d) => T.weekdayNames[d]).join(', '), h0.opens, h0.closes);
  }
  const suffix = () => (position && position.value ? `?participant=${encodeURIComponent(position.value)}` : '');

  const form = h('form', {class: 'office-form', onsubmit: async (e) => {
    e.preventDefault();
    error.hidden = true;
    const weekdays = days.map((d) => d.querySelector('input')).filter((i) => i.checked).map((i) => Number(i.value));
    save.disabled = true;
    try {
      hours = await ctx.api.put(PATH + suffix(), {weekdays, opens: opens.value, closes: closes.value,
        notice: notice.value.trim() || null});
      await ctx.store.set('teacher:office-hours', hours);
      showStatus();
      ctx.toast(T.saved);
    } catch (err) {
      showError(error, err);
    } finally {
      save.disabled = false;
    }
  }},
  position ? h('div', {class: 'field'}, h('label', {for: 'oh-position'}, T.position), position) : null,
  h('fieldset', {class: 'days'}, h('legend', null, T.weekdays), days),
  h('div', {class: 'times'},
    h('div', {class: 'field'}, h('label', {for: 'oh-opens'}, T.opens), opens),
    h('div', {class: 'field'}, h('label', {for: 'oh-closes'}, T.closes), closes)),
  h('div', {class: 'field'}, h('label', {for: 'oh-notice'}, T.notice), notice),
  error, h('div', {class: 'actions'}, save, remove));

  remove.addEventListener('click', async () => {
    error.hidden = true;
    try {
      await ctx.api.del(PATH + suffix());
      hours = await ctx.api.get(PATH);
      await ctx.store.set('teacher:office-hours', hours);
      showStatus();
      ctx.toast(T.removed);
    } catch (err) {
      showError(error, err);
    }
  });
  showStatus();
  fill(view, back('#/lop', T.backToClasses), h('p', {class: 'hint'}, T.officeHoursHint), status, form);
}
