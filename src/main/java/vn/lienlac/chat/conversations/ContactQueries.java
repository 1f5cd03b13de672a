package vn.lienlac.chat.conversations;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.directory.Participant;
import vn.lienlac.directory.store.SearchTerm;

/**
 * The people the caller may open a direct conversation with ({@link DirectRules}, from any of their participants),
 * by name, optionally filtered by a name fragment without case or diacritics. Each is labelled by what links them to
 * the caller's participant that reaches them first: the classes that participant teaches or has children in.
 */
@ApplicationScoped
public class ContactQueries {

    /** Most contacts one answer lists; a filter narrows the rest. */
    public static final int LIMIT = 100;

    /** The classes of the caller's participant that reaches the contact: its children's, or those it teaches. */
    private static final String CLASSES_IN_QUESTION =
            "SELECT own.class_id FROM source_class own WHERE own.source = ct.source";

    private static final String CONTACTS = """
            WITH %s,
            contact AS (
                SELECT DISTINCT ON (a.target) a.target, a.source, directory_participant_kind(a.target) AS kind,
                       directory_participant_id(a.target) AS pid
                FROM allowed a ORDER BY a.target, array_position($3::text[], a.source)),
            chosen AS (
                SELECT ct.*, coalesce(cg.full_name, cs.full_name) AS sort_name FROM contact ct
                LEFT JOIN directory_guardians cg ON ct.kind = 'g' AND cg.id = ct.pid
                LEFT JOIN directory_staff cs ON ct.kind = 's' AND cs.id = ct.pid
                WHERE $5::text IS NULL OR coalesce(cg.name_search, cs.name_search) LIKE $5::text
                ORDER BY sort_name, ct.target LIMIT $6)
            SELECT ct.target, ct.kind, %s
            FROM chosen ct %s
            ORDER BY ct.sort_name, ct.target""".formatted(DirectRules.ALLOWED_CTES, RoleFacts.COLUMNS,
            RoleFacts.joins("ct.kind", "ct.pid", CLASSES_IN_QUESTION));

    private final Pool pool;

    public ContactQueries(Pool pool) {
        this.pool = pool;
    }

    /** @param query a name fragment, or null or blank for everyone (up to {@link #LIMIT}) */
    public Uni<List<ContactView>> contacts(ChatIdentity caller, String query) {
        if (caller.participants().isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        SearchTerm term = SearchTerm.of(query, null);
        Tuple parameters = DirectRules.parameters(caller.participants(), null)
                .addValue(term == null ? null : term.namePattern())
                .addValue(LIMIT);
        return pool.preparedQuery(CONTACTS).execute(parameters).map(rows -> {
            List<ContactView> contacts = new ArrayList<>(rows.size());
            for (Row row : rows) {
                contacts.add(new ContactView(row.getString("target"), row.getString("full_name"),
                        RoleFacts.label(row, Participant.parse(row.getString("target")), true)));
            }
            return contacts;
        });
    }
}
