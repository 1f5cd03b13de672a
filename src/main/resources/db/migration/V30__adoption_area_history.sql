-- Adoption (docs/adoption.md, "Daily history"): the daily snapshot of each district's and each department's figures,
-- next to the schools' (V18). A guardian with children at two schools counts once in the district and once in the
-- department, so these rows are counted over the area, not summed from the schools' rows. Same upsert rule as V18.
CREATE TABLE adoption_daily_district (
    district_office_id  bigint      NOT NULL REFERENCES district_office (id),
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
    PRIMARY KEY (district_office_id, day)
);

CREATE TABLE adoption_daily_department (
    department_id       bigint      NOT NULL REFERENCES department (id),
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
    PRIMARY KEY (department_id, day)
);
