// A teacher's name field that suggests the school's staff as one types, with or without diacritics ("bui van"
// finds "Bùi Văn Toán"): one listbox shared by every field it is attached to (the ARIA combobox pattern). ↓/↑ move
// through the suggestions, Enter takes one, Escape closes; a name that matches nobody is kept as typed.
import {h, fill} from '../../core/dom.js';
import {searchKey} from '../../core/format.js';

const MAX = 8;
const LIST_ID = 'staff-picker-list';

/** staff: [{fullName, subjects}] → {attach(input)}. */
export function staffPicker(staff, texts) {
  const people = staff.map((s) => ({name: s.fullName, detail: (s.subjects || []).join(', '),
    key: searchKey(s.fullName)}));
  const list = h('ul', {id: LIST_ID, role: 'listbox', class: 'picker-list', 'aria-label': texts.teacher});
  let input = null;
  let shown = [];
  let active = -1;

  function close() {
    if (input) {
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }
    list.remove();
    shown = [];
    active = -1;
  }

  function open(field) {
    input = field;
    const q = searchKey(field.value.trim());
    shown = q ? people.filter((p) => p.key.includes(q)).slice(0, MAX) : people.slice(0, MAX);
    active = -1;
    fill(list, shown.length === 0 ? h('li', {class: 'picker-none', role: 'presentation'}, texts.noStaffMatch)
      : shown.map((p, i) => h('li', {id: `${LIST_ID}-${i}`, role: 'option', 'aria-selected': 'false',
        onmousedown: (e) => { e.preventDefault(); take(i); }}, p.name,
      p.detail ? h('small', null, p.detail) : null)));
    field.parentElement.append(list);
    field.setAttribute('aria-expanded', 'true');
  }

  function move(by) {
    if (shown.length === 0) return;
    active = (active + by + shown.length) % shown.length;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', `${LIST_ID}-${active}`);
    list.children[active].scrollIntoView({block: 'nearest'});
  }

  function take(i) {
    const field = input;
    field.value = shown[i].name;
    close();
    field.dispatchEvent(new Event('input', {bubbles: true}));
  }

  return {
    attach(field) {
      field.setAttribute('role', 'combobox');
      field.setAttribute('aria-autocomplete', 'list');
      field.setAttribute('aria-expanded', 'false');
      field.setAttribute('aria-controls', LIST_ID);
      field.setAttribute('autocomplete', 'off');
      field.addEventListener('input', (e) => { if (e.isTrusted) open(field); });
      field.addEventListener('blur', close);
      field.addEventListener('keydown', (e) => {
        const isOpen = input === field && list.isConnected;
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          if (!isOpen) open(field);
          move(e.key === 'ArrowDown' ? 1 : -1);
        } else if (e.key === 'Enter' && isOpen && active >= 0) {
          e.preventDefault();
          take(active);
        } else if (e.key === 'Escape' && isOpen) {
          e.preventDefault();
          close();
        }
      });
    },
  };
}
