package vn.lienlac.chat.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.model.StaffRole;

/** The wording of members' and contacts' roles. */
class RoleLabelsTest {

    @Test
    void homeroomComesBeforeTeachingAndPosition() {
        assertEquals("Giáo viên chủ nhiệm", RoleLabels.staff(StaffRole.VICE_PRINCIPAL, List.of("6A1"),
                List.of("6A1"), List.of("Toán"), false));
        assertEquals("Giáo viên chủ nhiệm lớp 6A1, 6A2", RoleLabels.staff(StaffRole.TEACHER, List.of("6A1", "6A2"),
                List.of(), List.of(), true));
    }

    @Test
    void subjectTeachersAreNamedByTheirSubjects() {
        assertEquals("Giáo viên bộ môn Tin học, Toán lớp 7A1", RoleLabels.staff(StaffRole.TEACHER, List.of(),
                List.of("7A1"), List.of("Tin học", "Toán"), true));
        assertEquals("Giáo viên bộ môn", RoleLabels.staff(StaffRole.TEACHER, List.of(), List.of("7A1"), List.of(),
                false));
    }

    @Test
    void staffWithoutAClassInQuestionAreNamedByPosition() {
        assertEquals("Hiệu trưởng", RoleLabels.staff(StaffRole.PRINCIPAL, List.of(), List.of(), List.of(), true));
        assertEquals("Chuyên viên Phòng GDĐT",
                RoleLabels.staff(StaffRole.DISTRICT_OFFICER, List.of(), List.of(), List.of(), true));
    }

    @Test
    void guardiansAreNamedByTheChildrenInQuestion() {
        assertEquals("Phụ huynh em Nguyễn Minh An", RoleLabels.guardian(List.of("Nguyễn Minh An")));
        assertEquals("Phụ huynh em Lê Gia Bảo, em Lê Gia Bình",
                RoleLabels.guardian(List.of("Lê Gia Bảo", "Lê Gia Bình")));
        assertEquals("Phụ huynh", RoleLabels.guardian(List.of()));
    }
}
