// Import of the sector database export (#/quan-tri/truong/{code}/nhap-du-lieu): choose students or staff, delta or
// snapshot, and a file; "Xem trước" sends it with dryRun=true and shows what would change and every error on its
// row and column; "Cập nhật" sends the very bytes that were previewed (a file edited on disk since then is not what
// gets applied: choose it again to preview the new one).
import {h, fill} from '../../core/dom.js';
import {query} from '../../core/api.js';
import {T} from './texts.js';
import {backToSchool, errorLine, hideError, openSchool, page, schoolBase, showError} from './common.js';
import * as preview from './preview.js';
import * as rollover from './rollover.js';

function radios(name, legend, options, checked) {
  return h('fieldset', null, h('legend', null, legend),
    Object.entries(options).map(([value, label]) => {
      const [title, hint] = Array.isArray(label) ? label : [label, null];
      return h('label', {class: 'choice'},
        h('input', {type: 'radio', name, value, checked: value === checked}),
        h('span', null, title, hint ? h('small', null, hint) : null));
    }));
}

export async function render(view, params, ctx) {
  const school = await openSchool(view, params, ctx, T.importTitle);
  if (!school) return;
  const base = `/api/v1/directory/schools/${encodeURIComponent(school.schoolCode)}/imports`;
  const error = errorLine();
  // The browser's own file button speaks the browser's language; ours is a label in Vietnamese over the input.
  const fileInput = h('input', {type: 'file', id: 'import-file', class: 'file-input', accept: '.xlsx,.csv,text/csv,'
    + 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'});
  const fileName = h('span', {class: 'file-name'}, T.noFile);
  const previewButton = h('button', {type: 'submit', class: 'primary'}, T.preview);
  const skip = h('input', {type: 'checkbox', id: 'import-skip', name: 'skipInvalid'});
  const result = h('section', {class: 'preview', 'aria-live': 'polite'});
  const form = h('form', {class: 'card', novalidate: true},
    radios('kind', T.kind, T.kinds, 'students'),
    radios('mode', T.mode, T.modes, 'delta'),
    h('div', {class: 'field'}, h('label', {for: 'import-file'}, T.file),
      h('div', {class: 'file-pick'}, fileInput, h('label', {for: 'import-file', class: 'action'}, T.pickFile), fileName)),
    h('div', {class: 'skip-invalid'}, h('label', {class: 'choice', for: 'import-skip'}, skip,
      h('span', null, T.skipInvalid, h('small', null, T.skipInvalidHint)))),
    error,
    h('div', {class: 'actions'}, previewButton));
  page(view, backToSchool(school), h('p', {class: 'lead'}, T.importLead), form, result);

  /** What was previewed: the options and the bytes, so that "Cập nhật" applies exactly that. */
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
  form.addEventListener('change', (e) => {
    if (e.target.name === 'kind' || e.target.name === 'mode' || e.target.name === 'skipInvalid') reset();
  });

  const send = (p, dryRun) => ctx.api.upload(`${base}/${p.kind}${query({mode: p.mode, dryRun: dryRun ? 'true' : null,
    skipInvalid: p.skipInvalid ? 'true' : null, fileName: p.fileName})}`,
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
    const p = {kind: form.elements.kind.value, mode: form.elements.mode.value, skipInvalid: skip.checked,
      fileName: file.name, bytes: await file.arrayBuffer()};
    previewButton.disabled = true;
    fill(result, h('p', {class: 'hint'}, T.previewing));
    try {
      const report = await send(p, true);
      previewed = p;
      showPreview(p, report);
      result.scrollIntoView({block: 'start'}); // on a phone the answer is below the form
    } catch (err) {
      fill(result);
      showError(error, err);
    } finally {
      previewButton.disabled = false;
    }
  });

  function showPreview(p, report) {
    const errors = report.errors || [];
    // With "Bỏ qua các dòng lỗi" the rows with errors are left out and the rest applied; an error of the whole file
    // (a missing column) still stops it.
    const fileErrors = errors.filter((e) => !e.column || e.code === 'MISSING_COLUMN' || !(e.row > 0));
    const skipped = p.skipInvalid && fileErrors.length === 0 ? new Set(errors.map((e) => e.row)).size : 0;
    const hasErrors = errors.length > 0 && skipped === 0;
    // Last year's classes closing in a new school year are not people becoming inactive: said apart.
    const deactivations = (report.changes || [])
      .filter((c) => c.action === 'DEACTIVATED' && !rollover.isClosing(c, report.rollover)).length;
    const closing = report.rollover ? report.rollover.closing.length : 0;
    const applyError = errorLine();
    const apply = h('button', {type: 'button', class: 'primary big'}, T.apply);
    apply.addEventListener('click', () => applyPreviewed(p, apply, applyError));
    fill(result, h('h2', null, T.previewOf(p.fileName)),
      preview.report(report),
      hasErrors ? h('p', {class: 'error', role: 'alert'}, T.cannotApply) : h('div', {class: 'card apply'},
        closing > 0 ? h('p', {class: 'closing-warning'}, T.rollover.closingWarning(closing)) : null,
        p.mode === 'snapshot' && deactivations > 0 ? h('p', {class: 'error'}, T.snapshotWarning(deactivations)) : null,
        skipped > 0 ? h('p', {class: 'error', id: 'skip-warning'}, T.skippedRows(skipped),
          p.mode === 'snapshot' ? ` ${T.skippedSnapshot}` : '') : null,
        applyError,
        h('div', {class: 'actions'}, apply)));
  }

  async function applyPreviewed(p, button, line) {
    if (previewed !== p) return;
    button.disabled = true;
    button.textContent = T.applying;
    hideError(line);
    try {
      const report = await send(p, false);
      previewed = null;
      fill(result, h('h2', null, T.previewOf(p.fileName)),
        h('p', {class: 'ok', role: 'status'}, T.applied(report.counts)),
        preview.report(report),
        h('p', null, h('a', {class: 'action', href: `${schoolBase(school.schoolCode)}/nhat-ky-nhap`}, T.toLog)));
      result.scrollIntoView({block: 'start'});
    } catch (err) {
      button.disabled = false;
      button.textContent = T.apply;
      if (err.code === 'IMPORT_REJECTED' && err.errors.length) {
        // The directory changed since the preview: the server's errors, on the same grid.
        fill(line, err.message);
        line.hidden = false;
        line.after(preview.errors(err.errors));
      } else {
        showError(line, err);
      }
    }
  }
}
