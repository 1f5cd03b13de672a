package vn.lienlac.notices.publish;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.identity.NoticeAuthor;

/**
 * Who wrote each comment of a batch (docs/notices.md, "Comments"), from the directory's staff of the school: the
 * record's {@code teacherCode} when the school's leadership or portal names one (a teacher may name only
 * themselves), else the calling member of staff; a portal naming nobody publishes an unsigned comment. The teacher's
 * name goes into the payload as {@code teacherName}, and {@code teacherGender} (FEMALE/MALE) when the directory knows
 * it (imported from the staff file's "Giới tính"): the text then says "cô"/"thầy", else "giáo viên", never a guess.
 */
@ApplicationScoped
class CommentAuthors {

    private static final String STAFF = "staff:";

    private record Teacher(String code, String phone, String fullName, String gender) {
    }

    private final Pool pool;

    CommentAuthors(Pool pool) {
        this.pool = pool;
    }

    /** The drafts with their teacher resolved; a draft naming an unknown or forbidden teacher goes to rejected. */
    Uni<List<RecordDraft>> apply(NoticeAuthor author, long schoolId, List<RecordDraft> drafts,
            List<RecordResult> rejected) {
        String self = author.actor().startsWith(STAFF) ? author.actor().substring(STAFF.length()) : null;
        Set<String> wanted = new LinkedHashSet<>();
        if (self != null) {
            wanted.add(self);
        }
        drafts.forEach(d -> {
            Object named = d.payload().get(CommentReader.TEACHER_CODE);
            if (named != null) {
                wanted.add(named.toString());
            }
        });
        if (wanted.isEmpty()) {
            return Uni.createFrom().item(drafts);
        }
        return pool.preparedQuery("""
                        SELECT staff_code, phone, full_name, gender FROM directory_staff
                        WHERE school_id = $1 AND active AND (staff_code = ANY($2) OR phone = ANY($2))""")
                .execute(Tuple.of(schoolId, wanted.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Teacher> byKey = new HashMap<>();
                    for (Row row : rows) {
                        Teacher t = new Teacher(row.getString("staff_code"), row.getString("phone"),
                                row.getString("full_name"), row.getString("gender"));
                        if (t.code() != null) {
                            byKey.put(t.code(), t);
                        }
                        if (t.phone() != null) {
                            byKey.putIfAbsent(t.phone(), t);
                        }
                    }
                    List<RecordDraft> kept = new ArrayList<>();
                    for (RecordDraft draft : drafts) {
                        if (draft.deleted()) {
                            kept.add(draft);
                            continue;
                        }
                        Object named = draft.payload().remove(CommentReader.TEACHER_CODE);
                        Teacher teacher;
                        if (named != null) {
                            teacher = byKey.get(named.toString());
                            if (teacher == null) {
                                rejected.add(RecordResult.rejected(draft.index(), draft.sourceId(),
                                        RecordProblem.UNKNOWN_TEACHER, named));
                                continue;
                            }
                            if (!author.wholeSchool() && teacher != byKey.get(self)) {
                                rejected.add(RecordResult.rejected(draft.index(), draft.sourceId(),
                                        RecordProblem.NOT_PERMITTED, named));
                                continue;
                            }
                        } else {
                            teacher = self == null ? null : byKey.get(self);
                        }
                        if (teacher != null) {
                            draft.payload().put("teacherName", teacher.fullName());
                            if (teacher.gender() != null) {
                                draft.payload().put("teacherGender", teacher.gender());
                            }
                        }
                        kept.add(draft);
                    }
                    return kept;
                });
    }
}
