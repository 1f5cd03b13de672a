// One more deliberate tap instead of a browser dialog: a danger button that, tapped, is replaced in place by
// "confirm" / "keep". Used wherever an action cannot be undone (cancel a scheduled send, revoke a key, withdraw).
import {h, fill} from './dom.js';

/**
 * twoTap({label, ariaLabel, confirm, confirmAriaLabel, keep, act, failed, question}) → the element holding the controls.
 * With a `question`, the second step shows it as a line above its buttons, and the box has the class "asking".
 * `act()` runs after the second tap with both buttons disabled; if it throws, the first button comes back and
 * `failed(error)` runs (a toast or an error line: the caller decides).
 */
export function twoTap({label, ariaLabel, confirm, confirmAriaLabel, keep, act, failed, question,
  className = 'actions'}) {
  const box = h('div', {class: className});
  const ask = () => {
    const first = h('button', {type: 'button', class: 'danger', 'aria-label': ariaLabel}, label);
    first.addEventListener('click', second);
    box.classList.remove('asking');
    fill(box, first);
  };
  const second = () => {
    const yes = h('button', {type: 'button', class: 'danger', 'aria-label': confirmAriaLabel}, confirm);
    const no = h('button', {type: 'button'}, keep);
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      no.disabled = true;
      try {
        await act();
      } catch (e) {
        ask();
        if (failed) failed(e);
      }
    });
    no.addEventListener('click', () => {
      ask();
      box.firstChild.focus();
    });
    if (question) box.classList.add('asking');
    fill(box, question ? h('p', {class: 'two-tap-question'}, question) : null, yes, no);
    yes.focus();
  };
  ask();
  return box;
}
