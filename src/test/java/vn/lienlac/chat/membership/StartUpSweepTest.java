package vn.lienlac.chat.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;

/**
 * The start-up sweep catches up with directory changes no reconcile followed (a pod that stopped before its
 * observer ran). It is called here directly: the application's own sweep ran when the test database was empty.
 */
@QuarkusTest
class StartUpSweepTest {

    @Inject
    TestSchools schools;
    @Inject
    PeopleFixtures people;
    @Inject
    ChatDirectory directory;
    @Inject
    ChatSchools chatSchools;
    @Inject
    MembershipTriggers triggers;

    @Test
    void schoolChangedWithoutAnImportEventGetsItsGroupsFromTheSweep() {
        String school = schools.newSchool();
        long teacher = people.staff(school, PeopleFixtures.code("CB"), "Phạm Thị Lan", "TEACHER",
                PeopleFixtures.phone(), true);
        long schoolClass = people.schoolClass(school, "2026-2027", "8A3", teacher);
        long student = people.student(school, PeopleFixtures.code("HS"), "Đỗ Minh Châu", true);
        people.enroll(student, schoolClass);
        long guardian = people.guardian(PeopleFixtures.phone(), "Đỗ Văn Quang");
        people.link(student, guardian, "FATHER", true);

        long swept = triggers.sweep(List.of(chatSchools.byCode(school).await().atMost(Duration.ofSeconds(10))))
                .await().atMost(Duration.ofSeconds(30));

        assertEquals(1, swept);
        assertEquals(Set.of("s:" + teacher, "g:" + guardian),
                directory.members(directory.classGroup(school, "8A3", "CLASS")));
        assertEquals(Set.of("s:" + teacher), directory.members(directory.staffGroup(school)));
    }
}
