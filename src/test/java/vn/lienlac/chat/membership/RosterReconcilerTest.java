package vn.lienlac.chat.membership;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.chat.membership.ChatDirectory.student;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;

/**
 * Class and school groups follow the directory: every import below goes through the REST API, and the groups
 * catch up asynchronously (docs/chat-groups.md).
 */
@QuarkusTest
class RosterReconcilerTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @Inject
    TestSchools schools;

    @Inject
    ChatDirectory directory;

    @Inject
    RosterReconciler membership;

    @Test
    void classGroupHoldsItsTeachersAndTheGuardiansOfItsStudents() {
        SampleSchool school = SampleSchool.create(schools, directory);
        Set<String> expected6A1 = Set.of(staff(school.homeroom), staff(school.maths), guardian(school.father1),
                guardian(school.mother1), guardian(school.father4));

        awaitMembers(school.code, "6A1", expected6A1);
        awaitMembers(school.code, "6A2", Set.of(staff(school.maths), staff(school.teacher6A2),
                guardian(school.mother3)));
        await().atMost(PROMPTLY).until(() -> directory.members(directory.staffGroup(school.code)).equals(
                Set.of(staff(school.principal), staff(school.vicePrincipal), staff(school.homeroom),
                        staff(school.maths), staff(school.teacher6A2))));

        long group = directory.classGroup(school.code, "6A1", "CLASS");
        List<String> events = directory.events(group, 0);
        assertEquals(LongStream.rangeClosed(1, 5).boxed().toList(), seqs(events), events::toString);
        assertEquals(expected6A1, events.stream().map(e -> e.split(" ")[2]).collect(Collectors.toSet()));
        assertTrue(events.stream().allMatch(e -> e.contains(" MEMBER_JOINED ")), events::toString);
        assertEquals(1, schools.count("SELECT count(*) FROM conversation WHERE id = $1 AND title = 'Lớp 6A1'", group));
        assertNull(directory.classGroup(school.code, "6A1", "CLASS_PARENTS"), "parents groups are off by default");
    }

    @Test
    void studentMovedToAnotherClassTakesTheirGuardiansAlong() {
        SampleSchool school = settled(SampleSchool.create(schools, directory));
        long from = directory.classGroup(school.code, "6A1", "CLASS");
        long to = directory.classGroup(school.code, "6A2", "CLASS");
        long fromSeq = directory.lastSeq(from);
        long toSeq = directory.lastSeq(to);

        directory.importStudents(school.code, "delta", List.of(student(school.s4, "6A2", school.father4, null)));

        String father4 = guardian(school.father4);
        await().atMost(PROMPTLY).until(() -> directory.members(to).contains(father4)
                && !directory.members(from).contains(father4));
        assertEquals(List.of((fromSeq + 1) + " MEMBER_LEFT " + father4), directory.events(from, fromSeq));
        assertEquals(List.of((toSeq + 1) + " MEMBER_JOINED " + father4), directory.events(to, toSeq));
        assertTrue(directory.hasLeft(from, father4), "the membership row stays, inactive, with left_at");
    }

    @Test
    void guardianDeactivatedBySnapshotLeavesEveryConversationAndAParentWithAChildLeftStays() {
        SampleSchool school = settled(SampleSchool.create(schools, directory));
        String father1 = guardian(school.father1);
        String mother1 = guardian(school.mother1);
        long group = directory.classGroup(school.code, "6A1", "CLASS");
        long direct = directory.direct(father1, staff(school.homeroom));
        long groupSeq = directory.lastSeq(group);

        directory.importStudents(school.code, "snapshot", school.studentRows().stream()
                .filter(row -> !row.get("studentCode").equals(school.s1)).toList());

        await().atMost(PROMPTLY).until(() -> !directory.members(direct).contains(father1));
        assertEquals(Set.of(staff(school.homeroom)), directory.members(direct));
        assertEquals(List.of("1 MEMBER_LEFT " + father1), directory.events(direct, 0));
        assertEquals(List.of((groupSeq + 1) + " MEMBER_LEFT " + father1), directory.events(group, groupSeq));
        assertTrue(directory.members(group).contains(mother1), "mother1 still has S2 in 6A1");
        assertTrue(directory.hasLeft(group, father1));
    }

    @Test
    void teacherWhoseAssignmentEndsLeavesTheClassGroupOnly() {
        SampleSchool school = settled(SampleSchool.create(schools, directory));
        String maths = staff(school.maths);
        long group6A1 = directory.classGroup(school.code, "6A1", "CLASS");
        long seq = directory.lastSeq(group6A1);

        directory.importStaff(school.code, "delta", school.staffRows(List.of("6A2")).stream()
                .filter(row -> row.get("staffCode").equals(school.maths)).toList());

        await().atMost(PROMPTLY).until(() -> !directory.members(group6A1).contains(maths));
        assertEquals(List.of((seq + 1) + " MEMBER_LEFT " + maths), directory.events(group6A1, seq));
        assertTrue(directory.members(directory.classGroup(school.code, "6A2", "CLASS")).contains(maths));
        assertTrue(directory.members(directory.staffGroup(school.code)).contains(maths));
    }

    @Test
    void staffMemberDeactivatedByImportLeavesTheSchoolGroupAndCustomGroups() {
        SampleSchool school = settled(SampleSchool.create(schools, directory));
        String teacher = staff(school.teacher6A2);
        long custom = directory.custom(staff(school.principal), teacher, guardian(school.mother3));

        directory.importStaff(school.code, "snapshot", school.staffRows(List.of("6A1", "6A2")).stream()
                .filter(row -> !row.get("staffCode").equals(school.teacher6A2)).toList());

        await().atMost(PROMPTLY).until(() -> !directory.members(custom).contains(teacher));
        assertEquals(Set.of(staff(school.principal), guardian(school.mother3)), directory.members(custom));
        assertTrue(directory.hasLeft(directory.staffGroup(school.code), teacher));
        assertTrue(directory.hasLeft(directory.classGroup(school.code, "6A2", "CLASS"), teacher));
    }

    @Test
    void classLeftOutOfASnapshotEmptiesItsGroupAndKeepsItsHistory() {
        SampleSchool school = settled(SampleSchool.create(schools, directory));
        long group6A2 = directory.classGroup(school.code, "6A2", "CLASS");
        long seq = directory.lastSeq(group6A2);

        directory.importStudents(school.code, "snapshot", school.studentRows().stream()
                .filter(row -> row.get("className").equals("6A1")).toList());

        await().atMost(PROMPTLY).until(() -> directory.members(group6A2).isEmpty());
        assertEquals(seq + 3, directory.lastSeq(group6A2), "the maths teacher, teacher6A2 and mother3 left");
        assertEquals(seq, directory.events(group6A2, 0).stream().filter(e -> e.contains("MEMBER_JOINED")).count());
    }

    @Test
    void studentTransferredToAnotherSchoolLeavesTheOldSchoolsGroup() {
        SampleSchool school = settled(SampleSchool.create(schools, directory));
        String other = schools.newSchool();
        long oldGroup = directory.classGroup(school.code, "6A1", "CLASS");
        String father4 = guardian(school.father4);

        directory.importStudents(other, "delta", List.of(student(school.s4, "7B1", school.father4, null)));

        await().atMost(PROMPTLY).until(() -> directory.members(directory.classGroup(other, "7B1", "CLASS"))
                .contains(father4) && !directory.members(oldGroup).contains(father4));
    }

    @Test
    void memberAddedByHandToAClassGroupIsLeftAlone() {
        SampleSchool school = settled(SampleSchool.create(schools, directory));
        long group = directory.classGroup(school.code, "6A1", "CLASS");
        directory.addMember(group, staff(school.principal));

        membership.reconcile(school.code).await().atMost(PROMPTLY);

        assertTrue(directory.members(group).contains(staff(school.principal)));
    }

    @Test
    void reconcilingAgainChangesNothing() {
        SampleSchool school = settled(SampleSchool.create(schools, directory));
        long before = directory.groupEvents(school.code);
        assertEquals(5 + 3 + 5, before, "one join per member of 6A1, 6A2 and the staff group");

        membership.reconcile(school.code).await().atMost(PROMPTLY);
        membership.reconcile(school.code).await().atMost(PROMPTLY);

        assertEquals(before, directory.groupEvents(school.code));
    }

    /** The sample school once its groups have caught up with both imports. */
    private SampleSchool settled(SampleSchool school) {
        awaitMembers(school.code, "6A1", Set.of(staff(school.homeroom), staff(school.maths),
                guardian(school.father1), guardian(school.mother1), guardian(school.father4)));
        awaitMembers(school.code, "6A2", Set.of(staff(school.maths), staff(school.teacher6A2),
                guardian(school.mother3)));
        await().atMost(PROMPTLY).until(() -> directory.members(directory.staffGroup(school.code)).size() == 5);
        return school;
    }

    private void awaitMembers(String school, String className, Set<String> expected) {
        await().atMost(PROMPTLY).until(() -> directory.members(directory.classGroup(school, className, "CLASS"))
                .equals(expected));
    }

    private String staff(String staffCode) {
        return directory.staffMember(staffCode);
    }

    private String guardian(String e164) {
        return directory.guardian(e164);
    }

    private static List<Long> seqs(List<String> events) {
        return events.stream().map(e -> Long.parseLong(e.split(" ")[0])).toList();
    }
}
