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
  let reports = null;

  async function load() {
    reports = await ctx.api.get(`${API}/${id}/reports`);
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

  const mySchools = schoolLeaderships(ctx.profile)
    .filter((s) => reports.schools.some((r) => r.schoolCode === s.schoolCode));
  fill(view,
    h('a', {class: 'back', href: `#/quan-tri/van-ban/${id}`}, T.backToDirective),
    h('section', {class: 'card dash-section'},
      h('p', {class: 'hint'}, numberLine(d)), h('h2', {class: 'dash-h'}, d.subject),
      h('p', null, d.reportRequest.description),
      d.reportRequest.deadline ? h('p', {class: 'hint'}, T.reportBy(when(d.reportRequest.deadline))) : null,
      summary,
      h('div', {class: 'actions'},
        downloadButton(ctx, T.exportXlsx, `${API}/${id}/reports/export.xlsx`, `bao-cao-${d.documentNumber}.xlsx`),
        downloadButton(ctx, T.exportCsv, `${API}/${id}/reports/export.csv`, `bao-cao-${d.documentNumber}.csv`))),
    h('section', {class: 'card dash-section'}, table),
    mySchools.map((s) => answerForm(ctx, id, s, reports.schools.find((r) => r.schoolCode === s.schoolCode), load)));
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
