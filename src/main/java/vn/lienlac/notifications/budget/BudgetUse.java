package vn.lienlac.notifications.budget;

/** A month's budget: its limit in paid units and what is used (may pass the limit by urgent sends). */
public record BudgetUse(int monthlyUnits, int used) {
}
