// What the adoption screens share: the stylesheet, the person's units (from the profile), a protected file's
// download, and the error line.
import {h, styled} from '../../core/dom.js';
import {today} from '../../core/format.js';
import {T} from './texts.js';

export {errorLine, showError} from '../../core/dom.js';

export const CSS = '/app/console/adoption/adoption.css';
/** The stylesheet, waited for so that a screen never shows unstyled. */
export const css = () => styled(CSS);

export const API = '/api/v1/adoption';

const SCHOOL_LEADERS = ['PRINCIPAL', 'VICE_PRINCIPAL'];

/**
 * The units whose figures the person may see: [{kind: 'school'|'district'|'department', code, name, href}] —
 * a principal's or vice principal's school, a district officer's district, a department officer's department.
 */
export function units(profile) {
  const seen = new Set();
  const out = [];
  for (const s of profile.staff()) {
    let unit = null;
    if (SCHOOL_LEADERS.includes(s.position) && s.schoolCode) {
      unit = {kind: 'school', code: s.schoolCode, name: T.schoolUnit(s.schoolName || s.schoolCode)};
    } else if (s.position === 'DISTRICT_OFFICER' && s.districtCode) {
      unit = {kind: 'district', code: s.districtCode, name: T.districtUnit(s.districtCode)};
    } else if (s.position === 'DEPARTMENT_OFFICER' && s.departmentCode) {
      unit = {kind: 'department', code: s.departmentCode, name: T.departmentUnit(s.departmentCode)};
    }
    if (unit && !seen.has(unit.kind + unit.code)) {
      seen.add(unit.kind + unit.code);
      out.push({...unit, href: href(unit.kind, unit.code)});
    }
  }
  return out;
}

/** The dashboard's route of a unit. */
export function href(kind, code) {
  const part = {school: 'truong', district: 'phong', department: 'so'}[kind];
  return `#/quan-tri/tien-do/${part}/${encodeURIComponent(code)}`;
}

/** Whether the person leads a school, a district office or a department (the console's tab shows for them). */
export function leads(profile) {
  return units(profile).length > 0;
}

/** A button that downloads a protected file (the bearer token is needed, so no plain link). */
export function downloadButton(ctx, label, path, fileName) {
  const button = h('button', {type: 'button', class: 'download'}, label);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const url = await ctx.api.objectUrl(path);
      const a = h('a', {href: url, download: fileName, hidden: true});
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      ctx.toast(e.message || T.exportFailed, 'error');
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** The exports' file name, as the server names it: tien-do-<code>-<yyyy-mm-dd>.<ext>. */
export function fileName(prefix, code, ext) {
  return `${prefix}-${code}-${today()}.${ext}`;
}

/** A titled section of a dashboard. */
export function section(id, title, ...children) {
  return h('section', {class: 'card dash-section', 'aria-labelledby': id},
    h('h2', {id, class: 'dash-h'}, title), ...children);
}
