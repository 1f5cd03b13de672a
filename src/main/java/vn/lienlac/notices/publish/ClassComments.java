package vn.lienlac.notices.publish;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienlac.directory.model.Subject;
import vn.lienlac.identity.NoticeAuthor;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The comments a class has been sent (docs/notices.md, "Comments"), for the teacher's screen that lists, corrects and
 * withdraws them: the live comments on the class and on its students in a date range, newest first. The school's
 * leadership, portal and admin and the homeroom teacher see them all; a subject teacher of the class sees those about
 * the subjects they teach there. Anyone else at the school 403; a class that is not the school's 404.
 */
@ApplicationScoped
public class ClassComments {

    /** Most comments one answer lists. */
    static final int LIMIT = 200;

    private final ClassTargets targets;
    private final Pool pool;

    public ClassComments(ClassTargets targets, Pool pool) {
        this.targets = targets;
        this.pool = pool;
    }

    /** One live comment: its canonical record (as in the inbox item), its text and whether it was corrected. */
    public record Sent(long noticeId, String sourceId, LocalDate date, String text, Map<String, Object> record,
            int version, boolean corrected, Instant sentAt) {
    }

    public record Sheet(long classId, String className, LocalDate from, LocalDate to, List<Sent> comments) {
    }

    public Uni<Sheet> comments(SecurityIdentity identity, String schoolCode, long classId, LocalDate from,
            LocalDate to) {
        return targets.reaching(identity, schoolCode, classId, NoticeKind.COMMENT, author -> {
            Set<String> subjects = visibleSubjects(author, classId);
            return subjects == null || !subjects.isEmpty();
        }).chain(t -> read(t.school().id(), classId, from, to, visibleSubjects(t.author(), classId))
                .map(sent -> new Sheet(classId, t.className(), from, to, sent)));
    }

    /** null: every comment of the class; else the subject codes whose comments the author sees (maybe none). */
    private static Set<String> visibleSubjects(NoticeAuthor author, long classId) {
        if (author.wholeSchool() || author.homeroomClasses().contains(classId)) {
            return null;
        }
        return author.subjectsByClass().getOrDefault(classId, Set.of()).stream().map(Subject::parse)
                .filter(Objects::nonNull).map(Subject::name).collect(Collectors.toSet());
    }

    private Uni<List<Sent>> read(long schoolId, long classId, LocalDate from, LocalDate to, Set<String> subjects) {
        return pool.preparedQuery("""
                        SELECT id, source_id, occurred_on, text, payload, version, updated_at FROM notice
                        WHERE school_id = $1 AND class_id = $2 AND kind = 'COMMENT' AND withdrawn_at IS NULL
                          AND occurred_on BETWEEN $3 AND $4
                          AND ($5::text[] IS NULL OR payload->>'subject' = ANY($5::text[]))
                        ORDER BY occurred_on DESC, id DESC LIMIT $6""")
                .execute(Tuple.from(java.util.Arrays.asList(schoolId, classId, from, to,
                        subjects == null ? null : subjects.toArray(String[]::new), LIMIT)))
                .map(rows -> {
                    List<Sent> sent = new ArrayList<>();
                    for (Row row : rows) {
                        int version = row.getInteger("version");
                        sent.add(new Sent(row.getLong("id"), row.getString("source_id"),
                                row.getLocalDate("occurred_on"), row.getString("text"),
                                row.getJsonObject("payload").getMap(), version, version > 1,
                                SqlTimes.instant(row, "updated_at")));
                    }
                    return sent;
                });
    }
}
