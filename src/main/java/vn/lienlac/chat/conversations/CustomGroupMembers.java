package vn.lienlac.chat.conversations;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventDraft;
import vn.lienlac.chat.event.EventLog;
import vn.lienlac.chat.fanout.Fanout;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Adding and removing members of a custom group. Only its owner may, except that any member may remove themselves
 * (leave); the owner cannot leave. Callers who are not active members get 404, as for a group that does not exist.
 * The caller's rights are read after the conversation row is locked, in the transaction that makes the change.
 */
@ApplicationScoped
public class CustomGroupMembers {

    static final String NO_SUCH_GROUP = "Không tìm thấy nhóm này.";
    static final String OWNER_ONLY = "Chỉ chủ nhóm mới thêm hoặc bớt được thành viên.";
    static final String NOT_A_MEMBER = "Người này không phải thành viên của nhóm.";
    static final String OWNER_STAYS = "Chủ nhóm không thể rời nhóm.";

    private static final String MEMBERS = """
            SELECT c.kind, m.participant, m.role FROM conversation c
            JOIN conversation_member m ON m.conversation_id = c.id AND m.active
            WHERE c.id = $1""";

    private final Pool pool;
    private final DirectRules rules;
    private final ManualMemberWriter members;
    private final EventLog log;
    private final Fanout fanout;
    private final GroupsConfig config;
    private final Clock clock;

    public CustomGroupMembers(Pool pool, DirectRules rules, ManualMemberWriter members, EventLog log, Fanout fanout,
            GroupsConfig config, Clock clock) {
        this.pool = pool;
        this.rules = rules;
        this.members = members;
        this.log = log;
        this.fanout = fanout;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The owner adds people they may message directly; those already members are left as they are.
     *
     * @return the participants who joined, in the order given
     */
    public Uni<List<String>> add(ChatIdentity caller, long groupId, List<String> memberTexts) {
        List<Participant> requested;
        try {
            requested = Participants.parseAll(memberTexts, config.maxMembers()).stream()
                    .filter(participant -> !caller.holds(participant)).toList();
        } catch (ApiException e) {
            return Uni.createFrom().failure(e);
        }
        Instant now = clock.instant();
        return change(groupId, now, (conn, group) -> {
            Participant owner = group.ownerAmong(caller);
            List<Participant> joining = requested.stream().filter(p -> !group.members().containsKey(p)).toList();
            if (group.members().size() + joining.size() > config.maxMembers()) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED,
                        "Một nhóm có tối đa " + config.maxMembers() + " thành viên.");
            }
            return rules.allowedAmong(conn, owner, joining).chain(allowed -> {
                List<MemberProblem> problems = joining.stream().filter(p -> !allowed.contains(p))
                        .map(p -> new MemberProblem(p.toString(), MemberProblem.NOT_ALLOWED)).toList();
                if (!problems.isEmpty()) {
                    throw new ApiException(ErrorCode.VALIDATION_FAILED, MemberProblem.NOT_ALLOWED, problems);
                }
                return members.join(conn, groupId, joining, null, owner, now);
            });
        }).map(events -> events.stream().map(ChatEvent::subject).toList());
    }

    /** The owner removes a member, or a member leaves. */
    public Uni<Void> remove(ChatIdentity caller, long groupId, Participant member) {
        Instant now = clock.instant();
        return change(groupId, now, (conn, group) -> {
            group.memberAs(caller);
            Participant actor = caller.holds(member) ? member : group.ownerAmong(caller);
            String role = group.members().get(member);
            if (role == null) {
                throw ApiException.notFound(NOT_A_MEMBER);
            }
            if (actor.equals(member) && role.equals("OWNER")) {
                throw ApiException.badRequest(OWNER_STAYS);
            }
            return members.leave(conn, groupId, member, actor, now);
        }).replaceWithVoid();
    }

    /** Locks the group, checks that the caller is a member, makes the change and appends its events. */
    private Uni<List<ChatEvent>> change(long groupId, Instant now, Change change) {
        return pool.withTransaction(conn -> log.lock(conn, List.of(groupId))
                        .chain(lastSeq -> conn.preparedQuery(MEMBERS).execute(Tuple.of(groupId))
                                .map(Group::of)
                                .chain(group -> change.apply(conn, group))
                                .chain(drafts -> log.appendLocked(conn, lastSeq,
                                        ManualMemberWriter.entries(groupId, drafts), now))))
                .invoke(fanout::committed);
    }

    @FunctionalInterface
    private interface Change {
        Uni<List<EventDraft>> apply(SqlConnection conn, Group group);
    }

    /** A custom group's active members and their roles. */
    private record Group(Map<Participant, String> members) {

        static Group of(Iterable<Row> rows) {
            Map<Participant, String> members = new LinkedHashMap<>();
            for (Row row : rows) {
                if (row.getString("kind").equals("CUSTOM")) {
                    members.put(Participant.parse(row.getString("participant")), row.getString("role"));
                }
            }
            return new Group(members);
        }

        /** The caller's participants that are members, in their order; 404 when there is none. */
        List<Participant> memberAs(ChatIdentity caller) {
            List<Participant> mine = caller.participants().stream().filter(members::containsKey).toList();
            if (mine.isEmpty()) {
                throw ApiException.notFound(NO_SUCH_GROUP);
            }
            return mine;
        }

        /** The caller's owner participant: 404 when they are not a member, 403 when they are one but not owner. */
        Participant ownerAmong(ChatIdentity caller) {
            return memberAs(caller).stream().filter(p -> members.get(p).equals("OWNER")).findFirst()
                    .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, OWNER_ONLY));
        }
    }
}
