package vn.lienlac.notifications.budget;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Monthly budgets of paid units (docs/notifications.md, "Budgets"); a row of notification_budget overrides them. */
@ConfigMapping(prefix = "lienlac.notifications.budget")
public interface BudgetConfig {

    /** Paid units (one Zalo message, one SMS segment) a school may use per month unless its own budget is set. */
    @WithDefault("5000")
    int schoolMonthlyUnits();

    /** Paid units a district office may use per month for items of its own (those without a school). */
    @WithDefault("20000")
    int districtMonthlyUnits();
}
