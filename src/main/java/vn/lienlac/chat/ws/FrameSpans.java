package vn.lienlac.chat.ws;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * One trace span per client frame ({@code chat send}, {@code chat sync}, …), the parent of the database spans the frame
 * causes. With tracing off (the default, {@code quarkus.otel.sdk.disabled=true}) the tracer is a no-op and a span costs
 * nothing worth measuring (docs/operations.md, "Tracing").
 */
@Singleton
class FrameSpans {

    /** The frame types a client sends (docs/protocol.md); anything else is named "unknown", not after the input. */
    private static final Set<String> TYPES = Set.of("sync", "send", "edit", "recall", "delivered", "read", "typing",
            "ping");

    private final Tracer tracer;

    FrameSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    Span start(String type, String ref) {
        String frameType = TYPES.contains(type) ? type : "unknown";
        Span span = tracer.spanBuilder("chat " + frameType).setSpanKind(SpanKind.SERVER)
                .setAttribute("lienlac.chat.frame", frameType).startSpan();
        if (ref != null) {
            span.setAttribute("lienlac.chat.ref", ref);
        }
        return span;
    }

    static void failed(Span span, Throwable failure) {
        span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        span.end();
    }
}
