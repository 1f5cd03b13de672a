-- Class timetables (thời khóa biểu), owned by the timetable feature (docs/timetable.md).
-- A version is a class's whole week, in force from week_of (a Monday) until a later version's week.
CREATE TABLE timetable_version (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id   bigint      NOT NULL REFERENCES school (id),
    class_id    bigint      NOT NULL REFERENCES school_class (id),
    -- the class's name when published, for texts (timetable reads no directory table)
    class_name  text        NOT NULL,
    week_of     date        NOT NULL CHECK (extract(isodow FROM week_of) = 1),
    source      text        NOT NULL CHECK (source IN ('IMPORT', 'EDIT')),
    -- bumped on each change of this week's version: one notification per revision
    revision    int         NOT NULL DEFAULT 1,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (class_id, week_of)
);

CREATE TABLE timetable_cell (
    version_id       bigint   NOT NULL REFERENCES timetable_version (id) ON DELETE CASCADE,
    -- 1 = Thứ Hai (Monday) … 6 = Thứ Bảy (Saturday)
    day              smallint NOT NULL CHECK (day BETWEEN 1 AND 6),
    session          text     NOT NULL CHECK (session IN ('SANG', 'CHIEU')),
    period           smallint NOT NULL CHECK (period BETWEEN 1 AND 5),
    subject          text     NOT NULL CHECK (length(subject) BETWEEN 1 AND 100),
    teacher          text     CHECK (length(teacher) BETWEEN 1 AND 100),
    -- the teacher matched by name among the school's active staff when published, or null
    teacher_staff_id bigint,
    room             text     CHECK (length(room) BETWEEN 1 AND 50),
    PRIMARY KEY (version_id, day, session, period)
);
CREATE INDEX timetable_cell_teacher_idx ON timetable_cell (teacher_staff_id) WHERE teacher_staff_id IS NOT NULL;
