package vn.lienlac.adoption;

/**
 * One class of the current school year. Its staff are its homeroom teacher and the staff teaching it.
 *
 * @param homeroomTeacher the homeroom teacher's name, or null
 */
public record ClassFigures(long classId, String name, String homeroomTeacher, Figures figures) {
}
