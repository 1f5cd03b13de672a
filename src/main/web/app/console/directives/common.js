// What the directives' screens share: the stylesheets, the base path, the caller's sending positions, file uploads,
// and small builders.
import {h, useCss} from '../../core/dom.js';
import {date, time} from '../../core/format.js';
import {T} from './texts.js';
import {css as consoleCss, errorLine, showError, downloadButton} from '../adoption/common.js';

export {errorLine, showError, downloadButton};
export const API = '/api/v1/directives';
const CSS = '/app/console/directives/directives.css';

export async function css() {
  useCss(CSS);
  await consoleCss();
}

/** '2020-09-21T10:00:00Z' → '17:00 21/09/2020' (Vietnam's time). */
export function when(instant) {
  return instant ? `${time(instant)} ${date(instant)}` : '';
}

/** The document's number and date line. */
export function numberLine(d) {
  return T.number({documentNumber: d.documentNumber, issuedOnText: date(d.issuedOn)});
}

/** A datetime-local value (Vietnam's wall clock) as an ISO instant with its offset; '' → null. */
export function deadlineValue(local) {
  return local ? `${local}:00+07:00` : null;
}

/**
 * The positions the caller may send from: [{kind: 'district'|'school'|'department', code, label}] — a district
 * officer's district, a principal's or vice principal's school, a department officer's department.
 */
export function senders(profile) {
  const out = [];
  for (const s of profile.staff()) {
    if (s.position === 'DISTRICT_OFFICER' && s.districtCode) {
      out.push({kind: 'district', code: s.districtCode, label: `${s.positionLabel} – ${s.districtCode}`});
    } else if (['PRINCIPAL', 'VICE_PRINCIPAL'].includes(s.position) && s.schoolCode) {
      out.push({kind: 'school', code: s.schoolCode, label: `${s.positionLabel} – ${s.schoolName}`});
    } else if (s.position === 'DEPARTMENT_OFFICER' && s.departmentCode) {
      out.push({kind: 'department', code: s.departmentCode, label: `${s.positionLabel} – ${s.departmentCode}`});
    }
  }
  return out;
}

/** Who forwarded a forward: a district office (its officer's position names the office) or a school. */
export function forwardOf(d) {
  return d.from && /Phòng GDĐT/.test(d.from.position || '') ? T.forwardOfOffice : T.forwardOf;
}

/** Whether the caller leads a school that a directive reached (forward, answer a report). */
export function schoolLeaderships(profile) {
  return profile.staff().filter((s) => ['PRINCIPAL', 'VICE_PRINCIPAL'].includes(s.position) && s.schoolCode);
}

/**
 * A file picker that uploads each chosen file at once (POST /attachments?fileName=) and keeps their ids.
 * Returns {element, ids(), busy()}.
 */
export function attachmentPicker(ctx, id) {
  const files = [];
  const list = h('ul', {class: 'files'});
  // The browser's own file button speaks the browser's language; ours is a label in Vietnamese over the input.
  const input = h('input', {type: 'file', id, class: 'file-input', multiple: true,
    accept: 'application/pdf,image/jpeg,image/png,image/webp'});
  const error = errorLine();
  function draw() {
    list.replaceChildren(...files.map((f) => {
      const remove = h('button', {type: 'button', class: 'small link', 'aria-label': T.remove(f.name)}, '✕');
      remove.addEventListener('click', () => {
        files.splice(files.indexOf(f), 1);
        draw();
      });
      return h('li', null, f.id ? T.uploaded(f.name) : T.uploading(f.name), f.id ? remove : null);
    }));
  }
  input.addEventListener('change', () => {
    for (const file of input.files) {
      const entry = {name: file.name, id: null};
      entry.promise = ctx.api.upload(`${API}/attachments?fileName=${encodeURIComponent(file.name)}`, file)
        .then((a) => {
          entry.id = a.id;
          draw();
        }, (e) => {
          files.splice(files.indexOf(entry), 1);
          showError(error, e);
          draw();
        });
      files.push(entry);
    }
    input.value = '';
    error.hidden = true;
    draw();
  });
  return {
    element: h('div', {class: 'field'}, h('label', {for: id}, T.files),
      h('div', {class: 'file-pick'}, input, h('label', {for: id, class: 'pick'}, T.pickFiles)), list, error),
    ids: () => files.filter((f) => f.id).map((f) => f.id),
    busy: () => files.some((f) => !f.id),
  };
}

/** A labelled field. */
export function field(id, label, control) {
  control.id = id;
  return h('div', {class: 'field'}, h('label', {for: id}, label), control);
}

export function checkbox(id, label, checked = false) {
  const box = h('input', {type: 'checkbox', id, checked});
  return {box, element: h('div', {class: 'check'}, box, h('label', {for: id}, label))};
}

/** The directive's attachments as download buttons. */
export function attachmentsList(ctx, attachments) {
  if (!attachments || attachments.length === 0) return null;
  return h('div', {class: 'dir-files'}, h('h2', {class: 'dash-h'}, T.attachments),
    h('div', {class: 'actions'}, attachments.map((a) => downloadButton(ctx, a.fileName || a.id,
      `${API}/attachments/${encodeURIComponent(a.id)}`, a.fileName || a.id))));
}
