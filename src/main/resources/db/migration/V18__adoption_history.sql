-- Adoption (docs/adoption.md): one snapshot of each school's activation figures per day (Asia/Ho_Chi_Minh date).
-- The daily job upserts on (school_id, day), so pods that run it at the same time, or a rerun on the same day,
-- leave exactly one row per school and day: the latest figures of that day.
CREATE TABLE adoption_daily (
    school_id           bigint      NOT NULL REFERENCES school (id),
    day                 date        NOT NULL,
    staff_total         integer     NOT NULL,
    staff_activated     integer     NOT NULL,
    teachers_total      integer     NOT NULL,
    teachers_activated  integer     NOT NULL,
    guardians_total     integer     NOT NULL,
    guardians_activated integer     NOT NULL,
    students_total      integer     NOT NULL,
    students_reached    integer     NOT NULL,
    taken_at            timestamptz NOT NULL,
    PRIMARY KEY (school_id, day)
);

