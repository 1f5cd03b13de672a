package vn.lienlac.notices.digest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.Rosters;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * A guardian's choice, per category, between a notification for every notice (IMMEDIATE, the default) and one daily
 * summary (DIGEST). Only guardians have preferences; anyone else gets 403.
 */
@ApplicationScoped
public class Preferences {

    public enum Mode { IMMEDIATE, DIGEST }

    private final AccessPolicy policy;
    private final Rosters rosters;
    private final Pool pool;
    private final Clock clock;

    public Preferences(AccessPolicy policy, Rosters rosters, Pool pool, Clock clock) {
        this.policy = policy;
        this.rosters = rosters;
        this.pool = pool;
        this.clock = clock;
    }

    /** Every category with the caller's mode. */
    public Uni<Map<NoticeKind, Mode>> get(SecurityIdentity identity) {
        return guardian(identity).chain(this::read);
    }

    /** Sets the modes given (categories left out keep theirs) and returns every category's mode. */
    public Uni<Map<NoticeKind, Mode>> set(SecurityIdentity identity, Map<NoticeKind, Mode> changes) {
        if (changes == null || changes.isEmpty() || changes.containsKey(null) || changes.containsValue(null)) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.VALIDATION_FAILED,
                    "Hãy gửi chế độ (IMMEDIATE hoặc DIGEST) cho từng loại: GRADE, ATTENDANCE, HEALTH, ACTIVITY."));
        }
        List<String> categories = new ArrayList<>();
        List<String> modes = new ArrayList<>();
        changes.forEach((kind, mode) -> {
            categories.add(kind.name());
            modes.add(mode.name());
        });
        return guardian(identity).chain(id -> pool.preparedQuery("""
                        INSERT INTO notice_preference (guardian_id, category, mode, updated_at)
                        SELECT $1, c, m, $4 FROM unnest($2::text[], $3::text[]) AS u(c, m)
                        ON CONFLICT (guardian_id, category) DO UPDATE
                        SET mode = excluded.mode, updated_at = excluded.updated_at""")
                .execute(Tuple.of(id, categories.toArray(String[]::new), modes.toArray(String[]::new),
                        SqlTimes.of(clock.instant())))
                .chain(() -> read(id)));
    }

    private Uni<Long> guardian(SecurityIdentity identity) {
        String phone = policy.requirePerson(identity).phone();
        Uni<Long> id = phone == null ? Uni.createFrom().nullItem() : rosters.guardianId(phone);
        return id.onItem().ifNull().failWith(() -> new ApiException(ErrorCode.FORBIDDEN));
    }

    private Uni<Map<NoticeKind, Mode>> read(long guardianId) {
        return pool.preparedQuery("SELECT category, mode FROM notice_preference WHERE guardian_id = $1")
                .execute(Tuple.of(guardianId)).map(rows -> {
                    Map<NoticeKind, Mode> modes = new LinkedHashMap<>();
                    for (NoticeKind kind : NoticeKind.values()) {
                        modes.put(kind, Mode.IMMEDIATE);
                    }
                    for (Row row : rows) {
                        modes.put(NoticeKind.valueOf(row.getString("category")), Mode.valueOf(row.getString("mode")));
                    }
                    return modes;
                });
    }
}
