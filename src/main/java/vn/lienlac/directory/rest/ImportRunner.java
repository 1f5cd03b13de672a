package vn.lienlac.directory.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.lienlac.directory.importing.ImportFormat;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.sync.ImportReport;
import vn.lienlac.directory.sync.ImportRequest;
import vn.lienlac.platform.Sha256;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * The shape every import shares, whatever it carries: read the content off the event loop, validate it into a
 * batch, build the request, hand both to the sync engine.
 */
@ApplicationScoped
public class ImportRunner {

    private final ImportRequests requests;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final ImportActorNames names;

    public ImportRunner(ImportRequests requests, ObjectMapper json, SecurityIdentity identity,
            ImportActorNames names) {
        this.requests = requests;
        this.json = json;
        this.names = names;
        this.identity = identity;
    }

    /**
     * A file (XLSX or CSV, told apart by content), already on disk (streamed there by the body limit filter or by
     * the multipart reader): hashed and parsed from the file, never loaded whole. Reading and parsing block, so they
     * run on a worker thread.
     */
    <R> Uni<ImportReport> file(ImportOptions options, String fileName, Supplier<Path> content,
            BiFunction<InputStream, ImportFormat, ParsedBatch<R>> parse,
            BiFunction<ImportRequest, ParsedBatch<R>, Uni<ImportReport>> sync) {
        String actor = identity.getPrincipal().getName();
        return Uni.createFrom().item(() -> {
                    Path file = content.get();
                    try {
                        ImportFormat format = ImportRequests.sniff(file); // fails when there is no file
                        ImportRequest request = requests.of(options, actor, format, fileName, Sha256.hex(file));
                        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                            return new Prepared<>(request, parse.apply(in, format));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(p -> names.of(identity).chain(name -> sync.apply(p.request().withActorName(name), p.batch())));
    }

    /** Records pushed as JSON: validated by the same rules as file rows; the hash is over the canonical JSON. */
    <T, R> Uni<ImportReport> records(ImportOptions options, Object body, List<T> rows,
            Function<List<T>, ParsedBatch<R>> validate,
            BiFunction<ImportRequest, ParsedBatch<R>, Uni<ImportReport>> sync) {
        if (rows == null || rows.isEmpty()) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "Danh sách bản ghi trống: không có gì để nhập.");
        }
        ImportRequest request = requests.of(options, identity.getPrincipal().getName(), ImportFormat.JSON,
                options.fileName, canonical(body));
        ParsedBatch<R> batch = validate.apply(rows);
        return names.of(identity).chain(name -> sync.apply(request.withActorName(name), batch));
    }

    private byte[] canonical(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A deserialised body must serialise again", e);
        }
    }

    private record Prepared<R>(ImportRequest request, ParsedBatch<R> batch) {
    }
}
