package vn.lienlac.notices.delivery;

/**
 * Where a batch of notice changes comes from, as notifications need it.
 *
 * @param schoolId   the school (budgets and per-school policy)
 * @param schoolName its name, a parameter of the Zalo/SMS templates
 * @param urgent     marked urgent by the school's leadership (audited by the publisher)
 */
public record NoticeOrigin(long schoolId, String schoolName, boolean urgent) {
}
