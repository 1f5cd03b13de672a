// What a closed class group refused (docs/web-chat.md, "A closed class group"): the text stays on the device, shown
// under the closed-group note in a box one can copy from, with a link to the class's group of the new school year
// when the conversation list has it; that link opens the new group with the text in its composer.
import {h, fill, clearToasts} from '../core/dom.js';
import {T} from './texts.js';

/** unsentBox({client, ctx, id, conversation}) → {element, off}; `conversation()` is the closed group as known now. */
export function unsentBox({client, ctx, id, conversation}) {
  const element = h('div', {class: 'chat-unsent', hidden: true});
  let texts = [];

  async function draw() {
    if (texts.length === 0) {
      element.hidden = true;
      fill(element);
      return;
    }
    const value = texts.join('\n\n');
    const box = h('textarea', {id: 'chat-unsent-text', readonly: true, rows: Math.min(4, value.split('\n').length)});
    box.value = value;
    const next = await newGroupOf(client, conversation());
    fill(element,
      h('label', {for: 'chat-unsent-text'}, T.unsentLabel), box,
      h('div', {class: 'chat-unsent-actions'},
        h('button', {type: 'button', onclick: () => copy(box)}, T.copy),
        h('button', {type: 'button', onclick: () => client.dropUnsent(id)}, T.dropUnsent)),
      next ? h('a', {class: 'chat-unsent-next', href: `#/tro-chuyen/${next.id}`,
        onclick: () => {
          client.draft(next.id, value);
          clearToasts();   // the refusal's toast would cover the new group's composer, where the text now is
        }}, T.sendToNewGroup) : null);
    element.hidden = false;
  }

  async function copy(box) {
    try {
      await navigator.clipboard.writeText(box.value);
    } catch (e) {
      // No clipboard permission (an old browser, an insecure page): select it, and the browser's own copy works.
      box.focus();
      box.select();
      if (!document.execCommand('copy')) return;
    }
    ctx.toast(T.copied);
  }

  const off = client.on('unsent', (u) => {
    if (u.conversationId !== id) return;
    texts = u.texts;
    draw();
  });
  client.unsent(id).then((t) => {
    if (t.length === 0 && texts.length === 0) return;
    texts = t;
    draw();
  });
  return {element, off};
}

/**
 * The group of the same kind the person writes in as the same participant, still open: the class's group of the new
 * school year. Several (a teacher of many classes, a parent of two children): the one named for the next grade
 * ("Lớp 6A1" → "Lớp 7A1"); none, or no single one: null (the box still has the text to copy).
 */
async function newGroupOf(client, closed) {
  if (!closed) return null;
  let all = [];
  try {
    all = await client.conversations();
  } catch (e) {
    return null;
  }
  const open = all.filter((c) => c.id !== closed.id && !c.closed && c.kind === closed.kind && c.me === closed.me);
  if (open.length === 1) return open[0];
  const head = closed.title.split(' — ')[0];
  const promoted = head.replace(/(\d+)(\S*)$/, (_, grade, rest) => `${Number(grade) + 1}${rest}`);
  const named = open.filter((c) => c.title === promoted);
  return named.length === 1 ? named[0] : null;
}
