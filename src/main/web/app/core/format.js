// Dates, times and numbers as Vietnamese readers write them: 07/12/2026, 8,5, Thứ Hai.
const ZONE = 'Asia/Ho_Chi_Minh';

const dateFmt = new Intl.DateTimeFormat('vi-VN', {timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric'});
const timeFmt = new Intl.DateTimeFormat('vi-VN', {timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false});

/** '2026-12-07' or an ISO instant → '07/12/2026'. */
export function date(value) {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  return dateFmt.format(new Date(value));
}

/** An ISO instant → '07:15'. */
export function time(value) {
  return value ? timeFmt.format(new Date(value)) : '';
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
  const parts = new Intl.DateTimeFormat('en-CA', {timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit'})
    .format(new Date());
  return parts;
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
