// The school's timetable (#/quan-tri/truong/{code}/thoi-khoa-bieu, docs/timetable.md): the principal picks the week
// it applies from and the TKB file; "Xem trước" sends it with dryRun=true and shows each class's outcome, or every
// error on its row and column as the import screen does; "Áp dụng thời khóa biểu" sends the very bytes previewed.
// Below, this week's timetable of a chosen class.
import {h, fill, useCss} from '../../core/dom.js';
import * as format from '../../core/format.js';
import {T} from './texts.js';
import {TT, TE} from './timetable-texts.js';
import {T as W} from '../../timetable/texts.js';
import {backToSchool, errorLine, hideError, openSchool, page, schoolBase, showError, table} from './common.js';
import * as preview from './preview.js';
import {week, plusDays} from '../../timetable/week.js';
import {weekSelect} from './timetable-weeks.js';

const MAX_CHANGES = 5;

export async function render(view, params, ctx) {
  const school = await openSchool(view, params, ctx, TT.title);
  if (!school) return;
  useCss('/app/timetable/timetable.css');
  const code = encodeURIComponent(school.schoolCode);
  const error = errorLine();
  const weekOf = weekSelect('tkb-week');
  const fileInput = h('input', {type: 'file', id: 'tkb-file', class: 'file-input', accept: '.xlsx,.csv,text/csv,'
    + 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'});
  const fileName = h('span', {class: 'file-name'}, T.noFile);
  const previewButton = h('button', {type: 'submit', class: 'primary'}, T.preview);
  const result = h('section', {class: 'preview', 'aria-live': 'polite'});
  const form = h('form', {class: 'card', novalidate: true},
    h('div', {class: 'field'}, h('label', {for: 'tkb-week'}, TT.weekOf), weekOf),
    h('div', {class: 'field'}, h('label', {for: 'tkb-file'}, TT.file),
      h('div', {class: 'file-pick'}, fileInput, h('label', {for: 'tkb-file', class: 'action'}, T.pickFile), fileName)),
    error,
    h('div', {class: 'actions'}, previewButton));
  const classSelect = h('select', {id: 'tkb-class'});
  const currentBox = h('div', {class: 'tt-box'});
  // The editor opens on the class shown here (its href follows the class chooser).
  const editBase = `${schoolBase(school.schoolCode)}/thoi-khoa-bieu/sua`;
  const editLink = h('a', {class: 'action', href: editBase}, TE.link);
  const current = h('section', {class: 'tkb-current', 'aria-labelledby': 'tkb-current-h'},
    h('h2', {id: 'tkb-current-h'}, TT.current),
    h('div', {class: 'field'}, h('label', {for: 'tkb-class'}, TT.currentClass), classSelect), currentBox,
    h('p', {class: 'actions'}, editLink));
  page(view, backToSchool(school), h('p', {class: 'lead'}, TT.lead), form, result, current);

  /** What was previewed: the week and the bytes, so that "Áp dụng" applies exactly that. */
  let previewed = null;
  const reset = () => {
    previewed = null;
    fill(result);
    hideError(error);
  };
  fileInput.addEventListener('change', () => {
    reset();
    const file = fileInput.files && fileInput.files[0];
    fileName.textContent = file ? file.name : T.noFile;
  });
  weekOf.addEventListener('change', reset);

  const send = (p, dryRun) => ctx.api.upload(
    `/api/v1/timetable/schools/${code}/imports?weekOf=${p.weekOf}${dryRun ? '&dryRun=true' : ''}`,
    new Blob([p.bytes], {type: 'application/octet-stream'}));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    reset();
    const file = fileInput.files && fileInput.files[0];
    if (!file) {
      showError(error, {message: T.chooseFile});
      fileInput.focus();
      return;
    }
    const p = {weekOf: weekOf.value, fileName: file.name, bytes: await file.arrayBuffer()};
    previewButton.disabled = true;
    fill(result, h('p', {class: 'hint'}, T.previewing));
    try {
      const published = await send(p, true);
      previewed = p;
      showPreview(p, published);
    } catch (err) {
      if (err.code === 'IMPORT_REJECTED' && err.errors && err.errors.length) {
        fill(result, h('h2', null, TT.previewTitle(p.fileName)),
          h('p', {class: 'error', role: 'alert'}, TT.rejected(err.errors.length)), preview.errors(err.errors));
      } else {
        fill(result);
        showError(error, err);
      }
    } finally {
      previewButton.disabled = false;
    }
    result.scrollIntoView({block: 'start'}); // on a phone the answer is below the form
  });

  function outcomes(published, applied) {
    const columns = [{label: TT.cols.cls}, {label: TT.cols.status}, {label: TT.cols.lessons, num: true},
      {label: TT.cols.changes}];
    if (applied) columns.push({label: TT.cols.notified, num: true});
    return table(TT.previewTitle(''), columns, published.classes.map((c) => {
      const shown = c.changes.slice(0, MAX_CHANGES);
      const row = [c.className,
        {content: h('span', {class: `tag ${c.status === 'UNCHANGED' ? 'tag-warn' : 'tag-ok'}`},
          TT.status[c.status] || c.status)},
        String(c.lessons),
        c.changes.length === 0 ? TT.noChanges : h('ul', {class: 'tkb-changes'}, shown.map((x) => h('li', null, x)),
          c.changes.length > shown.length ? h('li', {class: 'hint'}, TT.moreChanges(c.changes.length - shown.length))
            : null)];
      if (applied) row.push(String(c.notified));
      return row;
    }), {class: 'tkb-outcomes'});
  }

  function showPreview(p, published) {
    const applyError = errorLine();
    const apply = h('button', {type: 'button', class: 'primary big'}, TT.apply);
    apply.addEventListener('click', () => applyPreviewed(p, apply, applyError));
    const changing = published.classes.some((c) => c.status !== 'UNCHANGED');
    fill(result, h('h2', null, TT.previewTitle(p.fileName)),
      h('p', {class: 'lead'}, TT.previewLead(published.classes.length, format.date(published.weekOf))),
      outcomes(published, false),
      h('div', {class: 'card apply'}, changing ? null : h('p', {class: 'hint'}, TT.nothingToApply), applyError,
        h('div', {class: 'actions'}, apply)));
  }

  async function applyPreviewed(p, button, line) {
    if (previewed !== p) return;
    button.disabled = true;
    button.textContent = TT.applying;
    hideError(line);
    try {
      const published = await send(p, false);
      previewed = null;
      const notified = published.classes.reduce((n, c) => n + c.notified, 0);
      fill(result, h('h2', null, TT.appliedTitle(p.fileName)),
        h('p', {class: 'ok', role: 'status'}, TT.applied(published.classes.length, notified)),
        outcomes(published, true));
      await showCurrent();
      result.scrollIntoView({block: 'start'});
    } catch (err) {
      button.disabled = false;
      button.textContent = TT.apply;
      showError(line, err);
      if (err.code === 'IMPORT_REJECTED' && err.errors && err.errors.length) line.after(preview.errors(err.errors));
    }
  }

  // This week's timetable of one class.
  const classes = (await ctx.api.get(`/api/v1/directory/schools/${code}/classes`).catch(() => []))
    .filter((c) => c.active).sort((a, b) => a.name.localeCompare(b.name, 'vi', {numeric: true}));
  fill(classSelect, classes.map((c) => h('option', {value: String(c.id)}, c.name)));
  async function showCurrent() {
    editLink.href = classSelect.value ? `${editBase}/${encodeURIComponent(classSelect.value)}` : editBase;
    if (classes.length === 0) {
      fill(currentBox, h('p', {class: 'empty'}, TT.noClasses));
      return;
    }
    fill(currentBox, h('p', {class: 'hint'}, TT.loading));
    let tt;
    try {
      tt = await ctx.api.get(`/api/v1/timetable/classes/${encodeURIComponent(classSelect.value)}`);
    } catch (err) {
      fill(currentBox, h('p', {class: 'error', role: 'alert'}, err.message));
      return;
    }
    const range = h('p', {class: 'tt-range'}, W.weekOf(format.date(tt.week), format.date(plusDays(tt.week, 5))),
      tt.validFrom ? h('span', {class: 'tt-valid'}, W.validFrom(format.date(tt.validFrom))) : null);
    fill(currentBox, range, tt.lessons.length === 0 ? h('p', {class: 'empty'}, TT.none) : week(tt));
  }
  classSelect.addEventListener('change', () => showCurrent());
  await showCurrent();
}
