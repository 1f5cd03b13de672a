package vn.lienlac.notices.report;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.lienlac.chat.inbox.InboxMarks;
import vn.lienlac.chat.inbox.Inboxes;
import vn.lienlac.directory.Rosters;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.identity.NoticeAuthors;
import vn.lienlac.identity.NoticeAuthor;
import vn.lienlac.notices.delivery.NoticeReaches;
import vn.lienlac.notifications.outbox.DeliveryPaths;
import vn.lienlac.platform.error.ApiException;

/**
 * How far notices got (docs/notices.md, "Delivery report"): for one notice, one batch or one class over a date
 * range, the guardians' items, how many of them the guardians' devices received (inbox delivered watermark) and read
 * (read watermark), and the students nobody could be told about (no active guardian). Readers are those who may
 * publish there: the school's leadership and portal see everything, the nurse health notices, a teacher the notices
 * of the classes they teach or lead. A notice or batch they may not see is 404, like an unknown one.
 */
@ApplicationScoped
public class DeliveryReport {

    /** Most notices listed one by one in a report (the totals always cover all). */
    static final int MAX_LISTED = 500;

    private static final String SELECT = """
            SELECT id, source_id, kind, class_id, unreachable, version FROM notice
            WHERE school_id = $1 AND withdrawn_at IS NULL AND %s ORDER BY id""";

    private final NoticeAuthors authors;
    private final Rosters rosters;
    private final Inboxes inboxes;
    private final Pool pool;
    private final Clock clock;

    private final DeliveryPaths paths;

    public DeliveryReport(NoticeAuthors authors, Rosters rosters, Inboxes inboxes, Pool pool, Clock clock,
            DeliveryPaths paths) {
        this.paths = paths;
        this.authors = authors;
        this.rosters = rosters;
        this.inboxes = inboxes;
        this.pool = pool;
        this.clock = clock;
    }

    /** One notice's figures. */
    public record NoticeLine(long noticeId, String sourceId, String kind, int guardians, int received, int read,
            List<String> unreachableStudents) {
    }

    /**
     * @param guardians           guardians' items (a guardian told about two notices counts twice)
     * @param received            of those, items the guardian's devices have received
     * @param read                of those, items the guardian has read
     * @param unreachableStudents students concerned who have no active guardian
     * @param recipients          one notice's report only: each guardian's path (live, push, Zalo, SMS) and final
     *                            state; empty for batches and classes
     */
    public record Report(int notices, int guardians, int received, int read, List<String> unreachableStudents,
            List<NoticeLine> perNotice, List<RecipientPaths.RecipientPath> recipients) {
    }

    public Uni<Report> notice(SecurityIdentity identity, String schoolCode, long noticeId) {
        return report(identity, schoolCode, true, "id = $2", Tuple.of(noticeId));
    }

    public Uni<Report> batch(SecurityIdentity identity, String schoolCode, UUID batchId) {
        return report(identity, schoolCode, true, "batch_id = $2", Tuple.of(batchId));
    }

    /** Notices of a class of the current school year about days in a range. */
    public Uni<Report> schoolClass(SecurityIdentity identity, String schoolCode, String className, LocalDate from,
            LocalDate to) {
        return authors.requireNoticeAuthor(identity, schoolCode).chain(author -> rosters.school(schoolCode)
                .chain(school -> school == null ? Uni.createFrom().failure(notFound())
                        : rosters.classes(school.id(), SchoolYears.current(clock)).chain(classes -> {
                            Rosters.RosterClass found = classes.get(className);
                            if (found == null || (!author.wholeSchool() && !author.reachesClass(found.id())
                                    && !author.health())) {
                                return Uni.createFrom().failure(notFound());
                            }
                            return load(author, school.id(), "class_id = $2 AND occurred_on BETWEEN $3 AND $4",
                                    Tuple.of(found.id(), from, to), false);
                        })));
    }

    private Uni<Report> report(SecurityIdentity identity, String schoolCode, boolean notFoundWhenEmpty, String where,
            Tuple params) {
        return authors.requireNoticeAuthor(identity, schoolCode).chain(author -> rosters.school(schoolCode)
                .chain(school -> school == null ? Uni.createFrom().failure(notFound())
                        : load(author, school.id(), where, params, notFoundWhenEmpty)));
    }

    private Uni<Report> load(NoticeAuthor author, long schoolId, String where, Tuple params,
            boolean notFoundWhenEmpty) {
        Tuple all = Tuple.tuple().addLong(schoolId);
        for (int i = 0; i < params.size(); i++) {
            all.addValue(params.getValue(i));
        }
        return pool.preparedQuery(SELECT.formatted(where)).execute(all).chain(rows -> {
            Map<Long, Row> notices = new LinkedHashMap<>();
            for (Row row : rows) {
                if (visible(author, row)) {
                    notices.put(row.getLong("id"), row);
                }
            }
            if (notices.isEmpty() && notFoundWhenEmpty) {
                return Uni.createFrom().failure(notFound());
            }
            return deliveries(notices.keySet()).chain(items -> {
                Set<String> owners = new HashSet<>();
                items.values().forEach(list -> list.forEach(item -> owners.add(item.owner())));
                return inboxes.marks(owners).chain(marks -> withPaths(notices, items, marks,
                        summarise(notices, items, marks)));
            });
        });
    }

    private static boolean visible(NoticeAuthor author, Row notice) {
        return author.wholeSchool() || (author.health() && "HEALTH".equals(notice.getString("kind")))
                || (!"HEALTH".equals(notice.getString("kind")) && author.reachesClass(notice.getLong("class_id")));
    }

    private record Item(String owner, long seq) {
    }

    private Uni<Map<Long, List<Item>>> deliveries(Set<Long> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("SELECT notice_id, owner, seq FROM notice_delivery "
                        + "WHERE notice_id = ANY($1) AND withdrawn_at IS NULL")
                .execute(Tuple.of(noticeIds.toArray(Long[]::new)))
                .map(DeliveryReport::items);
    }

    private static Map<Long, List<Item>> items(RowSet<Row> rows) {
        Map<Long, List<Item>> items = new HashMap<>();
        for (Row row : rows) {
            items.computeIfAbsent(row.getLong("notice_id"), id -> new ArrayList<>())
                    .add(new Item(row.getString("owner"), row.getLong("seq")));
        }
        return items;
    }

    private static Report summarise(Map<Long, Row> notices, Map<Long, List<Item>> items,
            Map<String, InboxMarks> marks) {
        int guardians = 0;
        int received = 0;
        int read = 0;
        Set<String> unreachable = new TreeSet<>();
        List<NoticeLine> lines = new ArrayList<>();
        for (Row notice : notices.values()) {
            long id = notice.getLong("id");
            List<Item> list = items.getOrDefault(id, List.of());
            int got = 0;
            int seen = 0;
            for (Item item : list) {
                InboxMarks mark = marks.get(item.owner());
                if (mark != null && mark.deliveredSeq() >= item.seq()) {
                    got++;
                }
                if (mark != null && mark.readSeq() >= item.seq()) {
                    seen++;
                }
            }
            List<String> nobody = new ArrayList<>();
            notice.getJsonArray("unreachable").forEach(code -> nobody.add(code.toString()));
            unreachable.addAll(nobody);
            guardians += list.size();
            received += got;
            read += seen;
            if (lines.size() < MAX_LISTED) {
                lines.add(new NoticeLine(id, notice.getString("source_id"), notice.getString("kind"), list.size(),
                        got, seen, nobody));
            }
        }
        return new Report(notices.size(), guardians, received, read, List.copyOf(unreachable), lines, List.of());
    }

    /** A report of one notice gets each guardian's path, from notifications' {@link DeliveryPaths}. */
    private Uni<Report> withPaths(Map<Long, Row> notices, Map<Long, List<Item>> items, Map<String, InboxMarks> marks,
            Report report) {
        if (notices.size() != 1) {
            return Uni.createFrom().item(report);
        }
        Row notice = notices.values().iterator().next();
        long id = notice.getLong("id");
        List<String> versions = new ArrayList<>();
        for (int v = 1; v <= notice.getInteger("version"); v++) {
            versions.add(NoticeReaches.itemRef(id, v));
        }
        return paths.of(versions).map(found -> {
            List<RecipientPaths.RecipientPath> recipients = new ArrayList<>();
            for (Item item : items.getOrDefault(id, List.of())) {
                recipients.add(RecipientPaths.of(id, item.owner(), item.seq(), marks.get(item.owner()), versions,
                        found));
            }
            return new Report(report.notices(), report.guardians(), report.received(), report.read(),
                    report.unreachableStudents(), report.perNotice(), recipients);
        });
    }

    private static ApiException notFound() {
        return ApiException.notFound("Không tìm thấy thông báo, lô hoặc lớp yêu cầu.");
    }
}
