package vn.lienlac.directory.rest;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Inserts people rows with plain SQL, as the import engine would, so that the read API can be tested on its own.
 * Codes and phone numbers are random: tests share one database. Blocking on purpose: call it from test methods.
 */
@ApplicationScoped
public class PeopleFixtures {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicLong PHONES = new AtomicLong(ThreadLocalRandom.current().nextInt(50_000_000));
    private final Pool pool;

    public PeopleFixtures(Pool pool) {
        this.pool = pool;
    }

    /** A unique code such as {@code HS-1a2b3c4d}. */
    public static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A mobile number in E.164 form, {@code +849xxxxxxxx}, never handed out before in this JVM (the test database is
     * new for each run). Random numbers collided: with a few thousand guardians per run, two equal ones in 100
     * million came up often enough to fail a run now and then.
     */
    public static String phone() {
        return "+849" + String.format("%08d", PHONES.getAndIncrement() % 100_000_000);
    }

    /** {@code +84912345678} → {@code 0912 345 678}. */
    public static String local(String e164) {
        return "0" + e164.substring(3, 6) + " " + e164.substring(6, 9) + " " + e164.substring(9);
    }

    public long student(String schoolCode, String studentCode, String fullName, boolean active) {
        return id("""
                INSERT INTO student (student_code, school_id, full_name, name_search, date_of_birth, gender, active)
                SELECT $1, id, $2, $3, $4, 'MALE', $5 FROM school WHERE code = $6 RETURNING id""",
                studentCode, fullName, searchKey(fullName), LocalDate.of(2014, 9, 5), active, schoolCode);
    }

    /** An active student with a new code, actively enrolled in the class; returns the student's code. */
    public String enrolledStudent(String schoolCode, long classId, String fullName) {
        String studentCode = code("HS");
        enroll(student(schoolCode, studentCode, fullName, true), classId);
        return studentCode;
    }

    public long staff(String schoolCode, String staffCode, String fullName, String role, String phone, boolean active) {
        return id("""
                INSERT INTO staff (staff_code, district_office_id, school_id, full_name, name_search, role, phone,
                                   email, active)
                SELECT $1, district_office_id, id, $2, $3, $4, $5, lower($1) || '@truong.edu.vn', $6
                FROM school WHERE code = $7 RETURNING id""",
                staffCode, fullName, searchKey(fullName), role, phone, active, schoolCode);
    }

    /** @param homeroomStaffId null for a class without homeroom teacher */
    public long schoolClass(String schoolCode, String schoolYear, String name, Long homeroomStaffId) {
        return id("""
                INSERT INTO school_class (school_id, school_year, name, homeroom_staff_id)
                SELECT id, $2, $3, $4 FROM school WHERE code = $1 RETURNING id""",
                schoolCode, schoolYear, name, homeroomStaffId);
    }

    public void teach(long staffId, long classId, String subject) {
        id("INSERT INTO teaching_assignment (staff_id, class_id, subject) VALUES ($1, $2, $3) RETURNING id",
                staffId, classId, subject);
    }

    /** An active enrollment (the student's current class). */
    public void enroll(long studentId, long classId) {
        id("INSERT INTO enrollment (student_id, class_id) VALUES ($1, $2) RETURNING id", studentId, classId);
    }

    /** A past enrollment, ended. */
    public void enrolledBefore(long studentId, long classId) {
        id("""
                INSERT INTO enrollment (student_id, class_id, active, started_at, ended_at)
                VALUES ($1, $2, false, now() - interval '400 days', now() - interval '35 days') RETURNING id""",
                studentId, classId);
    }

    public long guardian(String phone, String fullName) {
        return id("INSERT INTO guardian (phone, full_name, name_search) VALUES ($1, $2, $3) RETURNING id",
                phone, fullName, searchKey(fullName));
    }

    public void link(long studentId, long guardianId, String relationship, boolean active) {
        id("""
                INSERT INTO student_guardian (student_id, guardian_id, relationship, active)
                VALUES ($1, $2, $3, $4) RETURNING id""", studentId, guardianId, relationship, active);
    }

    private long id(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params))
                .map(rows -> rows.iterator().next().getLong("id"))
                .await().atMost(TIMEOUT);
    }

    private static String searchKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
