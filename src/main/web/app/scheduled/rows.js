// What the person scheduled and what has not gone yet, from the three APIs, as rows of one list:
// directives (GET /api/v1/directives/scheduled), notice batches per school (GET /api/v1/notices/schools/{code}/
// scheduled) and chat messages (GET /api/v1/chat/me/scheduled). Only rows still SCHEDULED can be cancelled.
import {S} from './texts.js';
import {T as DT} from '../console/directives/texts.js';
import {T as CT} from '../settings/texts.js';

const PENDING = 'SCHEDULED';
const firstWords = (text, n = 80) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);

/** {rows: [{key, kind, title, whom, sendAt, path}] soonest first, partly: whether a source could not be read}. */
export async function pendingRows(ctx) {
  const staff = ctx.profile.staff();
  if (!staff.length) return {rows: [], partly: false};
  const schools = [...new Set(staff.map((s) => s.schoolCode).filter(Boolean))];
  const sources = [directives(ctx), messages(ctx), ...schools.map((code) => notices(ctx, code))];
  const answers = await Promise.allSettled(sources);
  const rows = answers.flatMap((a) => (a.status === 'fulfilled' ? a.value : []));
  rows.sort((a, b) => a.sendAt.localeCompare(b.sendAt));
  // A 403 is a source that is not the person's (a school where they may not publish notices): not a failure.
  const partly = answers.some((a) => a.status === 'rejected' && a.reason && a.reason.status !== 403);
  return {rows, partly};
}

async function directives(ctx) {
  const list = await ctx.api.get('/api/v1/directives/scheduled');
  return list.filter((d) => d.state === PENDING).map((d) => ({key: `d-${d.id}`, kind: 'DIRECTIVE', title: d.subject,
    whom: directiveAudience(d), sendAt: d.sendAt, path: `/api/v1/directives/scheduled/${d.id}`}));
}

function directiveAudience(d) {
  const a = d.audience || {};
  const parts = [];
  const everyone = {SCHOOL: DT.everyoneStaff, DISTRICT: DT.everyoneSchools, DEPARTMENT: DT.everyoneDistricts};
  if (a.everyone) parts.push(everyone[d.route]);
  (a.groups || []).forEach((g) => parts.push(DT.groups[g] || g));
  if ((a.staff || []).length) parts.push(S.people(a.staff.length));
  if ((a.districts || []).length) parts.push(S.districts(a.districts.length));
  if ((a.schools || []).length) parts.push(S.schools(a.schools.length));
  parts.push(S.recipients(d.recipients));
  return parts.join(' · ');
}

async function notices(ctx, school) {
  const list = await ctx.api.get(`/api/v1/notices/schools/${encodeURIComponent(school)}/scheduled`);
  return list.filter((b) => b.state === PENDING).map((b) => {
    const classes = b.classes || [];
    const kind = CT.category[b.kind] || b.kind;
    return {key: `n-${b.id}`, kind: b.kind === 'ACTIVITY' ? 'POST' : 'NOTICE',
      title: b.title || S.records(kind, b.records),
      whom: b.students ? S.parentsOfStudents(b.students, classes) : S.parentsOf(classes),
      sendAt: b.sendAt, path: `/api/v1/notices/schools/${encodeURIComponent(school)}/scheduled/${b.id}`};
  });
}

async function messages(ctx) {
  const list = (await ctx.api.get('/api/v1/chat/me/scheduled')).filter((m) => m.state === PENDING);
  if (!list.length) return [];
  let titles = new Map();
  try {
    const conversations = await (await ctx.chat()).conversations({fresh: false});
    titles = new Map((conversations || []).map((c) => [c.id, c.title]));
  } catch (e) { /* the rows still say what and when */ }
  return list.map((m) => ({key: `m-${m.id}`, kind: 'MESSAGE', title: firstWords(m.text),
    whom: titles.get(m.conversationId) || S.conversation, sendAt: m.sendAt, path: `/api/v1/chat/me/scheduled/${m.id}`,
    conversationId: m.conversationId}));
}
