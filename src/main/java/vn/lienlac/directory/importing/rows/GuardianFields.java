package vn.lienlac.directory.importing.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.lienlac.directory.importing.StudentColumn;
import vn.lienlac.directory.model.GuardianRecord;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.text.PhoneNumbers;

/**
 * The father, mother and guardian columns of a student row. A guardian exists when a phone is given (the phone
 * is how the guardian signs in): a name without a phone is skipped with a warning, a phone without a name is an
 * error. Two guardians with one number (a family phone) are both kept, with a warning.
 */
final class GuardianFields {

    private record Slot(Relationship relationship, StudentColumn name, StudentColumn phone) {
    }

    private static final List<Slot> SLOTS = List.of(
            new Slot(Relationship.FATHER, StudentColumn.FATHER_NAME, StudentColumn.FATHER_PHONE),
            new Slot(Relationship.MOTHER, StudentColumn.MOTHER_NAME, StudentColumn.MOTHER_PHONE),
            new Slot(Relationship.GUARDIAN, StudentColumn.GUARDIAN_NAME, StudentColumn.GUARDIAN_PHONE));

    private GuardianFields() {
    }

    static List<GuardianRecord> read(RowFields<StudentColumn> fields) {
        List<GuardianRecord> guardians = new ArrayList<>();
        for (Slot slot : SLOTS) {
            String name = fields.name(slot.name(), false);
            if (fields.text(slot.phone()) == null) {
                if (name != null) {
                    fields.warning(slot.name(), "GUARDIAN_WITHOUT_PHONE", "Có “" + fields.columnName(slot.name())
                            + "” nhưng thiếu “" + fields.columnName(slot.phone())
                            + "”; người này chưa được thêm làm phụ huynh.");
                }
                continue;
            }
            String phone = fields.phone(slot.phone());
            if (fields.text(slot.name()) == null) {
                fields.error(slot.name(), "REQUIRED", "Có “" + fields.columnName(slot.phone()) + "” nhưng thiếu “"
                        + fields.columnName(slot.name()) + "”.");
            }
            if (name != null && phone != null) {
                warnIfShared(fields, guardians, slot, phone);
                guardians.add(new GuardianRecord(slot.relationship(), name, phone));
            }
        }
        return List.copyOf(guardians);
    }

    private static void warnIfShared(RowFields<StudentColumn> fields, List<GuardianRecord> earlier, Slot slot,
            String phone) {
        earlier.stream().filter(other -> other.phone().equals(phone)).findFirst().ifPresent(other ->
                fields.warning(slot.phone(), "SHARED_PHONE", other.relationship().label() + " và "
                        + slot.relationship().label().toLowerCase(Locale.forLanguageTag("vi"))
                        + " dùng chung số điện thoại " + PhoneNumbers.display(phone) + "."));
    }
}
