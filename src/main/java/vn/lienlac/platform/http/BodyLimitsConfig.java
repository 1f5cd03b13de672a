package vn.lienlac.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Request body limits by endpoint (docs/api.md, "Body limits"). A body over its limit is refused with 413 before it
 * is read (declared Content-Length) or as soon as the streamed bytes pass it (chunked), and the connection is closed.
 * The larger limits apply only to callers whose credentials check out; everyone else gets {@link #signIn()}.
 * {@code quarkus.http.limits.max-body-size} stays at least as large as the largest of these.
 */
@ConfigMapping(prefix = "lienlac.http.body-limits")
public interface BodyLimitsConfig {

    /** Sign-in, code requests, refresh and logout ({@code /api/v1/auth/**}), and every request without credentials. */
    @WithDefault("4K")
    MemorySize signIn();

    /** The JSON of every other endpoint not named below (settings, blocks, chat reports, API keys, …). */
    @WithDefault("16K")
    MemorySize standard();

    /** JSON with long texts or lists: directives and reports (texts up to 20,000 characters), chat groups, the directory. */
    @WithDefault("256K")
    MemorySize json();

    /** JSON records pushed in bulk: directory imports and notice publishing (grades, attendance, health, activities). */
    @WithDefault("8M")
    MemorySize bulkJson();

    /** Directory import files (XLSX or CSV, raw body or multipart), streamed to disk. */
    @WithDefault("25M")
    MemorySize importFile();

    /** Chat and directive attachments and activity photos, streamed to disk (each feature may accept less). */
    @WithDefault("10M")
    MemorySize attachment();

    /** Where streamed uploads are written while their request runs (deleted when it ends); default: java.io.tmpdir. */
    Optional<Path> uploadsDirectory();

    /** How long a refused request's remaining body is read and discarded before the connection is closed. */
    @WithDefault("2s")
    java.time.Duration refusedLinger();
}
