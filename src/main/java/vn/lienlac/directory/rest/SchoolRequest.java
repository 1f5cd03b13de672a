package vn.lienlac.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.lienlac.directory.model.SchoolLevel;

/**
 * Body of {@code PUT /schools/{code}}. The level is a string, not the enum, so that a wrong value is reported
 * as a field error rather than as unreadable JSON.
 */
public record SchoolRequest(
        @NotBlank(message = Codes.NAME_BLANK) @Size(max = Codes.NAME_MAX, message = Codes.NAME_TOO_LONG) String name,
        @NotNull(message = "Cần cấp học.")
        @Pattern(regexp = "MAM_NON|TIEU_HOC|THCS", message = "Cấp học phải là MAM_NON, TIEU_HOC hoặc THCS.")
        String level,
        @NotBlank(message = "Cần mã Phòng GDĐT.") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String districtCode) {

    SchoolLevel schoolLevel() {
        return SchoolLevel.valueOf(level);
    }
}
