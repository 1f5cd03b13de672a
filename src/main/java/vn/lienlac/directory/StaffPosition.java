package vn.lienlac.directory;

import vn.lienlac.directory.model.StaffRole;

/**
 * One active staff position of a person.
 *
 * @param schoolCode   null for office staff (a district office's or a department's)
 * @param districtCode the district office the position belongs to; null for a department's staff
 */
public record StaffPosition(String staffCode, StaffRole role, String schoolCode, String districtCode) {
}
