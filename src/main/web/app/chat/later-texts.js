// The words of "send later", in one place.
export const L = {
  now: 'Gửi ngay',
  hint: 'Phụ huynh nhận tin vào buổi sáng, không bị làm phiền ban đêm.',
  scheduled: (hhmm, day) => `Tin nhắn sẽ được gửi lúc ${hhmm} ngày ${day}.`,
  failed: 'Không hẹn giờ gửi được. Vui lòng thử lại.',
};
