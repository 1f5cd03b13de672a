// The department officer's direct-to-school picks (docs/directives.md, POST /departments/{code}: "schools"):
// the active schools of the department's districts, grouped by district, filtered as one types (name or code,
// diacritics ignored). Each chosen school's principal(s) receive the directive past the office.
import {h} from '../../core/dom.js';
import {T} from './texts.js';
import {checkbox} from './common.js';
import {searchKey} from '../../core/format.js';

/** {element, chosen()}: the searchable, district-grouped school list for the given districts. */
export async function departmentSchools(ctx, districts) {
  const lists = await Promise.all(districts.map((d) => ctx.api
    .get(`/api/v1/directory/districts/${encodeURIComponent(d.code)}/schools`)
    .then((schools) => ({district: d, schools: schools.filter((s) => s.active !== false)}))
    .catch(() => ({district: d, schools: []}))));
  const picks = [];
  const groups = lists.filter((l) => l.schools.length > 0).map((l) => {
    const items = l.schools.map((s) => {
      const p = {code: s.code, key: searchKey(`${s.name} ${s.code}`), ...checkbox(`dc-sch-${s.code}`, s.name)};
      p.element.dataset.school = s.code;
      picks.push(p);
      return p;
    });
    const group = h('div', {class: 'school-group', 'data-district': l.district.code},
      h('h3', {class: 'school-group-h'}, l.district.name), h('div', {class: 'picks'}, items.map((p) => p.element)));
    return {group, items};
  });
  const count = h('span', {class: 'hint', role: 'status'});
  const search = h('input', {type: 'search', id: 'dc-sch-search', autocomplete: 'off',
    placeholder: T.searchSchoolsHint});
  const none = h('p', {class: 'hint', hidden: true}, T.noSchoolMatch);
  const update = () => {
    const q = searchKey(search.value.trim());
    let shown = 0;
    for (const g of groups) {
      let any = false;
      for (const p of g.items) {
        const match = !q || p.key.includes(q) || p.box.checked;
        p.element.hidden = !match;
        any = any || match;
        if (match) shown += 1;
      }
      g.group.hidden = !any;
    }
    none.hidden = shown > 0;
    const n = picks.filter((p) => p.box.checked).length;
    count.textContent = T.schoolsChosen(n);
  };
  search.addEventListener('input', update);
  for (const p of picks) p.box.addEventListener('change', update);
  update();
  const element = h('details', {class: 'staff-picks dept-schools', open: true},
    h('summary', null, T.directSchools),
    picks.length === 0 ? h('p', {class: 'hint'}, T.noSchools) : [
      h('p', {class: 'hint'}, T.directSchoolsHint),
      h('div', {class: 'field'}, h('label', {for: 'dc-sch-search'}, T.searchSchools), search), count,
      groups.map((g) => g.group), none]);
  return {element, chosen: () => picks.filter((p) => p.box.checked).map((p) => p.code)};
}
