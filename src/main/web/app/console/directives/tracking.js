// Tracking a directive (GET /{id}/tracking, /{id}/cascade): a table of schools × read and acknowledged shares that
// opens each school's people; how far each district office and school forwarded it; reminders
// (POST /{id}/reminders). The screen asks again at once when its tab becomes visible, every 3 s while it is visible
// (never while hidden, and never two requests at a time), and on "Làm mới".
import {h, fill} from '../../core/dom.js';
import {T} from './texts.js';
import {API, css, when, numberLine, errorLine, showError} from './common.js';

const EVERY_MS = 3_000;

export async function render(view, params, ctx) {
  await css();
  ctx.setTitle(T.trackingTitle);
  const id = encodeURIComponent(params.id);
  const d = await ctx.api.get(`${API}/${id}`);
  const error = errorLine();
  const totals = h('p', {class: 'result', role: 'status', id: 'tracking-totals'});
  const schools = h('div');
  const cascade = h('div');
  const offices = h('div');
  const open = new Set(); // schools whose people are shown
  let last = null;

  async function load() {
    const [tracking, reach] = await Promise.all([ctx.api.get(`${API}/${id}/tracking`),
      d.parentId ? null : ctx.api.get(`${API}/${id}/cascade`).catch(() => null)]);
    last = tracking;
    totals.textContent = T.totals(tracking.totals);
    drawSchools();
    fill(cascade, reach && reach.cascade && reach.cascade.length ? cascadeTable(reach) : null);
    fill(offices, reach && reach.offices && reach.offices.length ? officesTable(reach) : null);
  }

  let loading = null; // one request at a time: a slow answer is not asked for again before it comes
  function reload() {
    if (!loading) {
      loading = load().catch(() => { /* the next round or "Làm mới" */ }).finally(() => { loading = null; });
    }
    return loading;
  }

  function drawSchools() {
    const rows = (last.schools || []).flatMap((s) => {
      const c = s.counts;
      const toggle = h('button', {type: 'button', class: 'small',
        'aria-expanded': open.has(s.schoolCode) ? 'true' : 'false',
        'aria-label': T.showPeople(s.schoolName)}, s.schoolName);
      toggle.addEventListener('click', () => {
        if (open.has(s.schoolCode)) open.delete(s.schoolCode);
        else open.add(s.schoolCode);
        drawSchools();
      });
      const row = h('tr', {dataset: {school: s.schoolCode}}, h('th', {scope: 'row'}, toggle),
        h('td', {class: 'num'}, c.recipients), h('td', {class: 'num'}, T.pct(c.read, c.recipients)),
        h('td', {class: 'num'}, T.pct(c.acknowledged, c.recipients)), h('td', {class: 'num'}, c.overdue));
      if (!open.has(s.schoolCode)) return [row];
      const people = (last.recipients || []).filter((r) => r.schoolCode === s.schoolCode);
      return [row, h('tr', {class: 'people-row'}, h('td', {colspan: 5}, peopleTable(s.schoolName, people)))];
    });
    fill(schools, h('div', {class: 'table-wrap'}, h('table', {class: 'tracking'},
      h('thead', null, h('tr', null, [T.colUnit, T.colRecipients, T.colRead, T.colAck, T.colOverdue]
        .map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', null, rows))));
  }

  const refresh = h('button', {type: 'button'}, T.refresh);
  refresh.addEventListener('click', () => load().catch((e) => showError(error, e)));
  const remind = h('button', {type: 'button'}, T.remind);
  const reminded = h('p', {class: 'result', role: 'status'});
  remind.addEventListener('click', async () => {
    remind.disabled = true;
    try {
      reminded.textContent = T.reminded((await ctx.api.post(`${API}/${id}/reminders`)).reminded);
    } catch (e) {
      showError(error, e);
    } finally {
      remind.disabled = false;
    }
  });

  await load();
  fill(view,
    h('a', {class: 'back', href: '#/quan-tri/van-ban/da-gui'}, T.back),
    h('section', {class: 'card dash-section'},
      h('p', {class: 'hint'}, numberLine(d)), h('h2', {class: 'dash-h'}, d.subject),
      h('p', null, d.deadline ? T.deadline(when(d.deadline)) : T.noDeadline),
      totals, h('p', {class: 'hint'}, T.live),
      h('div', {class: 'actions'}, refresh, officeOfDepartment(d, ctx) ? null : remind,
        d.reportRequest ? h('a', {class: 'action', href: `#/quan-tri/van-ban/${id}/bao-cao`}, T.reports) : null),
      reminded, error),
    h('section', {class: 'card dash-section'}, schools),
    offices, cascade);
  const timer = setInterval(() => {
    if (document.visibilityState === 'visible') reload();
  }, EVERY_MS);
  const onVisible = () => {
    if (document.visibilityState === 'visible') reload();
  };
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

/**
 * An office's officer following the department's directive that reached them: reminders stay the department's
 * (403 for them), so there is no such button.
 */
function officeOfDepartment(d, ctx) {
  return Boolean(d.me) && /Sở GDĐT/.test((d.from && d.from.position) || '')
    && ctx.profile.staff().some((s) => s.position === 'DISTRICT_OFFICER');
}

/** A department's directive: per district office it went to, its officers' state and how far its forward reached. */
function officesTable(reach) {
  return h('section', {class: 'card dash-section', 'aria-labelledby': 'offices-h'},
    h('h2', {class: 'dash-h', id: 'offices-h'}, T.offices),
    h('div', {class: 'table-wrap'}, h('table', {class: 'offices'},
      h('thead', null, h('tr', null, [T.colOffice, T.colOfficers, T.colForwarded, T.colSchoolsReached, T.colRead,
        T.colAck, T.colStaffReached].map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', null, reach.offices.map((o) => h('tr', {dataset: {district: o.districtCode}},
        h('th', {scope: 'row'}, o.districtName),
        h('td', null, o.officers.map((p) => `${p.name}: ${T.state[p.state] || p.state}`).join('; ')),
        h('td', null, o.forwarded ? T.yes(o.forwards) : T.no),
        h('td', {class: 'num'}, o.schools.recipients),
        h('td', {class: 'num'}, T.pct(o.schools.read, o.schools.recipients)),
        h('td', {class: 'num'}, T.pct(o.schools.acknowledged, o.schools.recipients)),
        h('td', {class: 'num'}, o.staff.recipients)))))));
}

function peopleTable(schoolName, people) {
  return h('table', {class: 'people', 'aria-label': T.people(schoolName)},
    h('thead', null, h('tr', null, [T.colName, T.colPosition, T.colState].map((c) => h('th', {scope: 'col'}, c)))),
    h('tbody', null, people.map((p) => h('tr', null, h('th', {scope: 'row'}, p.name), h('td', null, p.position),
      h('td', null, T.state[p.state] || p.state, p.overdue ? ` · ${T.overdue}` : '',
        p.acknowledgedAt ? ` (${when(p.acknowledgedAt)})` : '')))));
}

function cascadeTable(reach) {
  return h('section', {class: 'card dash-section', 'aria-labelledby': 'cascade-h'},
    h('h2', {class: 'dash-h', id: 'cascade-h'}, T.cascade),
    h('div', {class: 'table-wrap'}, h('table', {class: 'cascade'},
      h('thead', null, h('tr', null, [T.colSchool, T.colForwarded, T.colReach, T.colRead, T.colAck]
        .map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', null, reach.cascade.map((s) => h('tr', {dataset: {school: s.schoolCode}},
        h('th', {scope: 'row'}, s.schoolName),
        h('td', null, s.forwarded ? T.yes(s.forwards) : T.no),
        h('td', {class: 'num'}, s.reach.recipients),
        h('td', {class: 'num'}, T.pct(s.reach.read, s.reach.recipients)),
        h('td', {class: 'num'}, T.pct(s.reach.acknowledged, s.reach.recipients))))))));
}
