package vn.lienlac.bench.chat.worker;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one driver process does, written by the coordinator as JSON: its clients (token, stored cursors, the
 * conversations it sends to and how often) and the scenario's timeline. Every member of a conversation that a
 * client sends to is a client of the same process, so that send and receive times share one clock.
 */
public record WorkerPlan(String scenario, String url, String localAddress, String clientIdPrefix,
                         int connectConcurrency, String text, List<Client> clients, Timeline timeline) {

    /** One connection: a person's token, their cursors, where they send and at how many messages a second. */
    public record Client(String participant, String token, Map<Long, Long> cursors, long[] sendTo, double rate) {

        JsonObject toJson() {
            JsonObject c = new JsonObject();
            cursors.forEach((k, v) -> c.put(Long.toString(k), v));
            JsonArray to = new JsonArray();
            for (long id : sendTo) {
                to.add(id);
            }
            return new JsonObject().put("participant", participant).put("token", token).put("cursors", c)
                    .put("sendTo", to).put("rate", rate);
        }

        static Client of(JsonObject json) {
            Map<Long, Long> cursors = new LinkedHashMap<>();
            json.getJsonObject("cursors").forEach(e -> cursors.put(Long.parseLong(e.getKey()),
                    ((Number) e.getValue()).longValue()));
            JsonArray to = json.getJsonArray("sendTo");
            long[] sendTo = new long[to.size()];
            for (int i = 0; i < sendTo.length; i++) {
                sendTo[i] = to.getLong(i);
            }
            return new Client(json.getString("participant"), json.getString("token"), cursors, sendTo,
                    json.getDouble("rate"));
        }
    }

    /**
     * Seconds of each phase. Idle: hold. Load: warm-up, measure, drain. Storm: warm-up, then every client drops at
     * once and reconnects after a random delay in [0, reconnectSpread); sending goes on for {@code measure} seconds
     * after the drop; then drain.
     */
    public record Timeline(double hold, double warmup, double measure, double drain, double reconnectSpread) {

        JsonObject toJson() {
            return new JsonObject().put("hold", hold).put("warmup", warmup).put("measure", measure)
                    .put("drain", drain).put("reconnectSpread", reconnectSpread);
        }

        static Timeline of(JsonObject json) {
            return new Timeline(json.getDouble("hold"), json.getDouble("warmup"), json.getDouble("measure"),
                    json.getDouble("drain"), json.getDouble("reconnectSpread"));
        }
    }

    public JsonObject toJson() {
        JsonArray list = new JsonArray();
        clients.forEach(c -> list.add(c.toJson()));
        return new JsonObject().put("scenario", scenario).put("url", url).put("localAddress", localAddress)
                .put("clientIdPrefix", clientIdPrefix).put("connectConcurrency", connectConcurrency)
                .put("text", text).put("clients", list).put("timeline", timeline.toJson());
    }

    public static WorkerPlan of(JsonObject json) {
        List<Client> clients = new ArrayList<>();
        json.getJsonArray("clients").forEach(c -> clients.add(Client.of((JsonObject) c)));
        return new WorkerPlan(json.getString("scenario"), json.getString("url"), json.getString("localAddress"),
                json.getString("clientIdPrefix"), json.getInteger("connectConcurrency"), json.getString("text"),
                clients, Timeline.of(json.getJsonObject("timeline")));
    }
}
