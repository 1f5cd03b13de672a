package vn.lienlac.platform.locks;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Every PostgreSQL advisory lock the server takes, one constant per namespace. Each lock is the two-key form
 * {@code (namespace key, second key)}, transaction-scoped ({@code pg_advisory_xact_lock}): it is released when the
 * transaction ends, on any pod. The first key is the namespace's {@link #key()}; what the second key is, and who takes
 * the lock, is said on each constant. Keys are unique ({@code LockNamespaceTest}).
 *
 * <p>The key values are deployed: never renumber one. During a rolling deploy old and new pods must take the same
 * lock under the same key, or both would hold "the same" lock at once. Add a namespace with a new, unused key.
 * Flyway's own migration lock is the one-key ({@code bigint}) form, which PostgreSQL keeps apart from these.
 *
 * <p>The lock orders of the takers are written at the takers (e.g. an OTP request takes the client IP's lock before
 * the phone's).
 */
public enum LockNamespace {

    /** identity, OTP requests and checks ({@code OtpStore}): the second key is {@code hashtext(client IP)}. */
    OTP_CLIENT_IP(0x4C4C4F49),

    /** identity, OTP requests and checks ({@code OtpStore}), after the IP's: second key {@code hashtext(phone)}. */
    OTP_PHONE(0x4C4C4F50),

    /** directory, an import into a school ({@code Schools.lockForImport}): the second key is the school id. */
    SCHOOL_IMPORT(0x4C4C4449),

    /** directory, a district office's own staff import ({@code Schools.lockForImport}): second key the office id. */
    OFFICE_IMPORT(0x4C4C444F),

    /** directory, a department's own staff import ({@code Schools.lockForImport}): second key the department id. */
    DEPARTMENT_IMPORT(0x4C4C4453),

    /** chat, a reconcile of a school's class and school groups ({@code RosterReconciler}): second key the school id. */
    CHAT_GROUP_RECONCILE(0x4C4C4348),

    /** notices, a batch of published records ({@code NoticeStore}): the second key is the school id. */
    NOTICE_PUBLISH(5),

    /** notices, the daily digest run ({@code DailyDigest}, tried, not waited for): the second key is always 0. */
    NOTICE_DIGEST(6),

    /** timetable, a publish of class timetables ({@code TimetablePublisher}): the second key is the school id. */
    TIMETABLE_PUBLISH(0x4C4C5454),

    /**
     * adoption, an invitation campaign ({@code Invitations}): the second key is always 0, so that two campaigns
     * (of any schools) never invite the same person twice within the spacing.
     */
    ADOPTION_INVITATIONS(0x4C4C4149);

    private final int key;

    LockNamespace(int key) {
        this.key = key;
    }

    /** The first key of this namespace's locks. */
    public int key() {
        return key;
    }

    /** Waits for this namespace's lock on {@code second} and holds it until the transaction of {@code conn} ends. */
    public Uni<Void> lock(SqlConnection conn, int second) {
        return conn.preparedQuery("SELECT pg_advisory_xact_lock($1, $2)").execute(Tuple.of(key, second))
                .replaceWithVoid();
    }

    /** As {@link #lock(SqlConnection, int)}, the second key being PostgreSQL's {@code hashtext} of {@code text}. */
    public Uni<Void> lockHashed(SqlConnection conn, String text) {
        return conn.preparedQuery("SELECT pg_advisory_xact_lock($1, hashtext($2))").execute(Tuple.of(key, text))
                .replaceWithVoid();
    }

    /** Takes the lock on {@code second} if it is free (held until the transaction ends); false if another holds it. */
    public Uni<Boolean> tryLock(SqlConnection conn, int second) {
        return conn.preparedQuery("SELECT pg_try_advisory_xact_lock($1, $2)").execute(Tuple.of(key, second))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }
}
