// The editable week of the class-week editor: one cell per day × sáng/chiều × tiết 1–5, each a subject, a teacher
// and a room. The same cells are a grid on a laptop (the stylesheet places them by their day and slot classes) and
// one day at a time on a phone (the day buttons choose it). Tab goes through a day's periods, then the next day.
import {h, fill} from '../../core/dom.js';
import {TE} from './timetable-texts.js';
import {T as W} from '../../timetable/texts.js';
import {DAYS, SESSIONS, PERIODS} from '../../timetable/week.js';

const FIELDS = ['subject', 'teacher', 'room'];
const SLOTS = SESSIONS.flatMap((session) => PERIODS.map((period) => ({session, period})));
const keyOf = (day, session, period) => `${day}-${session}-${period}`;

/** The week's editor: picker suggests teachers; onChange(): after every edit. */
export function grid(picker, onChange) {
  const cells = new Map(); // slot key → {el, inputs: {subject, teacher, room}, msg, day}
  let original = new Map(); // slot key → "subject|teacher|room" as loaded or last saved
  const subjects = h('datalist', {id: 'tte-subjects'});
  const tabs = h('div', {class: 'tt-tabs tte-tabs', role: 'group', 'aria-label': TE.days});
  const days = DAYS.map((name, i) => {
    const day = i + 1;
    return h('div', {class: 'tte-day', dataset: {day: String(day)}},
      h('h3', {class: `tte-dayname tte-c${day} tte-r0`}, name),
      SLOTS.map(({session, period}, s) => cell(day, name, session, period, s + 1)));
  });
  const element = h('div', {class: 'tte-week'}, tabs,
    h('div', {class: 'tte-grid'}, h('div', {class: 'tte-corner tte-c0 tte-r0'}),
      SLOTS.map(({session, period}, s) => h('div', {class: `tte-rowhead tte-c0 tte-r${s + 1}`, 'aria-hidden': 'true'},
        period === 1 ? h('span', {class: 'tt-session'}, W.sessions[session]) : null, W.period(period))),
      days),
    subjects);

  function cell(day, dayName, session, period, row) {
    const key = keyOf(day, session, period);
    const slot = `${dayName}, ${W.slot(session, period).toLowerCase()}`;
    const msg = h('p', {class: 'tte-msg error', id: `tte-msg-${key}`, hidden: true});
    const input = (field) => h('input', {type: 'text', class: `tte-${field}`, maxlength: field === 'room' ? 50 : 100,
      'aria-label': TE.field(slot, TE[field]), placeholder: TE[field], list: field === 'subject' ? 'tte-subjects' : null,
      dataset: {slot: key}});
    const inputs = {subject: input('subject'), teacher: input('teacher'), room: input('room')};
    picker.attach(inputs.teacher);
    const el = h('div', {class: `tte-cell tte-c${day} tte-r${row}`, dataset: {slot: key}},
      h('span', {class: 'tte-slot'}, W.slot(session, period)), msg, // the message above the fields: seen with them
      inputs.subject, h('div', {class: 'tte-pick'}, inputs.teacher), inputs.room);
    cells.set(key, {el, inputs, msg, day});
    return el;
  }

  const value = (c) => FIELDS.map((f) => c.inputs[f].value.trim()).join('|');
  const mark = (key, c) => c.el.classList.toggle('tte-changed', value(c) !== (original.get(key) || '||'));
  element.addEventListener('input', (e) => {
    const key = e.target.dataset && e.target.dataset.slot;
    if (!key) return;
    const c = cells.get(key);
    mark(key, c);
    if (c.el.classList.contains('tte-bad')) clearError(c);
    onChange();
  });

  /** An edited cell's error goes: the server says again on the next "Lưu" if it still stands. */
  function clearError(c) {
    c.el.classList.remove('tte-bad');
    c.msg.hidden = true;
    FIELDS.forEach((f) => {
      c.inputs[f].removeAttribute('aria-invalid');
      c.inputs[f].removeAttribute('aria-describedby');
    });
  }

  function showDay(day) {
    days.forEach((d, i) => d.classList.toggle('tte-shown', i + 1 === day));
    fill(tabs, TE.dayShort.map((label, i) => h('button', {type: 'button', class: 'tt-tab',
      'aria-pressed': String(i + 1 === day), 'aria-label': DAYS[i], onclick: () => showDay(i + 1)}, label)));
  }
  const weekday = new Date().getDay(); // 0 = Sunday
  showDay(weekday >= 1 && weekday <= 6 ? weekday : 1);

  /** Puts the lessons in the cells (every other cell emptied). */
  function put(lessons) {
    cells.forEach((c) => FIELDS.forEach((f) => { c.inputs[f].value = ''; }));
    lessons.forEach((l) => {
      const c = cells.get(keyOf(l.day, l.session, l.period));
      if (c) FIELDS.forEach((f) => { c.inputs[f].value = l[f] || ''; });
    });
    const known = new Set([...TE.subjects, ...lessons.map((l) => l.subject)]);
    fill(subjects, [...known].map((s) => h('option', {value: s})));
  }
  const remember = () => {
    original = new Map([...cells].map(([key, c]) => [key, value(c)]));
    cells.forEach((c, key) => mark(key, c));
  };

  return {
    element,
    /** The week as loaded: nothing changed yet. */
    load(lessons) {
      put(lessons);
      remember();
    },
    /** Another week's lessons (copied), shown as changes. */
    fillWith(lessons) {
      put(lessons);
      cells.forEach((c, key) => mark(key, c));
      onChange();
    },
    saved: remember,
    changed: () => [...cells.values()].filter((c) => c.el.classList.contains('tte-changed')).length,
    refused: () => [...cells.values()].some((c) => c.el.classList.contains('tte-bad')),
    /** The request's cells, in week order, and the slot key of each (the server's errors name cells by index). */
    cells() {
      const list = [];
      const slots = [];
      cells.forEach((c, key) => {
        const [subject, teacher, room] = FIELDS.map((f) => c.inputs[f].value.trim() || null);
        if (!subject && !teacher && !room) return;
        const [day, session, period] = key.split('-');
        list.push({day: Number(day), session, period: Number(period), subject, teacher, room});
        slots.push(key);
      });
      return {cells: list, slots};
    },
    markError(key, message) {
      const c = cells.get(key);
      c.el.classList.add('tte-bad');
      c.msg.textContent = message;
      c.msg.hidden = false;
      FIELDS.forEach((f) => {
        c.inputs[f].setAttribute('aria-invalid', 'true');
        c.inputs[f].setAttribute('aria-describedby', c.msg.id);
      });
    },
    clearErrors() {
      cells.forEach(clearError);
    },
    focusFirstError() {
      const first = [...cells.values()].find((c) => c.el.classList.contains('tte-bad'));
      if (!first) return;
      showDay(first.day);
      first.inputs.subject.focus();
    },
  };
}
