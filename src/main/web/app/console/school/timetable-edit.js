// One class's week entered or corrected by hand (#/quan-tri/truong/{code}/thoi-khoa-bieu/sua[/{classId}],
// docs/timetable.md): pick the class (the one given in the route, else the first) and the week it applies from; the
// week in force shows as a grid of days × sáng/chiều × tiết 1–5 (a laptop) or one day at a time (a phone), each slot
// a subject, a teacher (the school's staff suggested as one types) and a room. "Lưu" sends the whole week to
// PUT /timetable/classes/{id}/weeks/{weekOf}: the server tells the class's families once, with what changed; its
// errors come back on the cells they name.
import {h, fill, useCss} from '../../core/dom.js';
import * as format from '../../core/format.js';
import {TT, TE} from './timetable-texts.js';
import {T as W} from '../../timetable/texts.js';
import {back, errorLine, hideError, openSchool, page, schoolBase, showError} from './common.js';
import {staffPicker} from './staff-picker.js';
import {plusDays} from '../../timetable/week.js';
import {weekSelect} from './timetable-weeks.js';
import {grid} from './timetable-grid.js';

const STAFF_PAGE = 200;

export async function render(view, params, ctx) {
  const school = await openSchool(view, params, ctx, TE.title);
  if (!school) return;
  useCss('/app/timetable/timetable.css');
  const code = encodeURIComponent(school.schoolCode);
  const classSelect = h('select', {id: 'tte-class'});
  const weekChoice = weekSelect('tte-week');
  const copy = h('button', {type: 'button'}, TE.copy);
  const save = h('button', {type: 'submit', class: 'primary big'}, TE.save);
  const state = h('p', {class: 'hint', 'aria-live': 'polite'});
  const error = errorLine();
  const note = h('div', {class: 'tte-note', 'aria-live': 'polite'});
  const result = h('div', {class: 'tte-result', 'aria-live': 'polite'});
  const box = h('div', {class: 'tte-box'}, h('p', {class: 'hint'}, TE.loading));
  const form = h('form', {class: 'tte-form', novalidate: true},
    h('div', {class: 'inline-form'},
      h('div', {class: 'field'}, h('label', {for: 'tte-class'}, TE.cls), classSelect),
      h('div', {class: 'field'}, h('label', {for: 'tte-week'}, TE.week), weekChoice),
      copy),
    h('p', {class: 'hint tte-hint'}, TE.staffHint), note, box, result,
    h('div', {class: 'actions tte-actions'}, save, state, error));
  page(view, back(`${schoolBase(school.schoolCode)}/thoi-khoa-bieu`, `← ${TT.title}`),
    h('p', {class: 'lead'}, TE.lead), form);

  const [classes, staff] = await Promise.all([
    ctx.api.get(`/api/v1/directory/schools/${code}/classes`).catch(() => []),
    allStaff(ctx, code)]);
  const active = classes.filter((c) => c.active).sort((a, b) => a.name.localeCompare(b.name, 'vi', {numeric: true}));
  if (active.length === 0) {
    fill(box, h('p', {class: 'empty'}, TE.noClasses));
    save.disabled = true;
    copy.disabled = true;
    return;
  }
  fill(classSelect, active.map((c) => h('option', {value: String(c.id)}, c.name)));
  // From the timetable screen's link (…/thoi-khoa-bieu/sua/{classId}): open on the class the principal was looking at.
  if (params.cls && active.some((c) => String(c.id) === params.cls)) classSelect.value = params.cls;
  const week = grid(staffPicker(staff, TE), () => {
    state.textContent = TE.changedCount(week.changed());
    if (!week.refused()) hideError(error); // every refused cell edited: the next "Lưu" asks the server again
  });

  const url = (monday) => `/api/v1/timetable/classes/${encodeURIComponent(classSelect.value)}?week=${monday}`;
  const clearMessages = () => {
    hideError(error);
    fill(note);
    fill(result);
    week.clearErrors();
  };

  async function load() {
    clearMessages();
    fill(box, h('p', {class: 'hint'}, TE.loading));
    try {
      const tt = await ctx.api.get(url(weekChoice.value));
      week.load(tt.lessons);
      fill(box, h('p', {class: 'tt-range'}, W.weekOf(format.date(tt.week), format.date(plusDays(tt.week, 5))),
        h('span', {class: 'tt-valid'}, tt.validFrom ? TE.validFrom(format.date(tt.validFrom)) : TE.noneYet)),
      week.element);
      state.textContent = TE.changedCount(0);
    } catch (err) {
      fill(box);
      showError(error, err);
    }
  }

  copy.addEventListener('click', async () => {
    clearMessages();
    const previous = plusDays(weekChoice.value, -7);
    try {
      const tt = await ctx.api.get(url(previous));
      if (tt.lessons.length === 0) {
        fill(note, h('p', {class: 'hint'}, TE.nothingToCopy(format.date(previous))));
        return;
      }
      week.fillWith(tt.lessons);
      fill(note, h('p', {class: 'ok'}, TE.copied(tt.lessons.length, format.date(previous))));
    } catch (err) {
      showError(error, err);
    }
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearMessages();
    const {cells, slots} = week.cells();
    save.disabled = true;
    save.textContent = TE.saving;
    try {
      const published = await ctx.api.put(`/api/v1/timetable/classes/${encodeURIComponent(classSelect.value)}`
        + `/weeks/${weekChoice.value}`, {cells});
      const c = published.classes[0];
      week.saved();
      state.textContent = c.status === 'UNCHANGED' ? TE.saved.UNCHANGED() : TE.savedState(c.notified);
      fill(result, h('p', {class: 'ok', role: 'status'}, TE.saved[c.status](c.notified)),
        c.status === 'CHANGED' ? h('ul', {class: 'tkb-changes'}, c.changes.map((x) => h('li', null, x))) : null);
      result.scrollIntoView({block: 'nearest'});
    } catch (err) {
      const errors = (err.code === 'IMPORT_REJECTED' && err.errors) || [];
      const onCells = errors.filter((x) => x.row > 0 && slots[x.row - 1]);
      onCells.forEach((x) => week.markError(slots[x.row - 1], x.message));
      if (onCells.length > 0) {
        error.textContent = [TE.rejected(onCells.length),
          ...errors.filter((x) => !onCells.includes(x)).map((x) => x.message)].join(' ');
        error.hidden = false;
        week.focusFirstError();
      } else {
        showError(error, err);
      }
    } finally {
      save.disabled = false;
      save.textContent = TE.save;
    }
  });

  // Another class or week drops unsaved edits: only when the principal says so.
  let chosen = {cls: classSelect.value, week: weekChoice.value};
  const choose = () => {
    if (week.changed() > 0 && !window.confirm(TE.discard(week.changed()))) {
      classSelect.value = chosen.cls;
      weekChoice.value = chosen.week;
      return;
    }
    chosen = {cls: classSelect.value, week: weekChoice.value};
    // The address names the class on screen, so a reload (or the link, shared) opens this class, not the first one.
    ctx.go(`/quan-tri/truong/${code}/thoi-khoa-bieu/sua/${encodeURIComponent(chosen.cls)}`,
      {replace: true, quiet: true});
    load();
  };
  classSelect.addEventListener('change', choose);
  weekChoice.addEventListener('change', choose);
  await load();
}

/** The school's active staff, every page. */
async function allStaff(ctx, code) {
  const staff = [];
  try {
    for (let p = 0; ; p++) {
      const data = await ctx.api.get(`/api/v1/directory/schools/${code}/staff?size=${STAFF_PAGE}&page=${p}`);
      staff.push(...data.items);
      if (staff.length >= data.total || data.items.length === 0) break;
    }
  } catch (e) {
    // Without the list, names are typed in full; the server still matches them.
  }
  return staff;
}
