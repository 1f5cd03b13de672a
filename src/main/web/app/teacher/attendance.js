// Taking attendance for today in one screen: everyone present by default; a tap cycles a student through absent
// with permission, absent without, late and back; "Gửi" publishes the changes (docs/notices.md). Record ids are
// deterministic, so sending twice changes nothing and a student set back to present is withdrawn.
import {h, fill} from '../core/dom.js';
import * as format from '../core/format.js';
import {T} from './texts.js';
import {openClass, cached, classStudents, back, errorLine, showError, outcomeTag, countsLine, markOutcomes} from './common.js';

const CYCLE = ['PRESENT', 'CO_PHEP', 'KHONG_PHEP', 'DI_MUON'];

export async function render(view, params, ctx) {
  const cls = await openClass(view, params, ctx);
  if (!cls) return;
  ctx.setTitle(T.attendanceTitle(cls.name));
  fill(view, back('#/lop', T.backToClasses), h('p', {class: 'hint'}, '…'));
  const date = format.today();
  const school = encodeURIComponent(cls.schoolCode);
  const students = await classStudents(ctx, cls);
  const loadSent = () => cached(ctx, `teacher:attendance:${cls.classId}:${date}`, () => ctx.api.get(
    `/api/v1/notices/schools/${school}/classes/${encodeURIComponent(cls.classId)}/attendance?date=${date}`));
  let sent = (await loadSent()).records || [];
  const hour = Number(new Intl.DateTimeFormat('en-GB', {timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hour12: false})
    .format(new Date()));
  let session = hour < 12 ? 'SANG' : 'CHIEU';
  // Per student: {status, note, base: the sent record of this session or null, outcome, message}.
  let rows = new Map();

  const sourceId = (code) => `web-att-${cls.classId}-${date}-${session}-${code}`;

  function reset() {
    rows = new Map();
    for (const s of students) {
      const base = sent.find((r) => r.studentCode === s.studentCode && r.session === session) || null;
      // A whole-day record (an approved "cả ngày" leave) shows in the morning's and the afternoon's roll call; it is
      // not sent again for the session unless the teacher changes it (no second "có phép" line for the same day).
      const whole = base || session === 'CA_NGAY' ? null
        : sent.find((r) => r.studentCode === s.studentCode && r.session === 'CA_NGAY') || null;
      const shown = base || whole;
      rows.set(s.studentCode, {status: shown ? shown.status : 'PRESENT', note: shown ? shown.note || '' : '', base,
        whole});
    }
  }

  const error = errorLine();
  const result = h('p', {class: 'result', role: 'status', hidden: true});
  const summary = h('p', {class: 'att-summary', 'aria-live': 'polite'});
  const list = h('ol', {class: 'att-list'});
  const sendButton = h('button', {type: 'button', class: 'primary big'}, T.send);

  const sessionChoice = h('fieldset', {class: 'segmented'}, h('legend', null, T.session),
    Object.entries(T.sessions).map(([value, label]) => h('label', {class: 'segment'},
      h('input', {type: 'radio', name: 'session', value, checked: value === session,
        onchange: () => {
          session = value;
          reset();
          draw();
        }}), h('span', null, label))));

  function updateSummary() {
    const all = [...rows.values()];
    summary.textContent = T.summary(all.filter((r) => r.status === 'CO_PHEP' || r.status === 'KHONG_PHEP').length,
      all.filter((r) => r.status === 'DI_MUON').length);
  }

  function rowView(s) {
    const row = rows.get(s.studentCode);
    const id = `att-${s.studentCode}`;
    const statusLine = h('span', {class: 'att-status'}, T.statusLabel[row.status]);
    const item = h('li', {class: `att-row st-${row.status}`});
    const select = h('select', {id: `${id}-status`, 'aria-label': T.statusOf(s.fullName)},
      CYCLE.map((v) => h('option', {value: v, selected: v === row.status}, T.statusLabel[v])));
    const note = h('input', {id: `${id}-note`, type: 'text', maxlength: 500, value: row.note,
      placeholder: T.note, 'aria-label': T.noteOf(s.fullName), hidden: row.status === 'PRESENT',
      oninput: (e) => {
        row.note = e.target.value;
      }});
    function set(status) {
      row.status = status;
      row.outcome = null;
      item.className = `att-row st-${status}`;
      statusLine.textContent = T.statusLabel[status];
      select.value = status;
      note.hidden = status === 'PRESENT';
      updateSummary();
    }
    select.addEventListener('change', () => set(select.value));
    const tap = h('button', {type: 'button', class: 'att-tap',
      onclick: () => set(CYCLE[(CYCLE.indexOf(row.status) + 1) % CYCLE.length])},
    h('span', {class: 'att-name'}, s.fullName), h('span', {id: `${id}-state`}, statusLine,
      row.base && !row.outcome ? h('span', {class: 'tag tag-ok'}, T.alreadySent) : null));
    fill(item, h('div', {class: 'att-main'}, tap, select), note,
      row.outcome ? h('p', {class: 'att-outcome'}, outcomeTag(row.outcome),
        row.message ? h('span', {class: 'error'}, ` ${row.message}`) : null) : null);
    return item;
  }

  function draw() {
    fill(list, students.map(rowView));
    updateSummary();
  }

  sendButton.addEventListener('click', async () => {
    error.hidden = true;
    const records = [];
    const who = [];
    for (const s of students) {
      const row = rows.get(s.studentCode);
      const base = row.base;
      const id = base ? base.sourceId : sourceId(s.studentCode);
      if (row.whole && !base && (row.status === 'PRESENT'
        || (row.status === row.whole.status && (row.whole.note || '') === row.note.trim()))) {
        continue; // as the whole day's record says (present on a whole-day leave is the leave's to change)
      }
      if (row.status === 'PRESENT') {
        if (base) {
          records.push({sourceId: id, deleted: true});
          who.push(s.studentCode);
        }
      } else if (!base || base.status !== row.status || (base.note || '') !== row.note.trim()) {
        const record = {sourceId: id, studentCode: s.studentCode, date, session, status: row.status};
        if (row.note.trim()) record.note = row.note.trim();
        records.push(record);
        who.push(s.studentCode);
      }
    }
    if (records.length === 0) {
      ctx.toast(T.nothingToSend);
      return;
    }
    sendButton.disabled = true;
    sendButton.textContent = T.sending;
    try {
      const answer = await ctx.api.post(`/api/v1/notices/schools/${school}/attendance`, {records});
      markOutcomes(rows, who, answer);
      result.textContent = countsLine(answer);
      result.hidden = false;
      sent = (await loadSent()).records || [];
      const outcomes = new Map([...rows].map(([code, row]) => [code, row]));
      reset();
      for (const [code, row] of rows) {
        const before = outcomes.get(code);
        row.outcome = before.outcome;
        row.message = before.message;
        if (before.outcome === 'rejected') {
          row.status = before.status;
          row.note = before.note;
        }
      }
      draw();
      if (answer.counts && answer.counts.rejected === 0) ctx.toast(T.sent);
    } catch (e) {
      showError(error, e);
    } finally {
      sendButton.disabled = false;
      sendButton.textContent = T.send;
    }
  });

  reset();
  draw();
  fill(view, back('#/lop', T.backToClasses),
    h('p', {class: 'att-date'}, h('strong', null, T.today(format.weekday(date), format.date(date)))),
    sessionChoice, h('p', {class: 'hint'}, T.tapHint), summary,
    students.length ? list : h('p', {class: 'empty'}, T.noStudents),
    error, result, h('div', {class: 'sticky-send'}, sendButton));
}
