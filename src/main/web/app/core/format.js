// Dates, times and numbers as Vietnamese readers write them: 07/12/2026, 8,5, Thứ Hai.
const pad = (n) => String(n).padStart(2, '0');
/** The instant's clock in Vietnam (UTC+7 all year since 1975; no Intl on the first screen: docs/web.md). */
const local = (value) => new Date(new Date(value).getTime() + 7 * 3600 * 1000);

/** '2026-12-07' or an ISO instant → '07/12/2026'. */
export function date(value) {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const t = local(value);
  return `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}

/** An ISO instant → '07:15'. */
export function time(value) {
  if (!value) return '';
  const t = local(value);
  return `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
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

/** Text without case or diacritics, for matching what a person types ("Bùi Văn Toán" and "bui van toan"). */
export function searchKey(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
