package vn.lienlac.directory;

import vn.lienlac.directory.model.StaffRole;

/**
 * One active staff position of a person.
 *
 * @param schoolCode   null for district office staff
 * @param districtCode the district office the position belongs to
 */
public record StaffPosition(String staffCode, StaffRole role, String schoolCode, String districtCode) {
}
