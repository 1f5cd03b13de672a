package vn.lienlac.adoption.export;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.Locale;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.export.Table;
import vn.lienlac.platform.export.TableWriters;

/** The file formats of adoption exports (docs/adoption.md), written by the platform's {@link TableWriters}. */
public enum ExportFormat {
    /** UTF-8 with a byte order mark, so that Excel shows Vietnamese correctly; CRLF; RFC 4180 quoting. */
    CSV(ExportFormat.CSV_TYPE, "csv"),
    XLSX(ExportFormat.XLSX_TYPE, "xlsx");

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The file's bytes, written on a worker thread (POI and the CSV printer block). */
    public Uni<byte[]> write(Table table) {
        return Uni.createFrom().item(() -> this == CSV ? TableWriters.csv(table) : TableWriters.xlsx(table))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** {@code csv} or {@code xlsx}, any case; anything else is a 400. */
    public static ExportFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badRequest("Định dạng xuất không hỗ trợ: " + value + ". Hãy dùng csv hoặc xlsx.");
        }
    }
}
