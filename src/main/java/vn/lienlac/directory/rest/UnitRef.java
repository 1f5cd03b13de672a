package vn.lienlac.directory.rest;

/** A school or district office named inside another response. */
public record UnitRef(String code, String name) {
}
