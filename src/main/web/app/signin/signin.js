// Sign-in: phone number → one-time code (families and staff), a password (staff), or the sector SSO (staff, where
// configured), in the browser flow of docs/auth.md: the server sets the refresh cookie, this page never sees a
// refresh token.
import {h, fill, useCss} from '../core/dom.js';
import * as auth from '../core/auth.js';
import {T} from './texts.js';

function problemText(error) {
  if (error instanceof TypeError) return T.offline;
  if (error.status === 429) return T.tooMany(error.retryAfter || 60);
  const fields = (error.problem && error.problem.errors) || [];
  return fields.length ? fields.map((f) => f.message).join(' ') : error.message;
}

export function render(root, params = {}) {
  useCss('/app/signin/signin.css');
  document.title = `${T.title} – Liên Lạc`;
  const box = h('section', {class: 'signin card'});
  const sso = h('section', {class: 'signin sso', hidden: true});
  fill(root, h('main', {class: 'signin-page', id: 'view'},
    h('div', {class: 'brand'}, h('img', {src: '/icons/icon.svg', alt: '', width: 56, height: 56}),
      h('h1', null, 'Liên Lạc')), h('p', {class: 'lead'}, T.intro), box, sso));
  const answer = auth.takeSsoReturn();
  if (answer) ssoReturnStep(box, answer);
  else if (params.code) invitationStep(box, params.code);
  else phoneStep(box);
  offerSso(sso);
}

/**
 * Opened from an invitation's short link (/moi/<code> → #/dang-nhap/moi/<code>): the code, never the number, is in
 * the URL; the server answers the number it was sent to, which fills the phone field. The code leaves the address
 * bar and the history at once.
 */
async function invitationStep(box, code) {
  history.replaceState(null, '', '#/dang-nhap');
  fill(box, h('h2', null, T.title), h('p', {role: 'status'}, T.working));
  let invitation = null;
  try {
    const response = await fetch(`/api/v1/adoption/invitations/${encodeURIComponent(code)}`,
      {credentials: 'omit', headers: {Accept: 'application/json'}});
    invitation = response.ok ? await response.json() : null;
  } catch (err) {
    invitation = null; // offline: the plain sign-in, the number typed by hand
  }
  phoneStep(box, invitation ? invitation.phone : '');
  box.prepend(h('p', {class: invitation ? 'hint' : 'error', role: 'status'},
    invitation ? T.invited(invitation.schoolName) : T.invitationGone));
}

/** The sector SSO's button, shown only where the server has one for browsers. */
async function offerSso(section) {
  const settings = await auth.ssoSettings().catch(() => ({enabled: false}));
  if (!settings.enabled) return;
  const button = h('button', {type: 'button'}, T.useSso);
  button.addEventListener('click', async () => {
    busy(button, true, T.useSso);
    try {
      const {start} = await import('./sso.js');
      await start(settings);
    } catch (err) {
      busy(button, false, T.useSso); // offline: the module could not load
    }
  });
  fill(section, h('p', {class: 'or'}, T.or), button, h('p', {class: 'hint'}, T.ssoHint));
  section.hidden = false;
}

/** Back from the SSO's page: the sign-in completes here; a failure is said at the top of the sign-in card. */
async function ssoReturnStep(box, answer) {
  fill(box, h('h2', null, T.title), h('p', {role: 'status'}, T.ssoSigningIn));
  try {
    const sso = await import('./sso.js');
    await sso.finish(answer);
  } catch (err) {
    phoneStep(box);
    const error = errorLine();
    box.prepend(error);
    showError(error, err);
  }
}

function errorLine() {
  return h('p', {class: 'error', role: 'alert', hidden: true});
}

function showError(line, error) {
  line.textContent = problemText(error);
  line.hidden = false;
}

function busy(button, on, label) {
  button.disabled = on;
  button.textContent = on ? T.working : label;
}

function phoneStep(box, phoneValue = '') {
  const phone = h('input', {id: 'phone', name: 'phone', type: 'tel', inputmode: 'tel', autocomplete: 'tel',
    required: true, value: phoneValue, 'aria-describedby': 'phone-hint'});
  const error = errorLine();
  const submit = h('button', {type: 'submit', class: 'primary'}, T.getCode);
  const form = h('form', {onsubmit: async (e) => {
    e.preventDefault();
    busy(submit, true, T.getCode);
    error.hidden = true;
    try {
      const sent = await auth.requestCode(phone.value);
      codeStep(box, phone.value, sent);
    } catch (err) {
      showError(error, err);
      busy(submit, false, T.getCode);
    }
  }},
  h('h2', null, T.title),
  h('label', {for: 'phone'}, T.phone), phone, h('p', {class: 'hint', id: 'phone-hint'}, T.phoneHint),
  error, submit,
  h('button', {type: 'button', class: 'link', onclick: () => passwordStep(box)}, T.usePassword));
  fill(box, form);
  phone.focus();
}

function codeStep(box, phoneValue, sent) {
  const code = h('input', {id: 'code', name: 'code', type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code',
    pattern: '[0-9]{6}', maxlength: 6, required: true});
  const error = errorLine();
  const submit = h('button', {type: 'submit', class: 'primary'}, T.signIn);
  const resend = h('button', {type: 'button', class: 'link', disabled: true}, T.resend);
  const resendAt = sent && sent.resendAfter ? Date.parse(sent.resendAfter) : Date.now() + 60_000;
  const timer = setInterval(() => {
    const left = Math.ceil((resendAt - Date.now()) / 1000);
    if (!resend.isConnected) clearInterval(timer);
    else if (left > 0) resend.textContent = T.resendIn(left);
    else {
      resend.textContent = T.resend;
      resend.disabled = false;
      clearInterval(timer);
    }
  }, 1000);
  resend.addEventListener('click', async () => {
    resend.disabled = true;
    try {
      codeStep(box, phoneValue, await auth.requestCode(phoneValue));
    } catch (err) {
      showError(error, err);
    }
  });
  const form = h('form', {onsubmit: async (e) => {
    e.preventDefault();
    busy(submit, true, T.signIn);
    error.hidden = true;
    try {
      await auth.signInWithCode(phoneValue, code.value.trim());
      clearInterval(timer);
    } catch (err) {
      showError(error, err);
      busy(submit, false, T.signIn);
      code.select();
    }
  }},
  h('h2', null, T.title),
  h('p', {class: 'hint'}, T.codeSent(phoneValue)),
  h('label', {for: 'code'}, T.code), code, error, submit, resend,
  h('button', {type: 'button', class: 'link', onclick: () => {
    clearInterval(timer);
    phoneStep(box, phoneValue);
  }}, T.otherNumber));
  fill(box, form);
  code.focus();
}

function passwordStep(box) {
  const login = h('input', {id: 'login', name: 'login', type: 'text', autocomplete: 'username', required: true});
  const password = h('input', {id: 'password', name: 'password', type: 'password',
    autocomplete: 'current-password', required: true});
  const error = errorLine();
  const submit = h('button', {type: 'submit', class: 'primary'}, T.signIn);
  const form = h('form', {onsubmit: async (e) => {
    e.preventDefault();
    busy(submit, true, T.signIn);
    error.hidden = true;
    try {
      await auth.signInWithPassword(login.value.trim(), password.value);
    } catch (err) {
      showError(error, err);
      busy(submit, false, T.signIn);
    }
  }},
  h('h2', null, T.title),
  h('label', {for: 'login'}, T.login), login, h('label', {for: 'password'}, T.password), password, error, submit,
  h('button', {type: 'button', class: 'link', onclick: () => phoneStep(box)}, T.useCode));
  fill(box, form);
  login.focus();
}
