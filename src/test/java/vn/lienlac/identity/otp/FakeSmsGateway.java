package vn.lienlac.identity.otp;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in SMS gateway on a free loopback port: records every call and answers 200, or, for the phones a test
 * names, 500, nothing at all, or 200 after {@link #SLOW} (a gateway's real latency). Its address goes into {@code lienlac.otp.http.url}.
 */
public class FakeSmsGateway implements QuarkusTestResourceLifecycleManager {

    static final String PATH = "/api/sms/send";

    /** One call as the gateway saw it. */
    record Call(String method, String path, Map<String, String> headers, String body) {
    }

    enum Behaviour {
        FAIL_500, NEVER_ANSWER, SLOW_200, SLOW_500
    }

    /** How long the slow behaviours take to answer. */
    static final Duration SLOW = Duration.ofMillis(300);

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(request -> request.body().onSuccess(body -> {
                    Map<String, String> headers = new ConcurrentHashMap<>();
                    request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                    Call call = new Call(request.method().name(), request.path(), headers, body.toString());
                    calls.add(call);
                    Behaviour behaviour = behaviours.entrySet().stream()
                            .filter(e -> !e.getKey().isEmpty() && call.body().contains(e.getKey()))
                            .map(Map.Entry::getValue).findFirst().orElse(behaviours.get(""));
                    if (behaviour == Behaviour.FAIL_500) {
                        request.response().setStatusCode(500).end("{\"error\":\"gateway down\"}");
                    } else if (behaviour == Behaviour.SLOW_200 || behaviour == Behaviour.SLOW_500) {
                        int status = behaviour == Behaviour.SLOW_200 ? 200 : 500;
                        vertx.setTimer(SLOW.toMillis(), t -> request.response().setStatusCode(status).end("{}"));
                    } else if (behaviour == null) {
                        request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"queued\"}");
                    }
                }));
        int port = server.listen().toCompletionStage().toCompletableFuture()
                .orTimeout(Duration.ofSeconds(10).toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join()
                .actualPort();
        return Map.of("lienlac.otp.http.url", "http://127.0.0.1:" + port + PATH);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(FakeSmsGateway.class));
    }

    /** Makes the gateway answer every call not named otherwise in the given way (null: at once, 200). */
    void behaveByDefault(Behaviour behaviour) {
        if (behaviour == null) {
            behaviours.remove("");
        } else {
            behaviours.put("", behaviour);
        }
    }

    /** Makes the gateway answer calls whose body contains this phone number in the given way. */
    void behave(String phoneNational, Behaviour behaviour) {
        behaviours.put(phoneNational, behaviour);
    }

    List<Call> callsFor(String phoneNational) {
        return calls.stream().filter(call -> call.body().contains(phoneNational)).toList();
    }
}
