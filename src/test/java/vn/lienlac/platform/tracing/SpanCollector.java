package vn.lienlac.platform.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The spans the server exports, kept in memory for {@link TracingTest}; Quarkus adds every SpanExporter bean. */
public class SpanCollector {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
