package vn.lienlac.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document: {@code type} names the error code, {@code detail} is for people (Vietnamese),
 * {@code correlationId} ties the response to the server's logs, {@code errors} lists per-item failures.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String code,
        String detail,
        String correlationId,
        List<?> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ErrorCode code, String detail, String correlationId, List<?> errors) {
        return new Problem("urn:lienlac:error:" + code.name().toLowerCase().replace('_', '-'),
                code.message(), code.status(), code.name(), detail, correlationId, errors);
    }
}
