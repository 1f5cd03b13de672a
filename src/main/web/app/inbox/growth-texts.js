// The growth chart's words (#/con/:student/tang-truong), in one place.
export const G = {
  title: 'Tăng trưởng',
  link: 'Biểu đồ tăng trưởng (chiều cao, cân nặng, BMI)',
  weight: 'Cân nặng theo tuổi',
  height: 'Chiều cao theo tuổi',
  bmi: 'BMI theo tuổi',
  bmiUnit: 'kg/m²',
  bmiLegend: 'Từ 5 tuổi, với BMI: trên đường tím chấm (+1 SD) là thừa cân, trên +2 SD là béo phì, dưới −2 SD là '
    + 'gầy, dưới −3 SD là gầy nặng.',
  kg: 'kg',
  cm: 'cm',
  months: 'Tháng tuổi',
  legend: 'Đường xanh lá: mức trung bình (0 SD) của trẻ cùng tuổi, cùng giới theo chuẩn WHO. Hai đường cam: −2 SD '
    + 'và +2 SD, khoảng giữa là bình thường. Đường đỏ đứt nét: −3 SD và +3 SD. Chấm xanh dương: số đo của con.',
  reference: (r) => `Chuẩn tham chiếu: ${r}.`,
  boy: 'trẻ trai',
  girl: 'trẻ gái',
  noBirth: 'Nhà trường chưa có ngày sinh hoặc giới tính của con nên chưa vẽ được đường chuẩn WHO. Các số đo vẫn '
    + 'được ghi lại dưới đây.',
  outOfRange: 'Con đã ngoài độ tuổi của chuẩn WHO mà hệ thống đang dùng (0–19 tuổi): các số đo được ghi lại, chưa '
    + 'so sánh với chuẩn.',
  empty: 'Chưa có số đo chiều cao, cân nặng nào của con.',
  measures: 'Các lần cân đo',
  measure: (h, w, bmi) => `Chiều cao ${h} cm, cân nặng ${w} kg, BMI ${bmi}`,
  indicator: {weightForAge: 'Cân nặng theo tuổi', heightForAge: 'Chiều cao theo tuổi', bmiForAge: 'BMI theo tuổi'},
  sd: (z) => `${z} SD`,
  summary: (indicator, n, last) => `${indicator}: ${n} lần đo. Lần gần nhất ${last}.`,
  summaryPoint: (date, age, value, unit, label) => `ngày ${date}, lúc ${age}, ${value} ${unit}, ${label}`,
  type: {CAN_DO: 'Cân đo', KHAM_DINH_KY: 'Khám sức khỏe định kỳ'},
  age: (years, months) => (years === 0 ? (months === 0 ? 'dưới 1 tháng' : `${months} tháng`)
    : `${years} tuổi${months === 0 ? '' : ` ${months} tháng`}`),
};
