package vn.lienlac.directives;

import java.util.List;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/** One refused field of a request, listed in the {@code errors} of a 400 problem (as bean validation lists them). */
public record FieldProblem(String field, String message) {

    /** 400 VALIDATION_FAILED listing these problems; the first one's message is the detail. */
    public static ApiException invalid(List<FieldProblem> problems) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, problems.get(0).message(), problems);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }
}
