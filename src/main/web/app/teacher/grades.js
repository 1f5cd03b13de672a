// Entering one assessment for a whole class: a grid, one row per student (a score 0–10, or the primary assessment),
// keyboard-friendly (Enter / ↓ to the next student), checked as the server checks; the server is the judge: its
// per-record answer shows beside each row, and a changed grade resent is a correction ("Đính chính").
import {h, fill} from '../core/dom.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {openClass, cached, classStudents, back, errorLine, showError, outcomeTag, countsLine, markOutcomes} from './common.js';

/** Thông tư 22/2021: the lower-secondary subjects assessed by comment (SchoolLevelRules on the server). */
const BY_COMMENT = ['GDTC', 'NGHE_THUAT', 'AM_NHAC', 'MI_THUAT', 'HDTN', 'HOAT_DONG_TRAI_NGHIEM', 'GDDP'];

/** The school year containing today (from August), as the server reckons it. */
function currentYear() {
  const [y, m] = format.today().split('-').map(Number);
  const start = m >= 8 ? y : y - 1;
  return `${start}-${start + 1}`;
}

/** '8,5' or '8.5' → {value: 8.5} | {error} | {empty}; the rules of the server (0–10, at most one decimal). */
export function readScore(text) {
  const t = text.trim();
  if (!t) return {empty: true};
  const normal = t.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return {error: T.notANumber(t), raw: t};
  const value = Number(normal);
  if (value < 0 || value > 10) return {error: T.scoreOutOfRange(t), value};
  if ((normal.split('.')[1] || '').length > 1) return {error: T.scorePrecision(t), value};
  return {value};
}

export async function render(view, params, ctx) {
  const cls = await openClass(view, params, ctx);
  if (!cls) return;
  const subjects = (cls.subjects || []).filter((s) => s && s.code);
  ctx.setTitle(T.gradesTitle(cls.name));
  if (subjects.length === 0) {
    fill(view, back('#/lop', T.backToClasses), h('p', {class: 'empty'}, T.noSubjects));
    return;
  }
  fill(view, back('#/lop', T.backToClasses), h('p', {class: 'hint'}, '…'));
  const school = encodeURIComponent(cls.schoolCode);
  const students = await classStudents(ctx, cls);
  const month = Number(format.today().split('-')[1]);
  const choice = {subject: subjects[0].code, schoolYear: currentYear(), term: month >= 8 ? 'HK1' : 'HK2',
    kind: 'GIUA_KY'};
  let sheet = null;
  let rows = new Map();

  const select = (id, label, options, key) => {
    const el = h('select', {id, onchange: () => {
      choice[key] = el.value;
      load();
    }}, Object.entries(options).map(([v, text]) => h('option', {value: v, selected: v === choice[key]}, text)));
    return h('div', {class: 'field'}, h('label', {for: id}, label), el);
  };
  const subjectOptions = Object.fromEntries(subjects.map((s) => [s.code, s.name]));
  const yearOptions = {[choice.schoolYear]: choice.schoolYear};
  const pickers = h('div', {class: 'pickers'},
    select('g-subject', T.subject, subjectOptions, 'subject'),
    select('g-year', T.schoolYear, yearOptions, 'schoolYear'),
    select('g-term', T.term, T.terms, 'term'),
    select('g-kind', T.kind, T.kinds, 'kind'));
  const grid = h('div', {class: 'grid-wrap'});
  const error = errorLine();
  const result = h('p', {class: 'result', role: 'status', hidden: true});
  const sendButton = h('button', {type: 'button', class: 'primary big'}, T.send);
  const primarySchool = () => (sheet && sheet.schoolLevel === 'TIEU_HOC') || cls.level === 'TIEU_HOC';
  // Lower secondary: the subjects assessed by comment take Đạt / Chưa đạt (docs/notices.md#assessments).
  const byComment = () => !primarySchool() && BY_COMMENT.includes(choice.subject);
  /** A level to pick rather than a score to type. */
  const primary = () => primarySchool() || byComment();
  const key = () => `${choice.subject}-${choice.schoolYear}-${choice.term}-${choice.kind}`;

  async function load() {
    error.hidden = true;
    result.hidden = true;
    const q = new URLSearchParams(choice).toString();
    try {
      sheet = await cached(ctx, `teacher:grades:${cls.classId}:${key()}`, () => ctx.api.get(
        `/api/v1/notices/schools/${school}/classes/${encodeURIComponent(cls.classId)}/grades?${q}`));
    } catch (e) {
      sheet = {records: []};
      showError(error, e);
    }
    rows = new Map();
    for (const s of students) {
      const base = (sheet.records || []).find((r) => r.studentCode === s.studentCode) || null;
      rows.set(s.studentCode, {base, outcome: null, message: null});
    }
    draw();
  }

  function baseValue(base) {
    if (!base) return '';
    return primary() ? base.assessment || '' : format.decimal(base.score);
  }

  function draw() {
    const inputs = [];
    const body = students.map((s, i) => {
      const row = rows.get(s.studentCode);
      const id = `g-${i}`;
      const msg = h('p', {id: `${id}-msg`, class: 'cell-msg', 'aria-live': 'polite'});
      const tags = h('span', {class: 'row-tags'});
      let input;
      if (primary()) {
        input = h('select', {id: `${id}-score`, 'aria-label': T.assessmentOf(s.fullName)},
          Object.entries(byComment() ? T.passFail : T.assessments).map(([v, text]) => h('option', {value: v,
            selected: v === baseValue(row.base)}, text)));
      } else {
        input = h('input', {id: `${id}-score`, type: 'text', inputmode: 'decimal', autocomplete: 'off',
          class: 'score', value: baseValue(row.base), 'aria-label': T.scoreOf(s.fullName),
          'aria-describedby': `${id}-msg`});
      }
      const comment = h('input', {id: `${id}-comment`, type: 'text', maxlength: 500,
        value: row.base && row.base.comment ? row.base.comment : '', 'aria-label': T.commentOf(s.fullName)});
      row.input = input;
      row.comment = comment;
      row.msg = msg;
      row.tags = tags;
      const check = () => {
        if (primary()) return;
        const read = readScore(input.value);
        const cleared = read.empty && row.base;
        msg.textContent = read.error || (cleared ? T.cannotClear : '');
        input.setAttribute('aria-invalid', read.error ? 'true' : 'false');
      };
      // Checked while typing, not on leaving the cell: a message appearing on blur would move the "Gửi" button
      // from under the pointer between mousedown and mouseup, and the click would be lost.
      input.addEventListener('input', check);
      input.addEventListener('change', check);
      inputs.push(input);
      drawTags(row);
      if (row.message) msg.textContent = row.message;
      return h('tr', {class: row.outcome === 'rejected' ? 'rejected' : null},
        h('th', {scope: 'row'}, h('span', {class: 'g-name'}, s.fullName), tags, msg),
        h('td', null, input),
        h('td', null, comment));
    });
    // Enter or ↓ moves to the next student's cell, ↑ to the previous one.
    inputs.forEach((input, i) => input.addEventListener('keydown', (e) => {
      const next = e.key === 'Enter' || (e.key === 'ArrowDown' && input.tagName === 'INPUT') ? inputs[i + 1]
        : e.key === 'ArrowUp' && input.tagName === 'INPUT' ? inputs[i - 1] : undefined;
      if (e.key === 'Enter' || ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && input.tagName === 'INPUT')) {
        e.preventDefault();
        if (next) {
          next.focus();
          if (next.select) next.select();
        } else if (e.key === 'Enter') sendButton.focus();
      }
    }));
    fill(grid, h('table', {class: 'grade-grid'},
      h('caption', {class: 'sr-only'}, `${subjectOptions[choice.subject]} – ${T.terms[choice.term]} – `
        + T.kinds[choice.kind]),
      h('thead', null, h('tr', null, h('th', {scope: 'col'}, T.student),
        h('th', {scope: 'col'}, primary() ? T.assessment : T.score), h('th', {scope: 'col'}, T.comment))),
      h('tbody', null, body)));
  }

  function drawTags(row) {
    const tags = [];
    if (row.outcome) tags.push(outcomeTag(row.outcome));
    if (row.base && row.base.corrected && row.outcome !== 'updated') {
      tags.push(h('span', {class: 'tag tag-updated'}, T.corrected));
    }
    fill(row.tags, tags);
  }

  sendButton.addEventListener('click', async () => {
    error.hidden = true;
    const records = [];
    const who = [];
    const prefix = `web-grade-${cls.classId}-${key()}`;
    for (const s of students) {
      const row = rows.get(s.studentCode);
      const text = row.input.value;
      const comment = row.comment.value.trim();
      const record = {sourceId: row.base ? row.base.sourceId : `${prefix}-${s.studentCode}`,
        studentCode: s.studentCode, subject: choice.subject, schoolYear: choice.schoolYear, term: choice.term,
        kind: choice.kind};
      if (primary()) {
        if (!text) continue;
        if (row.base && row.base.assessment === text && (row.base.comment || '') === comment) continue;
        record.assessment = text;
      } else {
        const read = readScore(text);
        if (read.empty) continue;
        // Whatever the teacher typed goes to the server, which judges it; its message shows beside the row.
        const value = read.value !== undefined ? read.value : read.raw;
        if (row.base && row.base.score !== null && Number(row.base.score) === value
          && (row.base.comment || '') === comment) continue;
        record.score = value;
      }
      if (comment) record.comment = comment;
      records.push(record);
      who.push(s.studentCode);
    }
    if (records.length === 0) {
      ctx.toast(T.nothingToSend);
      return;
    }
    sendButton.disabled = true;
    sendButton.textContent = T.sending;
    try {
      const answer = await ctx.api.post(`/api/v1/notices/schools/${school}/grades`, {records});
      const typed = new Map();
      for (const s of students) {
        const row = rows.get(s.studentCode);
        typed.set(s.studentCode, {value: row.input.value, comment: row.comment.value});
        row.outcome = null;
        row.message = null;
      }
      markOutcomes(rows, who, answer);
      // The stored grades as they are now; rejected rows keep what was typed, to be fixed.
      const fresh = await ctx.api.get(`/api/v1/notices/schools/${school}/classes/${encodeURIComponent(cls.classId)}`
        + `/grades?${new URLSearchParams(choice)}`);
      sheet = fresh;
      await ctx.store.set(`teacher:grades:${cls.classId}:${key()}`, fresh);
      for (const s of students) {
        rows.get(s.studentCode).base = (fresh.records || []).find((r) => r.studentCode === s.studentCode) || null;
      }
      draw();
      for (const s of students) {
        const row = rows.get(s.studentCode);
        if (row.outcome === 'rejected') {
          row.input.value = typed.get(s.studentCode).value;
          row.comment.value = typed.get(s.studentCode).comment;
          row.input.setAttribute('aria-invalid', 'true');
        }
      }
      result.textContent = countsLine(answer);
      result.hidden = false;
      if (answer.counts && answer.counts.rejected === 0) ctx.toast(T.sent);
    } catch (e) {
      showError(error, e);
    } finally {
      sendButton.disabled = false;
      sendButton.textContent = T.send;
    }
  });

  fill(view, back('#/lop', T.backToClasses), pickers, h('p', {class: 'hint'}, T.gridHint), error, grid, result,
    h('div', {class: 'sticky-send'}, sendButton));
  await load();
}
