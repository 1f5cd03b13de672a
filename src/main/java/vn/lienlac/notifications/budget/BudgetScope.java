package vn.lienlac.notifications.budget;

/** Whose budget a paid send is charged to: the item's school, or its district office when it has no school. */
public enum BudgetScope {
    SCHOOL, DISTRICT;

    /** The scope charged for an item, or null when it has neither (then no budget applies). */
    public static BudgetScope of(Long schoolId, Long districtId) {
        return schoolId != null ? SCHOOL : districtId != null ? DISTRICT : null;
    }
}
