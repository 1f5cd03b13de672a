package vn.lienlac.adoption;

/**
 * The four adoption figures of a school, a class, a district or a department (docs/adoption.md).
 *
 * @param staff     active staff of the school(s), every position (for a class: its homeroom teacher and the staff
 *                  teaching it)
 * @param teachers  of those, the staff whose position is teacher (for a class: same as staff)
 * @param guardians active guardians actively linked to an active student, each counted once
 * @param students  active students; "activated" are those with at least one activated guardian
 */
public record Figures(Share staff, Share teachers, Share guardians, Share students) {

    public static final Figures NONE = new Figures(Share.of(0, 0), Share.of(0, 0), Share.of(0, 0), Share.of(0, 0));
}
