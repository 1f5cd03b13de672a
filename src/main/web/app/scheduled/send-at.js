// "Hẹn giờ gửi": a tick that opens a day and a time (Vietnam's wall clock), with the moment spelled out under them
// ("Sẽ gửi lúc 07:00 thứ Hai 14/12/2026") and a moment not in the future refused before anything is sent. The server
// checks again (not after now, at most 30 days ahead: docs/directives.md, "Scheduled sends").
import {h} from '../core/dom.js';
import {today} from '../core/format.js';
import {S} from './texts.js';

/**
 * Returns {element, value(), problem(), reset()}: value() is the chosen moment as '2026-12-14T07:00:00+07:00' or null
 * when not ticked; problem() a Vietnamese sentence when ticked but incomplete or not in the future, else null.
 */
export function sendAtPicker(prefix) {
  const tick = h('input', {type: 'checkbox', id: `${prefix}-send-at`});
  const day = h('input', {type: 'date', id: `${prefix}-send-day`, min: today()});
  const at = h('input', {type: 'time', id: `${prefix}-send-time`, step: 60});
  const line = h('p', {class: 'send-at-line', role: 'status', 'aria-live': 'polite'});
  const fields = h('div', {class: 'send-at-fields', hidden: true},
    h('div', {class: 'field'}, h('label', {for: day.id}, S.day), day),
    h('div', {class: 'field'}, h('label', {for: at.id}, S.at), at));
  const chosen = () => (tick.checked && day.value && at.value ? `${day.value}T${at.value.slice(0, 5)}:00+07:00` : null);
  function problem() {
    if (!tick.checked) return null;
    const iso = chosen();
    if (!iso) return S.pickBoth;
    return new Date(iso).getTime() > Date.now() ? null : S.notFuture;
  }
  function draw() {
    fields.hidden = !tick.checked;
    const iso = chosen();
    line.textContent = !tick.checked ? '' : problem() || S.willSend(iso);
    line.classList.toggle('error', Boolean(tick.checked && iso && problem()));
  }
  for (const input of [tick, day, at]) input.addEventListener('input', draw);
  tick.addEventListener('change', () => {
    if (tick.checked && !day.value) day.value = today();
    draw();
  });
  return {
    element: h('fieldset', {class: 'send-at'}, h('div', {class: 'check'}, tick, h('label', {for: tick.id}, S.schedule)),
      fields, line),
    value: () => chosen(),
    problem,
    reset() {
      tick.checked = false;
      day.value = '';
      at.value = '';
      draw();
    },
  };
}
