package vn.lienlac.directory.importing.rows;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.lienlac.directory.importing.ImportColumn;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.text.ClassNames;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.directory.text.VietnameseText;
import vn.lienlac.platform.text.UnsafeText;

/**
 * The rules for single fields of one row, shared by every kind of import. Each method reads a column, reports
 * what is wrong to the row's {@link RowIssues} (with a Vietnamese message quoting the value) and returns the
 * normalised value, or null when the cell is empty or wrong.
 */
final class RowFields<C extends ImportColumn> {

    static final int MAX_CODE = 50;
    static final int MAX_NAME = 150;
    static final int MAX_CLASS_NAME = 50;
    static final int MAX_SUBJECT = 100;
    static final int MAX_EMAIL = 254;
    private static final int QUOTE_LIMIT = 60;
    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

    private final RowInput<C> input;
    private final RowIssues issues;

    RowFields(RowInput<C> input, RowIssues issues) {
        this.input = input;
        this.issues = issues;
    }

    /**
     * The cell as NFC text (trimmed, spaces collapsed, bidi controls and invisible characters removed: see
     * {@link UnsafeText}), or null. A cell holding a lone surrogate is an {@code INVALID_TEXT} error.
     */
    String text(C column) {
        return clean(column, false);
    }

    /** A required code (student or staff code): trimmed, at most {@value #MAX_CODE} characters. */
    String code(C column) {
        String code = required(column);
        return code != null && withinLength(column, code, MAX_CODE) ? code : null;
    }

    /** A person's name in NFC, at most {@value #MAX_NAME} characters. */
    String name(C column, boolean required) {
        String name = required ? required(column) : text(column);
        return name != null && withinLength(column, name, MAX_NAME) ? name : null;
    }

    /** A date between {@code earliest} and {@code today}, inclusive. */
    LocalDate date(C column, boolean required, LocalDate earliest, LocalDate today) {
        String text = required ? required(column) : text(column);
        if (text == null) {
            return null;
        }
        LocalDate date = DateValues.parse(text);
        if (date == null) {
            error(column, "INVALID_DATE", "“" + columnName(column) + "” có giá trị " + quote(text)
                    + " không phải ngày hợp lệ; hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/09/2012.");
        } else if (date.isAfter(today)) {
            error(column, "FUTURE_DATE", "“" + columnName(column) + "” có giá trị " + quote(text)
                    + " là ngày trong tương lai.");
        } else if (date.isBefore(earliest)) {
            error(column, "INVALID_DATE", "“" + columnName(column) + "” có giá trị " + quote(text) + " trước ngày "
                    + earliest.format(DISPLAY_DATE) + "; hãy kiểm tra lại.");
        } else {
            return date;
        }
        return null;
    }

    /** Nam/Nữ (also nam, nu, M, F, male, female in any case); blank gives null, anything else is an error. */
    Gender gender(C column) {
        return gender(column, true);
    }

    /**
     * As {@code gender(column)}, but an unrecognised value is only a warning when not {@code strict}: the row is
     * still imported, without a gender.
     */
    Gender gender(C column, boolean strict) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        return switch (VietnameseText.searchKey(text)) {
            case "nam", "m", "male" -> Gender.MALE;
            case "nu", "f", "female" -> Gender.FEMALE;
            default -> {
                String message = "Giới tính " + quote(text) + " không hợp lệ; hãy ghi “Nam” hoặc “Nữ”.";
                if (strict) {
                    error(column, "INVALID_GENDER", message);
                } else {
                    warning(column, "INVALID_GENDER", message + " Dòng này vẫn được nhập, không đổi giới tính.");
                }
                yield null;
            }
        };
    }

    /** An optional mobile number in E.164; an invalid one is an error, never guessed. */
    String phone(C column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Optional<String> phone = PhoneNumbers.normalise(text);
        if (phone.isEmpty()) {
            error(column, "INVALID_PHONE", "Số điện thoại " + quote(text) + " ở “" + columnName(column)
                    + "” không phải số di động Việt Nam hợp lệ (10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09).");
        }
        return phone.orElse(null);
    }

    /** An optional e-mail address, lower-cased. */
    String email(C column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_EMAIL || !EMAIL.matcher(text).matches()) {
            error(column, "INVALID_EMAIL", "Email " + quote(text) + " không hợp lệ.");
            return null;
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** A class name in canonical form ({@code 6A1}). */
    String className(C column, boolean required) {
        String name = ClassNames.normalise(required ? required(column) : text(column));
        return name != null && withinLength(column, name, MAX_CLASS_NAME) ? name : null;
    }

    /** A list of class names, canonical and without repeats. */
    List<String> classNames(C column) {
        return distinct(column, input.items(column).stream().map(ClassNames::normalise).toList(), MAX_CLASS_NAME);
    }

    /** A list of subjects, NFC and without repeats. */
    List<String> subjects(C column) {
        return distinct(column, input.items(column).stream().map(VietnameseText::nfc).toList(), MAX_SUBJECT);
    }

    /** How errors name this column. */
    String columnName(C column) {
        return input.columnName(column);
    }

    void error(C column, String code, String message) {
        issues.error(columnName(column), code, message);
    }

    void warning(C column, String code, String message) {
        issues.warning(columnName(column), code, message);
    }

    /** The value in quotes for a message, shortened when very long. */
    static String quote(String value) {
        String shown = value.length() > QUOTE_LIMIT ? value.substring(0, QUOTE_LIMIT) + "…" : value;
        return "“" + shown + "”";
    }

    /** The cell as NFC text; an empty cell is a {@code REQUIRED} error. */
    String required(C column) {
        return clean(column, true);
    }

    private String clean(C column, boolean required) {
        String raw = input.text(column);
        if (UnsafeText.hasUnstorable(raw)) {
            error(column, "INVALID_TEXT", "“" + columnName(column) + "” chứa ký tự không hợp lệ (ký tự rỗng hoặc"
                    + " một nửa cặp ký tự UTF-16, thường do lỗi sao chép); hãy gõ lại ô này.");
            return null;
        }
        String text = VietnameseText.nfc(raw);
        if (text == null && required) {
            error(column, "REQUIRED", "“" + columnName(column) + "” không được để trống.");
        }
        return text;
    }

    private boolean withinLength(C column, String value, int max) {
        if (value.codePointCount(0, value.length()) <= max) {
            return true;
        }
        error(column, "TOO_LONG", "“" + columnName(column) + "” dài quá " + max + " ký tự: " + quote(value));
        return false;
    }

    private List<String> distinct(C column, List<String> values, int max) {
        var kept = new LinkedHashSet<String>();
        for (String value : values) {
            if (value != null && withinLength(column, value, max)) {
                kept.add(value);
            }
        }
        return List.copyOf(kept);
    }
}
