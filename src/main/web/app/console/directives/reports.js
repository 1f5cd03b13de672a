// A directive's report requests (GET /{id}/reports): each school's status and answer, the exports; a school's
// leadership answers for their school (PUT /{id}/reports/{school}, or POST …/adoption for the progress report).
import {h, fill} from '../../core/dom.js';
import {T} from './texts.js';
import {API, css, when, numberLine, attachmentPicker, field, schoolLeaderships, downloadButton, errorLine,
  showError} from './common.js';

export async function render(view, params, ctx) {
  await css();
  ctx.setTitle(T.reportsTitle);
  const id = encodeURIComponent(params.id);
  const d = await ctx.api.get(`${API}/${id}`);
  if (!d.reportRequest) {
    fill(view, h('a', {class: 'back', href: `#/quan-tri/van-ban/${id}`}, T.backToDirective),
      h('p', {class: 'hint'}, T.noReport));
    return;
  }
  const table = h('div');
  const summary = h('p', {class: 'result', role: 'status'});
  let reports = {schools: [], summary: null};
  // A department's directive: the district offices' answers (its officers: all; an office's: its own), if any.
  const districts = await ctx.api.get(`${API}/${id}/reports/districts`).catch(() => null);
  const hasDistricts = districts && districts.districts && districts.districts.length > 0;

  async function load() {
    try {
      reports = await ctx.api.get(`${API}/${id}/reports`);
    } catch (e) {
      if (!hasDistricts) throw e;
      return; // a district office follows the department's request through its own answer only
    }
    summary.textContent = T.summary(reports.summary);
    fill(table, h('div', {class: 'table-wrap'}, h('table', {class: 'reports'},
      h('thead', null, h('tr', null, [T.colSchool, T.colStatus, T.colSubmitted, T.colBy, T.colText]
        .map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', null, reports.schools.map((s) => h('tr', {dataset: {school: s.schoolCode}},
        h('th', {scope: 'row'}, s.schoolName),
        h('td', null, h('span', {class: `tag rs-${s.status}`}, T.reportStatus[s.status] || s.status)),
        h('td', null, when(s.submittedAt)), h('td', null, s.submittedBy || ''),
        h('td', {class: 'report-text'}, s.text || '')))))));
  }
  await load();

  // Schools' answers: for a district's directive, and for a department's that reached schools directly.
  const showSchools = reports.summary && (!hasDistricts || reports.schools.length > 0);
  const mySchools = schoolLeaderships(ctx.profile)
    .filter((s) => reports.schools.some((r) => r.schoolCode === s.schoolCode));
  fill(view,
    h('a', {class: 'back', href: `#/quan-tri/van-ban/${id}`}, T.backToDirective),
    h('section', {class: 'card dash-section'},
      h('p', {class: 'hint'}, numberLine(d)), h('h2', {class: 'dash-h'}, d.subject),
      h('p', null, d.reportRequest.description),
      d.reportRequest.deadline ? h('p', {class: 'hint'}, T.reportBy(when(d.reportRequest.deadline))) : null,
      showSchools ? summary : null,
      showSchools ? h('div', {class: 'actions'},
        downloadButton(ctx, T.exportXlsx, `${API}/${id}/reports/export.xlsx`, `bao-cao-${d.documentNumber}.xlsx`),
        downloadButton(ctx, T.exportCsv, `${API}/${id}/reports/export.csv`, `bao-cao-${d.documentNumber}.csv`))
        : null),
    hasDistricts ? districtsSection(ctx, id, d, districts) : null,
    showSchools ? h('section', {class: 'card dash-section'}, table) : null,
    mySchools.map((s) => answerForm(ctx, id, s, reports.schools.find((r) => r.schoolCode === s.schoolCode), load)));
}

/** The district offices' answers to a department's report request, with their exports. */
function districtsSection(ctx, id, d, all) {
  const file = (ext) => `bao-cao-phong-${d.documentNumber.replace(/[^A-Za-z0-9-]+/g, '-')}.${ext}`;
  return h('section', {class: 'card dash-section', 'aria-labelledby': 'districts-h'},
    h('h2', {class: 'dash-h', id: 'districts-h'}, T.districtsTitle),
    h('p', {class: 'result', role: 'status'}, T.districtsSummary(all.summary)),
    h('div', {class: 'actions'},
      downloadButton(ctx, T.exportDistrictsXlsx, `${API}/${id}/reports/districts/export.xlsx`, file('xlsx')),
      downloadButton(ctx, T.exportDistrictsCsv, `${API}/${id}/reports/districts/export.csv`, file('csv'))),
    h('div', {class: 'table-wrap'}, h('table', {class: 'reports'},
      h('thead', null, h('tr', null, [T.colOffice, T.colStatus, T.colSubmitted, T.colBy, T.colText]
        .map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', null, all.districts.map((r) => h('tr', {dataset: {district: r.districtCode}},
        h('th', {scope: 'row'}, r.districtName),
        h('td', null, h('span', {class: `tag rs-${r.status}`}, T.reportStatus[r.status] || r.status)),
        h('td', null, when(r.submittedAt)), h('td', null, r.submittedBy || ''),
        h('td', {class: 'report-text'}, r.text || '')))))));
}

function answerForm(ctx, id, school, current, reload) {
  const code = encodeURIComponent(school.schoolCode);
  const text = h('textarea', {rows: 5});
  text.value = (current && current.text) || '';
  const files = attachmentPicker(ctx, `rp-files-${school.schoolCode}`);
  const error = errorLine();
  const result = h('p', {class: 'result', role: 'status'});
  const send = h('button', {type: 'submit', class: 'primary'}, T.answerSend);
  const adoption = h('button', {type: 'button'}, T.answerAdoption);
  async function submit(call) {
    error.hidden = true;
    send.disabled = true;
    adoption.disabled = true;
    try {
      const answer = await call();
      text.value = answer.text || '';
      result.textContent = T.answered;
      await reload();
    } catch (e) {
      showError(error, e);
    } finally {
      send.disabled = false;
      adoption.disabled = false;
    }
  }
  const form = h('form', {class: 'card dash-section dir-form'},
    h('h2', {class: 'dash-h'}, T.answerTitle(school.schoolName)),
    field(`rp-text-${school.schoolCode}`, T.answerText, text), files.element,
    h('div', {class: 'actions'}, send, adoption), error, result);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (files.busy()) {
      showError(error, {message: T.waitUploads});
      return;
    }
    submit(() => ctx.api.put(`${API}/${id}/reports/${code}`, {text: text.value, figures: {},
      attachments: files.ids()}));
  });
  adoption.addEventListener('click', () => submit(() => ctx.api.post(`${API}/${id}/reports/${code}/adoption`)));
  return form;
}
