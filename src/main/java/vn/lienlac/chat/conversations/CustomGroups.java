package vn.lienlac.chat.conversations;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventLog;
import vn.lienlac.chat.fanout.Fanout;
import vn.lienlac.directory.text.VietnameseText;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.text.UnsafeText;

/**
 * Custom groups, created by staff: a title and people the creator could message directly anyway (so a group cannot
 * reach anyone a direct message could not). The creator, as the first of their staff positions that may reach every
 * member, becomes its OWNER; the group belongs to that position's school.
 */
@ApplicationScoped
public class CustomGroups {

    static final int MAX_TITLE = 100;
    static final String STAFF_ONLY = "Chỉ cán bộ, giáo viên mới tạo được nhóm.";
    static final String BAD_TITLE = "Tên nhóm phải có từ 1 đến " + MAX_TITLE + " ký tự.";

    private static final String INSERT = """
            INSERT INTO conversation (kind, school_id, title, created_by, created_at)
            SELECT 'CUSTOM', s.school_id, $2, $3, $4 FROM directory_staff s WHERE s.id = $1
            RETURNING id""";

    private final Pool pool;
    private final DirectRules rules;
    private final ManualMemberWriter members;
    private final EventLog log;
    private final Fanout fanout;
    private final ConversationQueries conversations;
    private final GroupsConfig config;
    private final Clock clock;

    public CustomGroups(Pool pool, DirectRules rules, ManualMemberWriter members, EventLog log, Fanout fanout,
            ConversationQueries conversations, GroupsConfig config, Clock clock) {
        this.pool = pool;
        this.rules = rules;
        this.members = members;
        this.log = log;
        this.fanout = fanout;
        this.conversations = conversations;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Creates a group of the caller and {@code memberTexts}: 403 for a caller without a staff position, 400 for a
     * title that is blank or too long, or for members who are malformed or whom the creator may not message.
     */
    public Uni<ConversationSummary> create(ChatIdentity caller, String rawTitle, List<String> memberTexts) {
        List<Participant> staff = caller.participants().stream().filter(Participant::isStaff).toList();
        if (staff.isEmpty()) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN, STAFF_ONLY));
        }
        UnsafeText.Refusal refusal = UnsafeText.refusal(rawTitle);
        if (refusal != null) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.VALIDATION_FAILED, refusal.message()));
        }
        String title = VietnameseText.nfc(rawTitle);
        if (title == null || title.codePointCount(0, title.length()) > MAX_TITLE) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.VALIDATION_FAILED, BAD_TITLE));
        }
        List<Participant> invited;
        try {
            invited = Participants.parseAll(memberTexts, config.maxMembers() - 1).stream()
                    .filter(participant -> !caller.holds(participant)).toList();
        } catch (ApiException e) {
            return Uni.createFrom().failure(e);
        }
        Instant now = clock.instant();
        return pool.withTransaction(conn -> rules.allowedPairs(conn, staff, invited)
                        .chain(allowed -> insert(conn, creator(staff, invited, allowed), title, invited, now)))
                .invoke(created -> fanout.committed(created.events()))
                .chain(created -> conversations.one(caller, created.conversationId()));
    }

    /** The first staff position that may reach every invited member; 400 naming those the first one may not. */
    private static Participant creator(List<Participant> staff, List<Participant> invited,
            Map<Participant, Set<Participant>> allowed) {
        for (Participant candidate : staff) {
            if (allowed.getOrDefault(candidate, Set.of()).containsAll(invited)) {
                return candidate;
            }
        }
        Set<Participant> reachable = allowed.getOrDefault(staff.get(0), Set.of());
        List<MemberProblem> problems = invited.stream().filter(member -> !reachable.contains(member))
                .map(member -> new MemberProblem(member.toString(), MemberProblem.NOT_ALLOWED)).toList();
        throw new ApiException(ErrorCode.VALIDATION_FAILED, MemberProblem.NOT_ALLOWED, problems);
    }

    private Uni<Created> insert(SqlConnection conn, Participant creator, String title, List<Participant> invited,
            Instant now) {
        List<Participant> everyone = new ArrayList<>();
        everyone.add(creator);
        everyone.addAll(invited);
        return conn.preparedQuery(INSERT)
                .execute(Tuple.of(creator.id(), title, creator.toString(), SqlTimes.of(now)))
                .map(rows -> rows.iterator().next().getLong("id"))
                .chain(id -> log.lock(conn, List.of(id))
                        .chain(lastSeq -> members.join(conn, id, everyone, creator, creator, now)
                                .chain(drafts -> log.appendLocked(conn, lastSeq, ManualMemberWriter.entries(id, drafts),
                                        now)))
                        .map(events -> new Created(id, events)));
    }

    private record Created(long conversationId, List<ChatEvent> events) {
    }
}
