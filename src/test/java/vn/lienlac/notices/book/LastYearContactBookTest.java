package vn.lienlac.notices.book;

import static org.hamcrest.Matchers.equalTo;
import static vn.lienlac.notices.NoticesApi.absence;
import static vn.lienlac.notices.NoticesApi.get;
import static vn.lienlac.notices.NoticesApi.grade;
import static vn.lienlac.notices.NoticesApi.publish;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.sync.rollover.RolloverScene;
import vn.lienlac.directory.sync.rollover.RolloverScene.Scene;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;

/**
 * After the new school year's import (docs/import.md, "New school year") the 2025-2026 contact book stays readable by
 * the child's parents, while last year's teachers can no longer write to last year's class.
 */
@QuarkusTest
class LastYearContactBookTest {

    @Inject
    RolloverScene scenes;

    @Inject
    TestSessions sessions;

    @Test
    void parentsKeepReadingLastYearsBookWhileLastYearsTeachersLoseWriteAccess() {
        Scene s = scenes.lastYear();
        String maths = sessions.open(s.mathsPhone(), null, Set.of(Roles.TEACHER)).accessToken();
        String homeroom = sessions.open(s.homeroomPhone(), null, Set.of(Roles.TEACHER)).accessToken();
        publish(maths, s.school(), "grades", grade("toan-hk1", s.s1(), 8.5)).then().statusCode(200)
                .body("counts.accepted", equalTo(1));
        publish(homeroom, s.school(), "attendance", absence("vang-1", s.s1())).then().statusCode(200)
                .body("counts.accepted", equalTo(1));

        scenes.rollover(s, false).then().statusCode(200);

        String father = sessions.open(s.father1(), null, Set.of(Roles.GUARDIAN)).accessToken();
        get(father, "/students/{code}/grades?schoolYear=2025-2026", s.s1()).then().statusCode(200)
                .body("schoolYear", equalTo("2025-2026"))
                .body("subjects[0].name", equalTo("Toán"))
                .body("subjects[0].grades[0].score", equalTo("8.5"));
        get(father, "/students/{code}/attendance?from=2025-09-01&to=2025-09-30", s.s1()).then().statusCode(200)
                .body("counts.KHONG_PHEP", equalTo(1));

        publish(maths, s.school(), "grades", grade("toan-hk2", s.s1(), 9)).then().statusCode(403);
        publish(homeroom, s.school(), "attendance", absence("vang-2", s.s4())).then().statusCode(403);
    }
}
