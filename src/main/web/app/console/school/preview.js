// An import's report (docs/api.md#imports) as the principal reads it: the counts, the errors on a grid of rows and
// columns as in the spreadsheet (the cell with an error marked), the warnings, and every change.
import {h} from '../../core/dom.js';
import * as format from '../../core/format.js';
import {T} from './texts.js';
import {table} from './common.js';
import * as rollover from './rollover.js';

/** At most this many changes are listed (the counts cover them all). */
const MAX_CHANGES = 300;

/** A student moved to another class: the enrollment of an existing student changed. */
export function isMove(change) {
  return change.entity === 'ENROLLMENT' && change.action === 'UPDATED';
}

export function counts(report) {
  const c = report.counts || {};
  const moved = (report.changes || []).filter(isMove).length;
  const items = [['rows', c.rows], ['created', c.created], ['updated', c.updated], ['moved', moved],
    ['deactivated', c.deactivated], ['unchanged', c.unchanged], ['invalid', c.invalid]];
  return h('ul', {class: 'counts', 'aria-label': T.previewOf('')},
    items.map(([key, n]) => h('li', {class: key === 'invalid' && n > 0 ? 'c-error' : null, dataset: {count: key}},
      h('b', null, String(n || 0)), T.counts[key])));
}

/**
 * The errors: those of the whole file (a missing column) as a list, those of cells on a grid whose rows are the
 * spreadsheet's rows with errors and whose columns are the columns with errors, each bad cell marked and holding
 * the server's message. Cells carry data-row and data-column.
 */
export function errors(list, {title = T.errorsTitle(list.length), warning = false} = {}) {
  const fileLevel = list.filter((e) => !e.column || e.code === 'MISSING_COLUMN' || !(e.row > 0));
  const cells = list.filter((e) => !fileLevel.includes(e));
  const rows = [...new Set(cells.map((e) => e.row))].sort((a, b) => a - b);
  const columns = [...new Set(cells.map((e) => e.column))];
  const at = new Map(cells.map((e) => [`${e.row}\u0000${e.column}`, []]));
  for (const e of cells) at.get(`${e.row}\u0000${e.column}`).push(e);
  const mark = warning ? 'cell-warn' : 'cell-error';
  return h('section', {class: warning ? 'warnings' : 'errors', 'aria-label': title},
    h('h3', null, title),
    warning ? null : h('p', {class: 'hint'}, T.errorsHint),
    fileLevel.length ? h('ul', {class: 'file-errors', 'aria-label': T.fileErrors},
      fileLevel.map((e) => h('li', {class: warning ? null : 'error'}, e.message))) : null,
    rows.length ? h('div', {class: 'table-wrap'}, h('table', {class: 'error-grid'},
      h('thead', null, h('tr', null, h('th', {scope: 'col', class: 'num'}, T.row),
        columns.map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', null, rows.map((r) => h('tr', {class: warning ? null : 'row-error'},
        h('th', {scope: 'row', class: 'num'}, String(r)),
        columns.map((c) => {
          const here = at.get(`${r}\u0000${c}`);
          return here ? h('td', {class: mark, dataset: {row: r, column: c}},
            here.map((e) => h('span', {class: 'cell-message'}, e.message))) : h('td', null, '');
        })))))) : null);
}

/** A value of a change as people write it: words for codes, dd/MM/yyyy dates, 0912 345 678 phones. */
export function value(v) {
  if (v === null || v === undefined || v === '') return v;
  if (Object.prototype.hasOwnProperty.call(T.values, v)) return T.values[v];
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return format.date(v);
  const phone = /^\+84(\d{3})(\d{3})(\d{3})$/.exec(v);
  if (phone) return `0${phone[1]} ${phone[2]} ${phone[3]}`;
  return v;
}

function details(change) {
  return (change.fields || []).map((f) => T.fieldChange(T.fields[f.field] || f.field, value(f.from), value(f.to)))
    .join('; ');
}

export function changes(report) {
  const list = report.changes || [];
  if (list.length === 0) return h('p', {class: 'hint'}, T.noChanges);
  const shown = list.slice(0, MAX_CHANGES);
  return h('div', null,
    table(T.changesTitle(list.length), [{label: T.row, num: true}, {label: T.change.record}, {label: T.change.key},
      {label: T.change.action}, {label: T.change.details}],
    shown.map((c) => {
      const closing = rollover.isClosing(c, report.rollover); // last year's class ending, not someone leaving
      return [c.row > 0 ? String(c.row) : '—', T.entities[c.entity] || c.entity,
        {content: value(c.key), class: 'nowrap'},
        {content: closing ? h('span', {class: 'tag tag-muted'}, T.rollover.closingAction)
          : h('span', {class: `tag ${tagOf(c)}`}, T.actions[isMove(c) ? 'MOVED' : c.action] || c.action)},
        closing && c.entity === 'CLASS' ? T.rollover.closingDetail : details(c)];
    }), {class: 'changes'}),
    list.length > shown.length ? h('p', {class: 'hint'}, T.moreChanges(list.length - shown.length)) : null);
}

function tagOf(change) {
  if (change.action === 'DEACTIVATED') return 'tag-bad';
  if (change.action === 'CREATED' || change.action === 'REACTIVATED') return 'tag-ok';
  return 'tag-warn';
}

/** The whole report: counts, errors, warnings (folded), changes. */
export function report(r) {
  const errs = r.errors || [];
  const warnings = r.warnings || [];
  return h('div', {class: 'report-view'},
    counts(r),
    rollover.summary(r.rollover),
    errs.length ? errors(errs) : null,
    warnings.length ? h('details', null, h('summary', null, T.warningsTitle(warnings.length)),
      errors(warnings, {title: T.warningsTitle(warnings.length), warning: true})) : null,
    h('h3', null, T.changesTitle((r.changes || []).length)),
    changes(r));
}
