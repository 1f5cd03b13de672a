package vn.lienlac.notices.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.chat.inbox.InboxWrite;
import vn.lienlac.directory.Rosters;
import vn.lienlac.directory.Rosters.RosterSchool;
import vn.lienlac.directory.Rosters.RosterStudent;
import vn.lienlac.identity.NoticeAuthors;
import vn.lienlac.identity.NoticeAuthor;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.NoticesConfig;
import vn.lienlac.notices.delivery.NoticeDelivery;
import vn.lienlac.notices.delivery.NoticeOrigin;
import vn.lienlac.notices.render.NoticeTexts;
import vn.lienlac.platform.Sha256;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.locks.LockNamespace;

/**
 * Publishing a batch of records of one kind for one school (docs/notices.md): each record is read, matched with
 * the directory, checked against what the caller may publish and rendered; the valid ones are then stored and put
 * into guardians' inboxes in one transaction, and pushed to connected guardians after it commits. A batch is not
 * atomic: every record gets its own outcome, and rejected records do not hold back the others. The same transaction
 * asks notifications to reach the guardians outside the app; a batch marked urgent (the school's leadership only,
 * {@link PublishRights#mayMarkUrgent}) passes quiet hours and an exhausted paid budget, and is audited.
 */
@ApplicationScoped
public class Publisher {

    private final NoticeAuthors authors;
    private final Rosters rosters;
    private final Audiences audiences;
    private final NoticeTexts texts;
    private final NoticeStore store;
    private final NoticeDelivery delivery;
    private final NoticePhotos photos;
    private final Pool pool;
    private final Clock clock;
    private final NoticesConfig config;
    private final AuditLog audit;
    private final ExcusedDrafts excused;
    private final CommentAuthors commentAuthors;
    private final GrowthDrafts growth;
    private final LeaveLines leaveLines;

    public Publisher(NoticeAuthors authors, Rosters rosters, Audiences audiences, NoticeTexts texts, NoticeStore store,
            NoticeDelivery delivery, NoticePhotos photos, Pool pool, Clock clock, NoticesConfig config,
            AuditLog audit, ExcusedDrafts excused, CommentAuthors commentAuthors, GrowthDrafts growth,
            LeaveLines leaveLines) {
        this.leaveLines = leaveLines;
        this.commentAuthors = commentAuthors;
        this.growth = growth;
        this.audit = audit;
        this.excused = excused;
        this.authors = authors;
        this.rosters = rosters;
        this.audiences = audiences;
        this.texts = texts;
        this.store = store;
        this.delivery = delivery;
        this.photos = photos;
        this.pool = pool;
        this.clock = clock;
        this.config = config;
    }

    public Uni<BatchResult> publish(SecurityIdentity identity, String schoolCode, NoticeKind kind,
            List<JsonNode> records) {
        return publish(identity, schoolCode, kind, records, false);
    }

    /** A batch, marked urgent when {@code urgent} (403 unless the caller may, {@link PublishRights#mayMarkUrgent}). */
    public Uni<BatchResult> publish(SecurityIdentity identity, String schoolCode, NoticeKind kind,
            List<JsonNode> records, boolean urgent) {
        return authors.requireNoticeAuthor(identity, schoolCode)
                .chain(author -> publishAs(author, schoolCode, kind, records, urgent));
    }

    /**
     * Publishes a batch as {@code author} without asking the access policy who the caller is: for the server's own
     * code acting for a school (the demo seed publishes as the school's portal would,
     * {@link #portalOf(String)}). Everything after that — the author's rights per record, reading, matching,
     * storing, delivering — is what a request gets.
     */
    public Uni<BatchResult> publishAs(NoticeAuthor author, String schoolCode, NoticeKind kind,
            List<JsonNode> records) {
        return publishAs(author, schoolCode, kind, records, false);
    }

    /** As {@link #publishAs(NoticeAuthor, String, NoticeKind, List)}, marked urgent when {@code urgent}. */
    public Uni<BatchResult> publishAs(NoticeAuthor author, String schoolCode, NoticeKind kind,
            List<JsonNode> records, boolean urgent) {
        return checkRequest(author, kind, records, urgent).chain(() -> rosters.school(schoolCode)).chain(school ->
                school == null
                        ? Uni.createFrom().failure(ApiException.notFound("Không tìm thấy trường " + schoolCode + "."))
                        : publish(author, school, kind, records, urgent));
    }

    /**
     * Checks a batch as {@link #publish} would — the caller, every record — and stores nothing: for a batch scheduled
     * for later, whose bad records are answered now. The answer lists the rejected records; the others are valid.
     */
    public Uni<Checked> check(SecurityIdentity identity, String schoolCode, NoticeKind kind, List<JsonNode> records,
            boolean urgent) {
        return authors.requireNoticeAuthor(identity, schoolCode)
                .chain(author -> checkAs(author, schoolCode, kind, records, urgent));
    }

    /**
     * As {@link #check}, for {@code author} without asking who the caller is: a scheduled batch checked again, with its
     * sender's rights as they are when it is due.
     */
    public Uni<Checked> checkAs(NoticeAuthor author, String schoolCode, NoticeKind kind, List<JsonNode> records,
            boolean urgent) {
        return checkRequest(author, kind, records, urgent).chain(() -> rosters.school(schoolCode)).chain(school -> {
            if (school == null) {
                return Uni.createFrom().failure(ApiException.notFound("Không tìm thấy trường " + schoolCode + "."));
            }
            Instant now = clock.instant();
            List<RecordResult> rejected = new ArrayList<>();
            return prepareAll(author, school, kind, records, rejected, now)
                    .map(prepared -> new Checked(author, school.id(), school.code(), List.copyOf(rejected)));
        });
    }

    /** A batch checked for later: who sends it, and the records refused now (in request order). */
    public record Checked(NoticeAuthor author, long schoolId, String schoolCode, List<RecordResult> rejected) {
    }

    private static Uni<Void> checkRequest(NoticeAuthor author, NoticeKind kind, List<JsonNode> records,
            boolean urgent, int max) {
        if (!PublishRights.mayPublish(author, kind)) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN));
        }
        if (urgent && !PublishRights.mayMarkUrgent(author)) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN, PublishRights.NOT_URGENT));
        }
        if (records == null || records.isEmpty()) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.VALIDATION_FAILED,
                    "Lô không có bản ghi nào: hãy gửi {\"records\": [...]}."));
        }
        if (records.size() > max) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "Mỗi lô có tối đa " + max + " bản ghi."));
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> checkRequest(NoticeAuthor author, NoticeKind kind, List<JsonNode> records, boolean urgent) {
        return checkRequest(author, kind, records, urgent, config.maxBatchRecords());
    }

    /** What the access policy makes of a school's portal (its API key): everything of the school. */
    public static NoticeAuthor portalOf(String schoolCode) {
        return new NoticeAuthor("portal:" + schoolCode, true, true, Set.of(), Map.of());
    }

    private Uni<BatchResult> publish(NoticeAuthor author, RosterSchool school, NoticeKind kind,
            List<JsonNode> records, boolean urgent) {
        Instant now = clock.instant();
        List<RecordResult> rejected = new ArrayList<>();
        return prepareAll(author, school, kind, records, rejected, now)
                .chain(prepared -> store(author, school, kind, records, prepared, rejected, urgent, now));
    }

    /** Reads, matches and checks every record; the refused ones are added to {@code rejected}. */
    private Uni<List<Prepared>> prepareAll(NoticeAuthor author, RosterSchool school, NoticeKind kind,
            List<JsonNode> records, List<RecordResult> rejected, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        // What the regulations allow at the school's level (lower-secondary comment subjects, assessment types).
        List<RecordDraft> fitting = SchoolLevelRules.keep(school.level(), kind, read(kind, records, today, rejected),
                rejected);
        // Attendance respects approved leave later, inside the batch's transaction (respectingLeave).
        return withPhotos(school.id(), fitting, rejected)
                .chain(drafts -> kind == NoticeKind.COMMENT
                        ? commentAuthors.apply(author, school.id(), drafts, rejected)
                        : Uni.createFrom().item(drafts))
                .chain(drafts -> kind == NoticeKind.HEALTH ? growth.apply(school.id(), drafts)
                        : Uni.createFrom().item(drafts))
                .chain(drafts -> prepare(author, school, kind, drafts, rejected, today));
    }

    private Uni<List<Prepared>> prepare(NoticeAuthor author, RosterSchool school, NoticeKind kind,
            List<RecordDraft> drafts, List<RecordResult> rejected, LocalDate today) {
        Uni<Map<RecordDraft, Audiences.Audience>> matched = kind == NoticeKind.ACTIVITY
                ? audiences.ofActivities(school, drafts, today)
                : kind == NoticeKind.COMMENT ? audiences.ofStudentsOrClasses(school, drafts, today)
                : audiences.ofStudents(school, drafts);
        return matched.map(found -> {
            List<Prepared> prepared = new ArrayList<>();
            for (RecordDraft draft : drafts) {
                if (draft.deleted()) {
                    prepared.add(Prepared.deletion(draft));
                    continue;
                }
                Audiences.Audience audience = found.get(draft);
                if (audience.problem() != null) {
                    rejected.add(RecordResult.rejected(draft.index(), draft.sourceId(), audience.problem(),
                            audience.problemValue()));
                } else if (!PublishRights.mayPublish(author, kind, audience.classId(),
                        PublishRights.detail(kind, draft))) {
                    rejected.add(RecordResult.rejected(draft.index(), draft.sourceId(), RecordProblem.NOT_PERMITTED,
                            draft.studentCode() != null ? draft.studentCode() : audience.label()));
                } else {
                    prepared.add(prepare(kind, draft, audience, school));
                }
            }
            return prepared;
        });
    }

    private Uni<BatchResult> store(NoticeAuthor author, RosterSchool school, NoticeKind kind,
            List<JsonNode> records, List<Prepared> prepared, List<RecordResult> rejected, boolean urgent,
            Instant now) {
        UUID batchId = UUID.randomUUID();
        return pool.withTransaction(conn -> respectingLeave(conn, school, kind, prepared, author.actor(), now)
                        .chain(ready -> store.apply(conn, batchId, school.id(), kind, author.actor(),
                                records.size(), ready, (classId, subject) ->
                                        PublishRights.mayPublish(author, kind, classId, subject), now))
                        .chain(applied -> delivery.deliver(conn, kind, applied.outgoing(),
                                new NoticeOrigin(school.id(), school.name(), urgent), now)
                                .call(() -> urgent ? audit.record(conn, urgentEntry(author, school, kind,
                                        batchId, applied.outgoing().size())) : Uni.createFrom().voidItem())
                                .map(write -> new Stored(applied.results(), write))))
                .invoke(stored -> delivery.committed(stored.write()))
                .map(stored -> {
                    List<RecordResult> all = new ArrayList<>(rejected);
                    all.addAll(stored.results());
                    all.sort((a, b) -> Integer.compare(a.index(), b.index()));
                    return BatchResult.of(batchId, all);
                });
    }

    /**
     * For attendance: takes the school's publish lock (held to the commit; the store takes it again) and only then
     * reads the approved leave, so that an approval committed while this batch waited is seen; an absence the leave
     * covers becomes "có phép" and is rendered again, and a {@code leave-…} record of a day the batch fills steps
     * aside (one line per day, {@link LeaveLines}; docs/leave-requests.md). Other kinds as they are.
     */
    private Uni<List<Prepared>> respectingLeave(SqlConnection conn, RosterSchool school, NoticeKind kind,
            List<Prepared> prepared, String actor, Instant now) {
        if (kind != NoticeKind.ATTENDANCE) {
            return Uni.createFrom().item(prepared);
        }
        List<RecordDraft> drafts = prepared.stream().map(Prepared::draft).toList();
        return LockNamespace.NOTICE_PUBLISH.lock(conn, Math.toIntExact(school.id()))
                .chain(() -> excused.apply(conn, school.id(), drafts))
                .map(excusedDrafts -> prepared.stream().map(p -> p.audience() == null ? p
                        : prepare(kind, p.draft(), p.audience(), school)).toList())
                .call(ready -> leaveLines.stepAside(conn, school.id(), actor, ready, now));
    }

    /**
     * Finds the photos the activities name among the school's uploads: a record naming one that is not there is
     * rejected; in the others each id becomes {"contentType", "id"}, so that inbox items and the contact book can
     * show the photos.
     */
    private Uni<List<RecordDraft>> withPhotos(long schoolId, List<RecordDraft> drafts, List<RecordResult> rejected) {
        Set<String> named = new HashSet<>();
        drafts.forEach(draft -> named.addAll(photoIds(draft)));
        if (named.isEmpty()) {
            return Uni.createFrom().item(drafts);
        }
        return photos.contentTypes(schoolId, named).map(found -> {
            List<RecordDraft> kept = new ArrayList<>();
            for (RecordDraft draft : drafts) {
                List<String> ids = photoIds(draft);
                String missing = ids.stream().filter(id -> !found.containsKey(id)).findFirst().orElse(null);
                if (missing != null) {
                    rejected.add(RecordResult.rejected(draft.index(), draft.sourceId(), RecordProblem.UNKNOWN_PHOTO,
                            missing));
                    continue;
                }
                if (!ids.isEmpty()) {
                    draft.payload().put(RecordReaders.PHOTOS, ids.stream()
                            .map(id -> new TreeMap<>(Map.of("id", id, "contentType", found.get(id)))).toList());
                }
                kept.add(draft);
            }
            return kept;
        });
    }

    private static List<String> photoIds(RecordDraft draft) {
        Object ids = draft.payload().get(RecordReaders.PHOTOS);
        return ids instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static AuditEntry urgentEntry(NoticeAuthor author, RosterSchool school, NoticeKind kind, UUID batchId,
            int notices) {
        return new AuditEntry(AuditAction.NOTICE_MARKED_URGENT, AuditOutcome.SUCCESS, author.actor(),
                batchId.toString(), school.code(), null, null, Map.of("category", kind.name(), "notices", notices));
    }

    private record Stored(List<RecordResult> results, InboxWrite write) {
    }

    /** Reads every record; the second and later records with one sourceId are rejected. */
    private static List<RecordDraft> read(NoticeKind kind, List<JsonNode> records, LocalDate today,
            List<RecordResult> rejected) {
        List<RecordDraft> drafts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode node = records.get(i);
            try {
                RecordDraft draft = RecordReaders.read(kind, i, node, today);
                if (!seen.add(draft.sourceId())) {
                    rejected.add(RecordResult.rejected(i, draft.sourceId(), RecordProblem.DUPLICATE_SOURCE_ID,
                            draft.sourceId()));
                } else {
                    drafts.add(draft);
                }
            } catch (Rejected e) {
                JsonNode source = node == null ? null : node.get("sourceId");
                rejected.add(RecordResult.rejected(i, source != null && source.isTextual() ? source.asText() : null,
                        e.problem, e.values));
            }
        }
        return drafts;
    }

    private Prepared prepare(NoticeKind kind, RecordDraft draft, Audiences.Audience audience, RosterSchool school) {
        RosterStudent student = audience.student();
        String text = texts.render(kind, draft.payload(), new NoticeTexts.Subjects(
                student == null ? null : student.fullName(), audience.className(), school.name()));
        String payload = new JsonObject(draft.payload()).encode();
        return new Prepared(draft, student == null ? null : student.id(), audience.classId(), text,
                audience.guardians(), audience.unreachable(),
                payload, Sha256.hex(payload.getBytes(StandardCharsets.UTF_8)),
                student != null ? student.fullName()
                        : audience.className() != null ? "Lớp " + audience.className() : school.name(), audience);
    }
}
