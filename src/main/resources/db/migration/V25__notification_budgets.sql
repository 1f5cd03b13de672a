-- Issue 18: monthly budgets of paid notification units (Zalo ZNS, SMS brandname), per school and per district office.
-- Owned by the notifications feature (docs/notifications.md, "Budgets").

-- A school's or a district office's own monthly budget, where it differs from the configured default
-- (lienlac.notifications.budget.school-monthly-units / district-monthly-units).
CREATE TABLE notification_budget (
    scope          text        NOT NULL CHECK (scope IN ('SCHOOL', 'DISTRICT')),
    scope_id       bigint      NOT NULL,              -- school.id / district_office.id
    monthly_units  integer     NOT NULL CHECK (monthly_units >= 0),
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (scope, scope_id)
);

-- Units used per month (the month's first day in the platform's zone). Reserved atomically before each paid send,
-- corrected to the provider's cost after it, released when the send did not happen.
CREATE TABLE notification_budget_use (
    scope     text    NOT NULL CHECK (scope IN ('SCHOOL', 'DISTRICT')),
    scope_id  bigint  NOT NULL,
    month     date    NOT NULL,
    used      integer NOT NULL,
    PRIMARY KEY (scope, scope_id, month)
);
