// The new school year in an import's report (docs/import.md#new-school-year): last year's classes that close and
// where their students go, the new year's classes and where theirs come from, and the chat groups that follow.
import {h} from '../../core/dom.js';
import {T} from './texts.js';
import {table} from './common.js';

/** {"7A1": 2, "7A2": 1} → "7A1: 2, 7A2: 1"; a dash when empty. */
function counts(map) {
  const parts = Object.entries(map || {}).map(([name, n]) => T.rollover.count(name, n));
  return parts.length ? parts.join(', ') : '—';
}

/**
 * Whether a DEACTIVATED change is the new school year closing last year's class (the class itself, its homeroom or
 * a teaching assignment, keyed "6A1 (2025-2026)"), not a record the file left out: those classes end and stay to
 * look back at; nobody becomes inactive by it.
 */
export function isClosing(change, r) {
  if (!r || change.action !== 'DEACTIVATED') return false;
  const labels = new Set((r.closing || []).map((c) => T.rollover.oldName(c.name, c.schoolYear)));
  if (change.entity === 'CLASS') return labels.has(change.key);
  if (change.entity !== 'HOMEROOM' && change.entity !== 'TEACHING') return false;
  const cls = (change.fields || []).find((f) => f.field === 'class');
  return Boolean(cls && labels.has(cls.from));
}

/** The rollover section of a report, or null when the import starts no new school year. */
export function summary(r) {
  if (!r) return null;
  const R = T.rollover;
  return h('section', {class: 'rollover', 'aria-label': R.title(r.toYear)},
    h('h3', null, R.title(r.toYear)),
    h('p', null, R.lead(r.fromYears.join(', '), r.toYear, r.closing.length, r.homeroomsEnded, r.teachingEnded)),
    h('h4', null, R.closingTitle),
    table(R.closingTitle, [{label: R.oldClass}, {label: R.students, num: true}, {label: R.promoted},
      {label: R.left, num: true}],
    r.closing.map((c) => [R.oldName(c.name, c.schoolYear), String(c.students), counts(c.promotedTo), String(c.left)]),
    {class: 'rollover-closing'}),
    h('h4', null, R.openingTitle),
    table(R.openingTitle, [{label: R.newClass}, {label: R.students, num: true}, {label: R.from},
      {label: R.joined, num: true}],
    r.opening.map((c) => [c.created ? R.created(c.name) : c.name, String(c.students), counts(c.from),
      String(c.joined)]),
    {class: 'rollover-opening'}),
    h('p', {class: 'hint'}, R.groups(r.closedGroups.length, r.newGroups.length)));
}
