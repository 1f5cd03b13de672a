package vn.lienlac.directory.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.TestSchools;

/**
 * The number of rows in every directory table, all schools together: two equal counts around a request show that
 * it wrote nothing. Test classes run one after the other in one JVM, so nothing else writes in between.
 */
record DirectoryTables(Map<String, Long> rows) {

    static final List<String> TABLES = List.of("school_class", "staff", "teaching_assignment", "student",
            "enrollment", "guardian", "student_guardian", "directory_event");

    static DirectoryTables count(TestSchools db) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, db.count("SELECT count(*) FROM " + table));
        }
        return new DirectoryTables(rows);
    }
}
