// Helpers shared by the teacher's screens: the class from the profile, loading with the device's copy as a fallback,
// and a batch's per-record outcomes.
import {h, fill, styled} from '../core/dom.js';
import {T} from './texts.js';

export {errorLine, showError} from '../core/dom.js';

export const CSS = '/app/teacher/teacher.css';
/** The stylesheet, waited for so that a screen never shows unstyled. */
export const css = () => styled(CSS);

/** The class with this id among the person's classes (profile.classes()), or null. */
export function findClass(ctx, classId) {
  return ctx.profile.classes().find((c) => String(c.classId) === String(classId)) || null;
}

/** Loads from the server and keeps a copy on the device; offline, gives the copy (or rethrows without one). */
export async function cached(ctx, key, load) {
  try {
    const data = await load();
    await ctx.store.set(key, data);
    return data;
  } catch (e) {
    if (!e.offline) throw e;
    const copy = await ctx.store.get(key);
    if (copy === undefined || copy === null) throw e;
    return copy;
  }
}

/**
 * The start of every class screen: the stylesheet, then the class of the route from the person's classes. Answers
 * the class, or null after putting up "unknown class" (a class id that is not one of theirs).
 */
export async function openClass(view, params, ctx) {
  await css();
  const cls = findClass(ctx, params.classId);
  if (!cls) fill(view, back('#/lop', T.backToClasses), h('p', {class: 'error', role: 'alert'}, T.unknownClass));
  return cls;
}

/** Puts each record's outcome of a batch's answer on its row; who[i] is the student of the batch's record i. */
export function markOutcomes(rows, who, answer) {
  for (const r of answer.records) {
    const row = rows.get(who[r.index]);
    row.outcome = r.outcome;
    row.message = r.outcome === 'rejected' ? r.message : null;
  }
}

/** A link back to a screen, at the top. */
export function back(href, text) {
  return h('a', {class: 'back', href}, text);
}

/** A small label for a record's outcome (accepted, updated, unchanged, deleted, rejected). */
export function outcomeTag(outcome) {
  return h('span', {class: `tag tag-${outcome}`}, T.outcome[outcome] || outcome);
}

/** The batch's counts as one line. */
export function countsLine(result) {
  const c = {accepted: 0, updated: 0, unchanged: 0, deleted: 0, rejected: 0, ...(result.counts || {})};
  return T.counts(c);
}

/** The class's active students [{studentCode, fullName}] by name (the directory's list; a teacher sees their classes). */
export async function classStudents(ctx, cls) {
  const data = await cached(ctx, `teacher:students:${cls.classId}`, () => ctx.api.get(
    `/api/v1/directory/schools/${encodeURIComponent(cls.schoolCode)}/students?className=${encodeURIComponent(cls.name)}`
    + '&size=200'));
  return (data.items || []).map((s) => ({studentCode: s.studentCode, fullName: s.fullName}));
}

