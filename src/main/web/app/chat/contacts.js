// Start a direct conversation: the people I may message (GET /contacts?q=), then POST /direct.
import {h, fill, useCss} from '../core/dom.js';
import {T} from './texts.js';

export function render(view, params, ctx) {
  useCss('/app/chat/chat.css');
  ctx.setTitle(T.contactsTitle);
  const input = h('input', {id: 'contact-search', type: 'search', autocomplete: 'off', 'aria-describedby': 'contact-hint'});
  const ul = h('ul', {class: 'list', 'aria-label': T.contacts});
  const status = h('p', {class: 'hint', role: 'status'});
  fill(view, h('label', {for: 'contact-search'}, T.search), input,
    h('p', {class: 'hint', id: 'contact-hint'}, T.searchHint), status, ul);
  let timer = null;
  let asked = 0;

  async function search() {
    const n = ++asked;
    try {
      const q = input.value.trim();
      const people = await ctx.api.get(`/api/v1/chat/contacts${q ? '?q=' + encodeURIComponent(q) : ''}`);
      if (n !== asked) return;
      status.textContent = people.length ? '' : T.noContacts;
      fill(ul, people.map((p) => h('li', null, h('button', {type: 'button', class: 'row', onclick: () => open(p)},
        h('span', {class: 'row-main'}, h('span', {class: 'row-title'}, p.fullName),
          h('span', {class: 'row-sub'}, p.roleLabel || ''))))));
    } catch (e) {
      if (n === asked) status.textContent = e.message;
    }
  }

  async function open(person) {
    try {
      const c = await ctx.api.post('/api/v1/chat/direct', {with: person.participant});
      ctx.go(`/tro-chuyen/${c.id}`);
    } catch (e) {
      ctx.toast(e.message, 'error');
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 300);
  });
  search();
  input.focus();
  return () => clearTimeout(timer);
}
