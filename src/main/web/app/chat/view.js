// Small pieces the chat screens share.
import {T} from './texts.js';

/** One line about a message: its text, "Ảnh", "Tệp …", or that it was recalled. */
export function preview(m, me = []) {
  const who = me.includes(m.sender) ? `${T.you}: ` : '';
  if (m.recalled) return m.sender ? T.recalled : T.withdrawn;
  if (m.hidden) return T.hidden;
  if (m.text) return who + m.text;
  if (m.fileName || m.attachment) {
    const a = m.attachment || {fileName: m.fileName};
    return who + (a.contentType === 'application/pdf' || /\.pdf$/i.test(a.fileName || '') ? `${T.file} ${a.fileName || ''}`
      : T.photo);
  }
  return '';
}
