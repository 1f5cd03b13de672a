package vn.lienlac.directives.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directives.Bodies.directive;
import static vn.lienlac.directives.Bodies.schools;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;
import vn.lienlac.directory.TestSchools;

/**
 * Directives and reminders reach staff through the outbox in the sending transaction; an urgent directive is urgent
 * there and audited; acknowledging settles the directive and its reminders (docs/notifications.md, "Producers and
 * read marks").
 */
@QuarkusTest
class DirectiveOutboxTest {

    @Inject
    DirectiveScenes scenes;

    @Inject
    TestSchools db;

    @Inject
    Pool pool;

    private Scene scene;

    @BeforeEach
    void scene() {
        scene = scenes.create();
    }

    @Test
    void anUrgentDirectiveIsAnUrgentItemForEachRecipientAndAudited() {
        Map<String, Object> body = new HashMap<>(directive(schools(scene.unit("A"), scene.unit("B")), null, true));
        body.put("urgent", true);
        long id = scene.as("officer").body(body).post("/districts/" + scene.unit("D1")).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        assertEquals(2, db.count("SELECT count(*) FROM outbox_item WHERE item_ref = $1 AND kind = 'DIRECTIVE' "
                + "AND urgent AND recipient = ANY($2) AND conversation_id IS NOT NULL", "directive:" + id,
                new String[] {"s:" + scene.staffId("pA"), "s:" + scene.staffId("pB")}));
        String message = text("SELECT message::text FROM outbox_item WHERE item_ref = $1 AND recipient = $2",
                "directive:" + id, "s:" + scene.staffId("pA"));
        assertEquals("Văn bản khẩn", new JsonObject(message).getString("title"));
        assertEquals("Văn bản số 260/PGD-VP ngày 15/09/2020: Triển khai sổ liên lạc điện tử Liên Lạc. Vui lòng xác "
                + "nhận đã nhận văn bản.", new JsonObject(message).getString("body"));
        assertEquals(1, db.count("SELECT count(*) FROM audit_event WHERE action = 'DIRECTIVE_MARKED_URGENT' "
                + "AND subject = $1", String.valueOf(id)));
    }

    @Test
    void aReminderIsAReminderItemAndAcknowledgingSettlesBoth() {
        long id = scene.as("officer").body(directive(schools(scene.unit("A")), null, true))
                .post("/districts/" + scene.unit("D1")).then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(0, db.count("SELECT count(*) FROM outbox_item WHERE item_ref = $1 AND urgent",
                "directive:" + id));
        scene.as("officer").post("/" + id + "/reminders").then().statusCode(200).body("reminded", equalTo(1));
        String principal = "s:" + scene.staffId("pA");
        assertEquals(1, db.count("SELECT count(*) FROM outbox_item WHERE kind = 'REMINDER' AND recipient = $1 "
                + "AND item_ref LIKE $2", principal, "directive:" + id + ":reminder:MANUAL:%"));

        scene.as("pA").post("/" + id + "/acknowledgement").then().statusCode(200);

        assertEquals(2, db.count("SELECT count(*) FROM outbox_item WHERE recipient = $1 AND read_at IS NOT NULL "
                + "AND (item_ref = $2 OR item_ref LIKE $3)", principal, "directive:" + id,
                "directive:" + id + ":reminder:%"));
    }

    private String text(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(Duration.ofSeconds(30))
                .iterator().next().getString(0);
    }
}
