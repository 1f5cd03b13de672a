package vn.lienlac.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /departments/{code}}. */
public record DepartmentRequest(
        @NotBlank(message = Codes.NAME_BLANK) @Size(max = Codes.NAME_MAX, message = Codes.NAME_TOO_LONG) String name) {
}
