package vn.lienlac.chat.moderation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.directory.Participant;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Staff members' own office hours ({@code chat_office_hours}, one row per staff position). A person acts on all
 * their active staff positions at once, or on one of them when {@code participant} names it; someone with no staff
 * position gets 403.
 */
@ApplicationScoped
public class OfficeHoursService {

    private static final String SELECT = """
            SELECT staff_id, weekdays, opens_at, closes_at, notice, updated_at FROM chat_office_hours
            WHERE staff_id = ANY($1) ORDER BY staff_id""";
    private static final String UPSERT = """
            INSERT INTO chat_office_hours (staff_id, weekdays, opens_at, closes_at, notice, updated_at)
            SELECT id, $2, $3, $4, $5, $6 FROM unnest($1::bigint[]) AS id
            ON CONFLICT (staff_id) DO UPDATE SET weekdays = EXCLUDED.weekdays, opens_at = EXCLUDED.opens_at,
                closes_at = EXCLUDED.closes_at, notice = EXCLUDED.notice, updated_at = EXCLUDED.updated_at""";

    private final Pool pool;
    private final Clock clock;

    public OfficeHoursService(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** The hours set for the caller's staff positions (those without hours are left out). */
    public Uni<List<StaffOfficeHours>> list(ChatIdentity caller) {
        return staffIds(caller, null).chain(this::read);
    }

    /**
     * Sets the hours of the caller's staff positions, or of the one {@code participant} names.
     *
     * @param request the hours, asked for (and so validated) only once the caller is known to be staff
     * @return the hours now stored for those positions
     */
    public Uni<List<StaffOfficeHours>> set(ChatIdentity caller, String participant, Supplier<OfficeHours> request) {
        return staffIds(caller, participant).chain(ids -> {
            OfficeHours hours = request.get();
            return pool.preparedQuery(UPSERT)
                    .execute(Tuple.tuple(Arrays.asList(ids, hours.weekdayNumbers(), hours.opens(), hours.closes(),
                            hours.notice(), SqlTimes.of(clock.instant()))))
                    .chain(() -> read(ids));
        });
    }

    /** Removes the hours of the caller's staff positions (or of one); messages then always notify. */
    public Uni<Void> remove(ChatIdentity caller, String participant) {
        return staffIds(caller, participant).chain(ids -> pool
                .preparedQuery("DELETE FROM chat_office_hours WHERE staff_id = ANY($1)").execute(Tuple.of(ids)))
                .replaceWithVoid();
    }

    private Uni<List<StaffOfficeHours>> read(Long[] staffIds) {
        return pool.preparedQuery(SELECT).execute(Tuple.of(staffIds)).map(rows -> {
            List<StaffOfficeHours> all = new ArrayList<>();
            for (Row row : rows) {
                String staff = Participant.staff(row.getLong("staff_id")).toString();
                all.add(new StaffOfficeHours(staff, OfficeHours.fromRow(
                        row.getArrayOfShorts("weekdays"), row.getLocalTime("opens_at"),
                        row.getLocalTime("closes_at"), row.getString("notice")), SqlTimes.instant(row, "updated_at")));
            }
            return all;
        });
    }

    /** The caller's staff ids, or the one {@code participant} names; 403 without any, 400 for someone else's. */
    private static Uni<Long[]> staffIds(ChatIdentity caller, String participant) {
        return Uni.createFrom().item(() -> chosenStaffIds(caller, participant));
    }

    private static Long[] chosenStaffIds(ChatIdentity caller, String participant) {
        List<Participant> staff = caller.participants().stream().filter(Participant::isStaff).toList();
        if (staff.isEmpty()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Chỉ cán bộ, giáo viên mới đặt được giờ làm việc.");
        }
        if (participant != null) {
            Participant chosen = Participant.parse(participant);
            if (chosen == null || !staff.contains(chosen)) {
                throw ApiException.badRequest("participant phải là một vị trí cán bộ của bạn, ví dụ " + staff.get(0)
                        + ".");
            }
            staff = List.of(chosen);
        }
        return staff.stream().map(Participant::id).toArray(Long[]::new);
    }
}
