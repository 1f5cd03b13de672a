package vn.lienlac.directory.sync.rollover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directory.sync.Imports.student;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.sync.DirectoryEventType;
import vn.lienlac.directory.sync.engine.ChangeLog;
import vn.lienlac.directory.sync.engine.PendingEvent;
import vn.lienlac.directory.sync.rollover.EarlierClasses.OldClass;
import vn.lienlac.directory.sync.rollover.EarlierClasses.OldTeaching;

/** The rollover's decisions, without a database (docs/import.md, "New school year"). */
class RolloverPlannerTest {

    @Test
    void classesOfTwoEarlierYearsAreNamedWithTheirYearAndAnEmptyClassClosesToo() {
        EarlierClasses earlier = new EarlierClasses(List.of(
                new OldClass(1, "5A", "2024-2025", null, null),
                new OldClass(2, "6A", "2025-2026", 7L, "GV-7"),
                new OldClass(3, "6B", "2025-2026", null, null)),
                List.of(new OldTeaching(30, 8, "GV-8", 2, "TOAN")));
        ChangeLog log = new ChangeLog();

        RolloverPlan plan = RolloverPlanner.plan("2026-2027", earlier,
                Map.of("HS1", 1L, "HS2", 2L, "HS3", 2L, "HS4", 99L),
                List.of(student(2, "HS1", "7A"), student(3, "HS2", "7A"), student(4, "HS4", "7A"),
                        student(5, "HS1", "7B")),
                Set.of("7A"), log);

        Rollover r = plan.preview();
        assertEquals(List.of("2024-2025", "2025-2026"), r.fromYears());
        assertEquals(List.of(new Rollover.ClosingClass("5A", "2024-2025", 1, Map.of("7A", 1), 0),
                new Rollover.ClosingClass("6A", "2025-2026", 2, Map.of("7A", 1), 1),
                new Rollover.ClosingClass("6B", "2025-2026", 0, Map.of(), 0)), r.closing());
        assertEquals(List.of(new Rollover.OpeningClass("7A", 3,
                Map.of("5A (2024-2025)", 1, "6A (2025-2026)", 1), 1, false)), r.opening(),
                "the first row of a code counts; a student of a class that stays open has joined");
        assertEquals(List.of(), r.newGroups(), "7A exists already, and so does its group");
        assertEquals(List.of(1L, 2L, 3L), plan.closedClasses());
        assertEquals(List.of(2L), plan.homeroomClasses());
        assertEquals(List.of(30L), plan.endedTeaching());
        assertEquals(List.of(DirectoryEventType.CLASS_CLOSED, DirectoryEventType.CLASS_CLOSED,
                DirectoryEventType.HOMEROOM_UNASSIGNED, DirectoryEventType.CLASS_CLOSED,
                DirectoryEventType.TEACHING_UNASSIGNED), log.events().stream().map(PendingEvent::type).toList());
    }
}
