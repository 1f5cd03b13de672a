package vn.lienlac.directory.rest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One student row of an import with their parents, written out in any column order: as cells under the Vietnamese
 * headers of a CSDL export (dates {@code dd/MM/yyyy}), or as a JSON item of a portal push (dates ISO).
 * A blank parent is written as empty cells.
 */
record StudentLine(String code, String fullName, LocalDate dateOfBirth, String gender, String className,
        String fatherName, String fatherPhone, String motherName, String motherPhone) {

    /** The headers of a sector export, in its usual order. */
    static final List<String> HEADER = List.of("Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Lớp",
            "Họ tên cha", "SĐT cha", "Họ tên mẹ", "SĐT mẹ");

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A student with a father only. */
    static StudentLine withFather(String code, String fullName, String className, String fatherName,
            String fatherPhone) {
        return new StudentLine(code, fullName, LocalDate.of(2013, 9, 5), "Nam", className, fatherName, fatherPhone,
                "", "");
    }

    StudentLine inClass(String otherClass) {
        return new StudentLine(code, fullName, dateOfBirth, gender, otherClass, fatherName, fatherPhone, motherName,
                motherPhone);
    }

    /** The cell under one of {@link #HEADER}. */
    String cell(String header) {
        return switch (header) {
            case "Mã học sinh" -> code;
            case "Họ và tên" -> fullName;
            case "Ngày sinh" -> dateOfBirth.format(DAY_FIRST);
            case "Giới tính" -> gender;
            case "Lớp" -> className;
            case "Họ tên cha" -> fatherName;
            case "SĐT cha" -> fatherPhone;
            case "Họ tên mẹ" -> motherName;
            case "SĐT mẹ" -> motherPhone;
            default -> throw new IllegalArgumentException("not a student column: " + header);
        };
    }

    /** The cells of this row under the given headers, in their order. */
    List<String> cells(List<String> header) {
        return header.stream().map(this::cell).toList();
    }

    /** This row as a portal sends it: the JSON field names of docs/import.md, blank values as null. */
    Map<String, Object> json() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("studentCode", code);
        item.put("fullName", fullName);
        item.put("dateOfBirth", dateOfBirth.toString());
        item.put("gender", gender);
        item.put("className", className);
        item.put("fatherName", blankToNull(fatherName));
        item.put("fatherPhone", blankToNull(fatherPhone));
        item.put("motherName", blankToNull(motherName));
        item.put("motherPhone", blankToNull(motherPhone));
        return item;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "StudentLine[code=" + code + "]";
    }
}
