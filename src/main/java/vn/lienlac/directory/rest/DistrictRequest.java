package vn.lienlac.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /districts/{code}}. */
public record DistrictRequest(
        @NotBlank(message = Codes.NAME_BLANK) @Size(max = Codes.NAME_MAX, message = Codes.NAME_TOO_LONG) String name,
        @NotBlank(message = "Cần mã Sở GDĐT.") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String departmentCode) {
}
