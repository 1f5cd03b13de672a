package vn.lienlac.bench.chat.setup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gives every person an account and one live sign-in session (rows of {@code account} and {@code auth_session},
 * V5__accounts.sql) written directly over JDBC, as a sign-in would leave them, and an access token naming both.
 * Signing in 20,000 people through OTP would measure the sign-in, not chat.
 */
public final class Accounts {

    private static final String ACCOUNT = """
            INSERT INTO account (id, phone, staff_code, created_at, first_sign_in_at, last_active_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String SESSION = """
            INSERT INTO auth_session (id, account_id, device_name, user_agent, client_ip, created_at, last_used_at,
                                      expires_at)
            VALUES (?, ?, 'chat benchmark', 'lienlac-chat-load-driver', '127.0.0.1', ?, ?, ?)""";

    private Accounts() {
    }

    /** The people with their tokens, valid for {@code lifetime} (longer than the whole run). */
    public static List<Person> signIn(Connection db, TokenSigner signer, List<Person> people, Duration lifetime)
            throws SQLException {
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        Timestamp expires = Timestamp.from(now.plus(lifetime));
        try (PreparedStatement insert = db.prepareStatement(ACCOUNT)) {
            for (Person p : people) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, p.staffCode() == null ? p.phone() : null);
                insert.setString(3, p.staffCode());
                insert.setTimestamp(4, at);
                insert.setTimestamp(5, at);
                insert.setTimestamp(6, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, UUID> accounts = accountIds(db);
        Map<Person, UUID> sessions = new HashMap<>();
        try (PreparedStatement insert = db.prepareStatement(SESSION)) {
            for (Person p : people) {
                UUID session = UUID.randomUUID();
                sessions.put(p, session);
                insert.setObject(1, session);
                insert.setObject(2, accounts.get(key(p.phone(), p.staffCode())));
                insert.setTimestamp(3, at);
                insert.setTimestamp(4, at);
                insert.setTimestamp(5, expires);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Instant expiry = now.plus(lifetime);
        return new ArrayList<>(people.parallelStream()
                .map(p -> p.withToken(signer.sign(p, accounts.get(key(p.phone(), p.staffCode())), sessions.get(p),
                        now, expiry)))
                .toList());
    }

    private static Map<String, UUID> accountIds(Connection db) throws SQLException {
        Map<String, UUID> ids = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id, phone, staff_code FROM account");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.put(key(rows.getString("phone"), rows.getString("staff_code")), rows.getObject("id", UUID.class));
            }
        }
        return ids;
    }

    /** Staff accounts are found by staff code, guardians' by phone (as a staff sign-in and an OTP sign-in). */
    private static String key(String phone, String staffCode) {
        return staffCode != null ? "s:" + staffCode : "p:" + phone;
    }
}
