// The records of the homeroom teacher's assessment screen (docs/notices.md#assessments): the type a school level
// uses, a student's stable sourceId for a period, the record a card makes, the card's values read back from a stored
// record, and whether a card still says what was sent (then it is not sent again, and nobody is notified again).

import {searchKey} from '../core/format.js';

/** The assessment of each school level; an unknown level is read as lower secondary, as the server does. */
export const TYPE = {THCS: 'REN_LUYEN_HOC_TAP', TIEU_HOC: 'PHAM_CHAT_NANG_LUC', MAM_NON: 'CHU_DE'};

/** A topic as a short ASCII key for a sourceId ("Gia đình bé" → "gia-dinh-be"). */
export function slug(text) {
  return searchKey(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** The record's stable sourceId: the same student and period (and topic) always give the same one. */
export function sourceId(type, studentCode, choice) {
  if (type === 'REN_LUYEN_HOC_TAP') return `web-dg-${studentCode}-${choice.schoolYear}-${choice.term}`;
  if (type === 'PHAM_CHAT_NANG_LUC') {
    return `web-pcnl-${studentCode}-${choice.schoolYear}-${choice.term}-${choice.kind}`;
  }
  return `web-cd-${studentCode}-${choice.period}-${slug(choice.topic)}`;
}

/** The card's levels {field: level} of a record, as sent or as stored (a domain is a level or {level, comment}). */
export function valuesOf(type, record) {
  if (!record) return {};
  if (type === 'REN_LUYEN_HOC_TAP') {
    return Object.fromEntries(['conduct', 'learning'].filter((k) => record[k]).map((k) => [k, record[k]]));
  }
  if (type === 'PHAM_CHAT_NANG_LUC') return {...(record.items || {})};
  return Object.fromEntries(Object.entries(record.domains || {})
    .map(([k, d]) => [k, typeof d === 'string' ? d : d.level]));
}

/**
 * The record a card sends, or null when no level is picked. `base` is the class's stored assessment of the student
 * for the period (the read-back): its sourceId is kept, so that a change corrects it, whoever sent it first; a
 * preschool domain's own comment and the exact period it was sent for are kept too, as the screen does not edit them.
 */
export function recordOf(type, studentCode, choice, values, comment, base) {
  const picked = Object.fromEntries(Object.entries(values).filter(([, v]) => v));
  if (Object.keys(picked).length === 0) return null;
  const r = {sourceId: base ? base.sourceId : sourceId(type, studentCode, choice), studentCode, type};
  if (type === 'REN_LUYEN_HOC_TAP') Object.assign(r, {schoolYear: choice.schoolYear, term: choice.term}, picked);
  if (type === 'PHAM_CHAT_NANG_LUC') {
    Object.assign(r, {schoolYear: choice.schoolYear, term: choice.term, kind: choice.kind, items: picked});
  }
  if (type === 'CHU_DE') {
    const stored = (base && base.record.domains) || {};
    const domains = Object.fromEntries(Object.entries(picked).map(([k, level]) => [k,
      stored[k] && stored[k].comment ? {level, comment: stored[k].comment} : level]));
    Object.assign(r, {topic: base ? base.record.topic : choice.topic,
      period: base ? base.record.period : choice.period, domains});
  }
  const text = comment.trim().normalize('NFC');
  if (text) r.comment = text;
  return r;
}

/** Whether the record says what the stored one says (same levels, same comment). */
export function unchanged(type, record, base) {
  if (!base) return false;
  const a = valuesOf(type, record);
  const b = valuesOf(type, base.record);
  const keys = Object.keys(a).sort();
  return keys.join() === Object.keys(b).sort().join() && keys.every((k) => a[k] === b[k])
    && (record.comment || '') === (base.record.comment || '');
}
