// What the school console's screens share: the console's stylesheet, the school of the route among the schools the
// person leads, links back, an error line, and a table builder. The server decides access on every call; the
// school list here only keeps the screens to the schools the person may manage.
import {h, fill, styled} from '../../core/dom.js';
import {T as C} from '../texts.js';
import {T} from './texts.js';

export {errorLine, showError} from '../../core/dom.js';

const CSS = '/app/console/console.css';
/** The stylesheet, waited for so that a screen never shows unstyled. */
export const css = () => styled(CSS);

/** Positions that manage a school (docs/access.md): its principal and vice principals. */
export const LEADERS = new Set(['PRINCIPAL', 'VICE_PRINCIPAL']);

/** The schools the person leads: [{schoolCode, schoolName, position, positionLabel}], one per school. */
export function leaderSchools(profile) {
  const seen = new Map();
  for (const s of profile.staff()) {
    if (LEADERS.has(s.position) && s.schoolCode && !seen.has(s.schoolCode)) seen.set(s.schoolCode, s);
  }
  return [...seen.values()];
}

export function schoolBase(code) {
  return `#/quan-tri/truong/${encodeURIComponent(code)}`;
}

/**
 * The start of every school screen: the stylesheet, then the school of the route
 * among those the person leads; null (after saying so) for any other school.
 */
export async function openSchool(view, params, ctx, title) {
  await css();
  const school = leaderSchools(ctx.profile).find((s) => s.schoolCode === params.school) || null;
  if (!school) {
    ctx.setTitle(C.consoleTitle);
    page(view, back('#/quan-tri', C.backToConsole), h('p', {class: 'error', role: 'alert'}, C.notLeader));
    return null;
  }
  ctx.setTitle(title);
  return school;
}

/** Puts the screen's content into the view, inside the console's box (its styles apply there only). */
export function page(view, ...children) {
  return fill(view, h('div', {class: 'console'}, children)).firstChild;
}

export function back(href, text) {
  return h('a', {class: 'back', href}, text);
}

export function backToSchool(school) {
  return back(schoolBase(school.schoolCode), T.backToSchool(school.schoolName));
}

export function hideError(line) {
  line.hidden = true;
  line.textContent = '';
}

/**
 * A table in a box that scrolls sideways on a phone. columns: [{label, num?}]; rows: arrays of cells (a cell is
 * text, a node, or {content, class}).
 */
export function table(caption, columns, rows, attrs = {}) {
  return h('div', {class: 'table-wrap'}, h('table', attrs,
    caption ? h('caption', {class: 'sr-only'}, caption) : null,
    h('thead', null, h('tr', null, columns.map((c) => h('th', {scope: 'col', class: c.num ? 'num' : null}, c.label)))),
    h('tbody', null, rows.map((cells) => h('tr', null, cells.map((cell, i) => {
      if (cell && typeof cell === 'object' && !(cell instanceof Node) && 'content' in cell) {
        return h('td', {class: cell.class || (columns[i].num ? 'num' : null)}, cell.content);
      }
      return h('td', {class: columns[i].num ? 'num' : null}, cell);
    }))))));
}
