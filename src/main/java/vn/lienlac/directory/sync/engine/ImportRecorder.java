package vn.lienlac.directory.sync.engine;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.lienlac.directory.importing.RowError;
import vn.lienlac.directory.sync.ImportCounts;
import vn.lienlac.directory.sync.ImportKind;
import vn.lienlac.directory.sync.ImportRequest;
import vn.lienlac.directory.sync.ImportStatus;

/** Writes the {@code directory_import} row of an applied or rejected import. */
@ApplicationScoped
public class ImportRecorder {

    /** How many row errors the log keeps per import; the total is kept in {@code error_count}. */
    static final int MAX_ERRORS_KEPT = 500;

    private final Clock clock;

    public ImportRecorder(Clock clock) {
        this.clock = clock;
    }

    /** Records the import, finished now. */
    public Uni<Void> record(SqlClient client, UUID id, School school, ImportKind kind, ImportRequest request,
            ImportStatus status, ImportCounts counts, List<RowError> errors, Instant startedAt) {
        Instant finishedAt = clock.instant();
        return client.preparedQuery("""
                        INSERT INTO directory_import (id, school_id, kind, mode, format, status, school_year,
                            skip_invalid, file_name, file_sha256, actor, row_count, created_count, updated_count,
                            deactivated_count, unchanged_count, invalid_count, errors, error_count, started_at,
                            finished_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
                            $19, $20, $21)""")
                .execute(Params.of(id, school.id(), kind.name(), request.mode().name(), request.format().name(),
                        status.name(), request.schoolYear(), request.skipInvalid(), request.fileName(),
                        Objects.requireNonNullElse(request.fileSha256(), ""),
                        Objects.requireNonNullElse(request.actor(), ""),
                        counts.rows(), counts.created(), counts.updated(), counts.deactivated(), counts.unchanged(),
                        counts.invalid(), json(errors), errors.size(), startedAt.atOffset(ZoneOffset.UTC),
                        finishedAt.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    private static JsonArray json(List<RowError> errors) {
        JsonArray array = new JsonArray();
        for (RowError error : errors.subList(0, Math.min(errors.size(), MAX_ERRORS_KEPT))) {
            array.add(new JsonObject()
                    .put("row", error.row())
                    .put("column", error.column())
                    .put("code", error.code())
                    .put("message", error.message()));
        }
        return array;
    }
}
