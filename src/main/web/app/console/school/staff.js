// The school's staff (#/quan-tri/truong/{code}/can-bo): a searchable, paged table with positions and assignments.
import {h, fill} from '../../core/dom.js';
import {query} from '../../core/api.js';
import {T as C} from '../texts.js';
import {T} from './texts.js';
import {backToSchool, errorLine, openSchool, page, showError, table} from './common.js';

const SIZE = 50;

export async function render(view, params, ctx) {
  const school = await openSchool(view, params, ctx, T.staffTitle);
  if (!school) return;
  const search = h('input', {type: 'search', id: 'staff-q', maxlength: 100, autocomplete: 'off'});
  const error = errorLine();
  const list = h('div', {'aria-live': 'polite'});
  const form = h('form', {class: 'inline-form', role: 'search'},
    h('div', {class: 'field'}, h('label', {for: 'staff-q'}, T.search), search),
    h('button', {type: 'submit'}, T.find));
  page(view, backToSchool(school), form, error, list);

  async function load(pageNo) {
    error.hidden = true;
    try {
      const data = await ctx.api.get(`/api/v1/directory/schools/${encodeURIComponent(school.schoolCode)}/staff`
        + query({q: search.value.trim(), page: pageNo, size: SIZE}));
      show(data);
    } catch (e) {
      showError(error, e);
    }
  }

  function show(data) {
    const pages = Math.max(1, Math.ceil(data.total / SIZE));
    const prev = h('button', {type: 'button', disabled: data.page === 0}, C.previous);
    const next = h('button', {type: 'button', disabled: data.page + 1 >= pages}, C.next);
    prev.addEventListener('click', () => load(data.page - 1));
    next.addEventListener('click', () => load(data.page + 1));
    fill(list, h('p', {class: 'lead'}, T.staffCount(data.total)),
      data.items.length === 0 ? h('p', {class: 'empty'}, T.noStaff)
        : table(T.staffTitle, [{label: T.staff.code}, {label: T.staff.name}, {label: T.staff.role},
          {label: T.staff.gender}, {label: T.staff.phone}, {label: T.staff.homeroom}, {label: T.staff.classes},
          {label: T.staff.subjects}],
        data.items.map((s) => [s.staffCode, s.fullName, s.roleLabel, s.genderLabel || '',
          {content: s.phoneDisplay || '', class: 'nowrap'},
          s.homeroomClass || '', (s.classes || []).join(', '), (s.subjects || []).join(', ')]), {class: 'staff-list'}),
      pages > 1 ? h('div', {class: 'pager'}, prev, h('span', null, C.page(data.page + 1, pages)), next) : null);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    load(0);
  });
  await load(0);
}
