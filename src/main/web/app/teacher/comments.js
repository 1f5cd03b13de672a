// A teacher's comments for the class (#/lop/:classId/nhan-xet), between lessons on a phone: whom (a student or the
// whole class), daily / weekly / term, the subject when a subject teacher writes, the text, "Gửi". Below, what was sent
// in the last 30 days, each with "Sửa" (the form takes it back; sending it again is a correction, "Đính chính") and
// "Rút lại" (withdrawn from the families' contact book). At night "Gửi lúc 06:30 sáng mai" is offered beside "Gửi ngay",
// and "Hẹn giờ gửi" picks any later moment: the comment goes as a scheduled batch (`sendAt`).
// docs/notices.md, "Comments"; docs/web.md.
import {h, fill, useCss} from '../core/dom.js';
import * as format from '../core/format.js';
import {T as TT} from './texts.js';
import {T} from './comments-texts.js';
import {openClass, classStudents, back, errorLine, showError, outcomeTag} from './common.js';
import {offerPostLater, sendAtOf, P} from './post-later.js';
import {sendAtPicker} from '../scheduled/send-at.js';
import {S} from '../scheduled/texts.js';
import {twoTap} from '../core/two-tap.js';

const DAY = 86_400_000;
/** The "whole class" choice of the first field (a student's code never looks like this). */
const CLASS = '*';

/** The Monday of the week of a yyyy-MM-dd. */
export function mondayOf(isoDate) {
  const t = Date.parse(`${isoDate}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(t - weekday * DAY).toISOString().slice(0, 10);
}

/** The school year containing a day (from August), as the server reckons it. */
function yearOf(isoDate) {
  const [y, m] = isoDate.split('-').map(Number);
  const start = m >= 8 ? y : y - 1;
  return `${start}-${start + 1}`;
}

export async function render(view, params, ctx) {
  const cls = await openClass(view, params, ctx);
  if (!cls) return;
  useCss('/app/teacher/comments.css');
  useCss('/app/scheduled/scheduled.css');
  ctx.setTitle(T.title(cls.name));
  fill(view, back('#/lop', TT.backToClasses), h('p', {class: 'hint'}, '…'));
  const school = encodeURIComponent(cls.schoolCode);
  const students = await classStudents(ctx, cls).catch(() => []);
  const names = new Map(students.map((s) => [s.studentCode, s.fullName]));
  const subjects = (cls.subjects || []).filter((s) => s && s.code);
  const today = format.today();
  let editing = null; // the sent comment being corrected: its sourceId
  let sendLabel = T.send; // "Gửi ngay" once the night's offer stands beside it

  const who = h('select', {id: 'c-who', required: true},
    h('option', {value: ''}, T.choose),
    h('option', {value: CLASS}, T.wholeClass),
    students.map((s) => h('option', {value: s.studentCode}, s.fullName)));
  const scopeInputs = {};
  const scopes = h('fieldset', {class: 'segmented'}, h('legend', null, T.scope),
    Object.entries(T.scopes).map(([code, text]) => {
      const input = h('input', {type: 'radio', name: 'c-scope', value: code, checked: code === 'NGAY',
        onchange: drawScope});
      scopeInputs[code] = input;
      return h('label', {class: 'segment'}, input, h('span', null, text));
    }));
  const day = h('input', {id: 'c-day', type: 'date', value: today, max: today, required: true});
  const weekHint = h('p', {class: 'hint', id: 'c-week-hint'});
  const term = h('select', {id: 'c-term'},
    Object.entries(T.terms).map(([v, text]) => h('option', {value: v,
      selected: v === (Number(today.slice(5, 7)) >= 8 ? 'HK1' : 'HK2')}, text)));
  const yearLine = h('p', {class: 'hint'}, T.schoolYear(yearOf(today)));
  const dayField = h('div', {class: 'field'}, h('label', {for: 'c-day', id: 'c-day-label'}, T.day), day, weekHint);
  const termField = h('div', {class: 'field', hidden: true}, h('label', {for: 'c-term'}, T.term), term, yearLine);
  // A homeroom teacher may write without a subject; a subject teacher writes about the subjects they teach here.
  const subject = h('select', {id: 'c-subject'},
    cls.homeroom ? h('option', {value: ''}, T.noSubject) : null,
    subjects.map((s) => h('option', {value: s.code}, s.name)));
  const subjectField = cls.homeroom && subjects.length === 0 ? null
    : h('div', {class: 'field'}, h('label', {for: 'c-subject'}, T.subject), subject);
  const text = h('textarea', {id: 'c-text', rows: 4, maxlength: 2000, required: true,
    'aria-describedby': 'c-text-hint'});
  const editNote = h('p', {class: 'edit-note', role: 'status', hidden: true}, T.editing);
  const error = errorLine();
  const result = h('p', {class: 'result', role: 'status', hidden: true});
  const submit = h('button', {type: 'submit', class: 'primary big'}, T.send);
  const later = sendAtPicker('c');
  const cancel = h('button', {type: 'button', class: 'cancel-edit', hidden: true, onclick: () => stopEditing()},
    T.cancelEdit);
  const list = h('div', {class: 'sent-comments'}, h('p', {class: 'hint'}, '…'));

  function scope() {
    return Object.keys(scopeInputs).find((k) => scopeInputs[k].checked) || 'NGAY';
  }

  function drawScope() {
    const s = scope();
    termField.hidden = s !== 'HOC_KY';
    dayField.hidden = s === 'HOC_KY';
    document.getElementById('c-day-label').textContent = s === 'TUAN' ? T.weekOf : T.day;
    weekHint.textContent = s === 'TUAN' && day.value ? T.weekHint(format.date(mondayOf(day.value))) : '';
  }
  day.addEventListener('change', drawScope);

  function record() {
    const s = scope();
    const r = {sourceId: editing || `web-nx-${cls.classId}-${Date.now().toString(36)}`, scope: s,
      text: text.value.trim()};
    if (who.value === CLASS) r.className = cls.name;
    else r.studentCode = who.value;
    if (s === 'NGAY') r.date = day.value;
    if (s === 'TUAN') r.weekOf = mondayOf(day.value);
    if (s === 'HOC_KY') {
      r.schoolYear = yearOf(today);
      r.term = term.value;
    }
    if (subject.value) r.subject = subject.value;
    return r;
  }

  function startEditing(sent) {
    const r = sent.record || {};
    editing = sent.sourceId;
    who.value = r.studentCode || CLASS;
    scopeInputs[r.scope || 'NGAY'].checked = true;
    if (r.date || r.weekOf) day.value = r.date || r.weekOf;
    if (r.term) term.value = r.term;
    subject.value = r.subject || '';
    text.value = r.text || '';
    editNote.hidden = false;
    cancel.hidden = false;
    submit.textContent = T.saveCorrection;
    drawScope();
    form.scrollIntoView({block: 'start'});
    text.focus();
  }

  function stopEditing() {
    editing = null;
    text.value = '';
    editNote.hidden = true;
    cancel.hidden = true;
    submit.textContent = sendLabel;
  }

  /** The batch's answer: {records: [...], sendAt when scheduled}. */
  function post(records, sendAt = null) {
    return ctx.api.post(`/api/v1/notices/schools/${school}/comments`, sendAt ? {records, sendAt} : {records});
  }

  async function send(records) {
    return (await post(records)).records[0];
  }

  const form = h('form', {class: 'comment-form', onsubmit: async (e) => {
    e.preventDefault();
    error.hidden = true;
    result.hidden = true;
    if (!who.value) {
      showError(error, {message: T.chooseFirst});
      who.focus();
      return;
    }
    if (!text.value.trim()) {
      showError(error, {message: T.empty});
      text.focus();
      return;
    }
    const offered = sendAtOf(e);
    if (!offered && later.problem()) {
      showError(error, {message: later.problem()});
      return;
    }
    submit.disabled = true;
    try {
      const answer = await post([record()], offered || later.value());
      const r = answer.records[0];
      const scheduled = r.outcome === 'scheduled';
      const words = r.outcome === 'rejected' ? r.message : scheduled ? T.scheduled(answer.sendAt)
        : r.outcome === 'updated' ? T.corrected : r.outcome === 'unchanged' ? T.unchanged : T.sent;
      fill(result, scheduled ? h('span', {class: 'tag tag-accepted'}, P.outcome) : outcomeTag(r.outcome), ' ', words,
        scheduled ? [' ', h('a', {href: '#/hen-gio'}, S.open)] : null);
      result.hidden = false;
      if (r.outcome !== 'rejected') {
        ctx.toast(words);
        stopEditing();
        later.reset();
        loadSent();
      }
    } catch (err) {
      showError(error, err);
    } finally {
      submit.disabled = false;
    }
  }},
  h('div', {class: 'field'}, h('label', {for: 'c-who'}, T.about), who),
  scopes, dayField, termField, subjectField,
  h('div', {class: 'field'}, h('label', {for: 'c-text'}, T.text), text,
    h('p', {class: 'hint', id: 'c-text-hint'}, T.textHint)),
  later.element, editNote, error, result, submit, cancel);

  function whom(sent) {
    const r = sent.record || {};
    return r.studentCode ? (names.get(r.studentCode) || r.studentCode) : T.classLabel(r.className || cls.name);
  }

  function sentCard(sent) {
    const label = whom(sent);
    const withdraw = twoTap({
      label: T.withdraw,
      ariaLabel: T.withdrawLabel(label),
      question: T.confirmWithdraw,
      confirm: T.withdraw,
      keep: T.keep,
      className: 'actions withdraw-box',
      act: async () => {
        const r = await send([{sourceId: sent.sourceId, deleted: true}]);
        if (r.outcome === 'rejected') throw new Error(r.message);
        ctx.toast(T.withdrawn);
        if (editing === sent.sourceId) stopEditing();
        loadSent();
      },
      failed: (err) => showError(error, err),
    });
    return h('li', {class: 'card sent-comment'},
      h('p', {class: 'sent-head'}, h('strong', null, label),
        sent.corrected ? h('span', {class: 'tag tag-updated'}, T.correctedTag) : null),
      h('p', {class: 'sent-text'}, sent.text),
      h('div', {class: 'actions'},
        h('button', {type: 'button', 'aria-label': T.editLabel(label), onclick: () => startEditing(sent)}, T.edit),
        withdraw));
  }

  async function loadSent() {
    try {
      const sheet = await ctx.api.get(
        `/api/v1/notices/schools/${school}/classes/${encodeURIComponent(cls.classId)}/comments`);
      const sent = sheet.comments || [];
      fill(list, sent.length === 0 ? h('p', {class: 'empty'}, T.noHistory)
        : h('ul', {class: 'sent-list'}, sent.map(sentCard)));
    } catch (e) {
      fill(list, h('p', {class: 'error', role: 'alert'}, e.message));
    }
  }

  fill(view, back('#/lop', TT.backToClasses), form, h('h2', {class: 'sent-title'}, T.history), list);
  drawScope();
  loadSent();
  offerPostLater(ctx.api, submit, 'c-later').then((offered) => {
    if (offered) sendLabel = P.now;
    if (offered && editing) submit.textContent = T.saveCorrection;
  });
}
