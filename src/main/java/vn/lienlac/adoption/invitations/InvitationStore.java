package vn.lienlac.adoption.invitations;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.lienlac.platform.sql.SqlTimes;

/** The campaign and invitation rows (V28), and the directory's schools and classes they are for. */
@ApplicationScoped
class InvitationStore {

    /** A school to invite for. */
    record School(long id, String code, String name, Long districtId) {
    }

    /** One invitation to write: who, to which number, with which code. */
    record NewInvitation(String participant, String phone, String code) {
    }

    /** A written invitation row. */
    record Written(long id, String participant, String code) {
    }

    /** An invitation as its campaign shows it (no code: it is the invited person's). */
    record Sent(long id, String participant, String phone, Instant invitedAt, Instant openedAt) {
    }

    /** An invitation found by its code. */
    record ByCode(long id, String phone, String schoolName, Instant expiresAt) {
    }

    /** A campaign row. */
    record CampaignRow(long id, String schoolCode, Long classId, String createdBy, Instant createdAt, int invited,
            int skippedRecent, int skippedNoPhone) {
    }

    private final Pool pool;

    InvitationStore(Pool pool) {
        this.pool = pool;
    }

    /** The active school with this code, or a null item. */
    Uni<School> school(SqlConnection conn, String code) {
        return conn.preparedQuery("""
                        SELECT id, code, name, district_office_id FROM directory_schools WHERE code = $1 AND active""")
                .execute(Tuple.of(code)).map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return null;
                    }
                    Row row = it.next();
                    return new School(row.getLong("id"), row.getString("code"), row.getString("name"),
                            row.getLong("district_office_id"));
                });
    }

    /** The code of the school of the active class with this id, or a null item. */
    Uni<String> schoolOfClass(long classId) {
        return pool.preparedQuery("""
                        SELECT s.code FROM directory_classes c JOIN directory_schools s ON s.id = c.school_id
                        WHERE c.id = $1 AND c.active""")
                .execute(Tuple.of(classId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }

    Uni<Long> insertCampaign(SqlConnection conn, long schoolId, Long classId, String createdBy, Instant now,
            int invited, int skippedRecent, int skippedNoPhone) {
        return conn.preparedQuery("""
                        INSERT INTO invitation_campaign (school_id, class_id, created_by, created_at, invited,
                                                         skipped_recent, skipped_no_phone)
                        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id""")
                .execute(Tuple.from(Arrays.asList(schoolId, classId, createdBy, SqlTimes.of(now), invited,
                        skippedRecent, skippedNoPhone)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Writes the campaign's invitations in one statement; their ids come back in the order given. */
    Uni<List<Written>> insertInvitations(SqlConnection conn, long campaignId, List<NewInvitation> invitations,
            Instant now, Instant expiresAt) {
        if (invitations.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery("""
                        INSERT INTO invitation (campaign_id, participant, phone, code, invited_at, expires_at)
                        SELECT $1, p, ph, c, $5, $6 FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY
                            AS t (p, ph, c, n)
                        ORDER BY n
                        RETURNING id, participant, code""")
                .execute(Tuple.from(List.of(campaignId,
                        invitations.stream().map(NewInvitation::participant).toArray(String[]::new),
                        invitations.stream().map(NewInvitation::phone).toArray(String[]::new),
                        invitations.stream().map(NewInvitation::code).toArray(String[]::new),
                        SqlTimes.of(now), SqlTimes.of(expiresAt))))
                .map(rows -> {
                    List<Written> written = new ArrayList<>();
                    for (Row row : rows) {
                        written.add(new Written(row.getLong("id"), row.getString("participant"),
                                row.getString("code")));
                    }
                    return written;
                });
    }

    /** The campaign with this id, or a null item. */
    Uni<CampaignRow> campaign(long id) {
        return pool.preparedQuery("""
                        SELECT ic.id, s.code, ic.class_id, ic.created_by, ic.created_at, ic.invited,
                               ic.skipped_recent, ic.skipped_no_phone
                        FROM invitation_campaign ic JOIN directory_schools s ON s.id = ic.school_id
                        WHERE ic.id = $1""")
                .execute(Tuple.of(id)).map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return null;
                    }
                    Row row = it.next();
                    return new CampaignRow(row.getLong("id"), row.getString("code"), row.getLong("class_id"),
                            row.getString("created_by"), SqlTimes.instant(row, "created_at"),
                            row.getInteger("invited"), row.getInteger("skipped_recent"),
                            row.getInteger("skipped_no_phone"));
                });
    }

    Uni<List<Sent>> invitations(long campaignId) {
        return pool.preparedQuery("""
                        SELECT id, participant, phone, invited_at, opened_at FROM invitation
                        WHERE campaign_id = $1 ORDER BY id""")
                .execute(Tuple.of(campaignId)).map(rows -> {
                    List<Sent> list = new ArrayList<>();
                    for (Row row : rows) {
                        list.add(new Sent(row.getLong("id"), row.getString("participant"), row.getString("phone"),
                                SqlTimes.instant(row, "invited_at"), SqlTimes.instant(row, "opened_at")));
                    }
                    return list;
                });
    }

    /**
     * The invitation with this code that is still valid at {@code now}, marked opened (the first time), or a null
     * item.
     */
    Uni<ByCode> open(String code, Instant now) {
        return pool.preparedQuery("""
                        UPDATE invitation i SET opened_at = coalesce(i.opened_at, $2)
                        FROM invitation_campaign ic, directory_schools s
                        WHERE i.code = $1 AND i.expires_at > $2 AND ic.id = i.campaign_id AND s.id = ic.school_id
                        RETURNING i.id, i.phone, s.name, i.expires_at""")
                .execute(Tuple.of(code, SqlTimes.of(now))).map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return null;
                    }
                    Row row = it.next();
                    return new ByCode(row.getLong("id"), row.getString("phone"), row.getString("name"),
                            SqlTimes.instant(row, "expires_at"));
                });
    }
}
