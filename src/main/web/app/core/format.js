// Dates, times and numbers as Vietnamese readers write them: 07/12/2026, 8,5, Thứ Hai.
//
// Vietnam's clock (Asia/Ho_Chi_Minh) has been UTC+7 all year, without daylight saving, since 1975: dates and times are
// worked out from that offset rather than with Intl.DateTimeFormat, whose first use loads the locale's and the time
// zone's data (tens of milliseconds on a cheap phone, on the first screen of every load). Older instants, which the
// app never shows, still go through Intl.
const ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 3600 * 1000;
const FIXED_SINCE = Date.UTC(1976, 0, 1);
let intl = null;

const pad = (n) => String(n).padStart(2, '0');

/** The instant's wall clock in Vietnam as a Date whose UTC fields are that clock's; null before FIXED_SINCE. */
function local(value) {
  const t = new Date(value).getTime();
  return t >= FIXED_SINCE ? new Date(t + OFFSET_MS) : null;
}

function intlFormats() {
  if (!intl) {
    intl = {
      date: new Intl.DateTimeFormat('vi-VN', {timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric'}),
      time: new Intl.DateTimeFormat('vi-VN', {timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false}),
    };
  }
  return intl;
}

/** '2026-12-07' or an ISO instant → '07/12/2026'. */
export function date(value) {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const t = local(value);
  return t ? `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`
    : intlFormats().date.format(new Date(value));
}

/** An ISO instant → '07:15'. */
export function time(value) {
  if (!value) return '';
  const t = local(value);
  return t ? `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}` : intlFormats().time.format(new Date(value));
}

/** Today's time for today's instants, else the date. */
export function when(value) {
  if (!value) return '';
  return date(value) === date(new Date().toISOString()) ? time(value) : date(value);
}

/** 8.5 → '8,5'; 8.0 → '8'. */
export function decimal(n) {
  if (n === null || n === undefined || n === '') return '';
  return String(Number(n)).replace('.', ',');
}

/** Today in Vietnam as yyyy-MM-dd. */
export function today() {
  const t = local(Date.now());
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** 'Thứ Hai', … for a yyyy-MM-dd. */
export function weekday(isoDate) {
  const names = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
  const [y, m, d] = isoDate.split('-').map(Number);
  return names[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

/** A count with Vietnamese thousands: 1.234. */
export function count(n) {
  return new Intl.NumberFormat('vi-VN').format(n);
}
