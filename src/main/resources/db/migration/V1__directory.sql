-- The school directory: the organisation hierarchy, people and their relationships, kept in sync
-- with the education sector database (CSDL ngành). People are never deleted: they are deactivated,
-- so their history (and, later, their messages) stays.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE department (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text        NOT NULL UNIQUE,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE district_office (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    department_id bigint      NOT NULL REFERENCES department (id),
    code          text        NOT NULL UNIQUE,
    name          text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE school (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    district_office_id bigint      NOT NULL REFERENCES district_office (id),
    code               text        NOT NULL UNIQUE,
    name               text        NOT NULL,
    name_search        text        NOT NULL,
    level              text        NOT NULL CHECK (level IN ('MAM_NON', 'TIEU_HOC', 'THCS')),
    active             boolean     NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX school_district_idx ON school (district_office_id);

CREATE TABLE staff (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_code         text        NOT NULL UNIQUE,
    district_office_id bigint      NOT NULL REFERENCES district_office (id),
    school_id          bigint      REFERENCES school (id),
    full_name          text        NOT NULL,
    name_search        text        NOT NULL,
    date_of_birth      date,
    role               text        NOT NULL CHECK (role IN ('DISTRICT_OFFICER', 'PRINCIPAL', 'VICE_PRINCIPAL',
                                                            'TEACHER', 'SCHOOL_NURSE', 'OTHER_STAFF')),
    phone              text,
    email              text,
    active             boolean     NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    deactivated_at     timestamptz
);
CREATE INDEX staff_school_idx ON staff (school_id);
CREATE INDEX staff_district_idx ON staff (district_office_id);
CREATE INDEX staff_phone_idx ON staff (phone);
CREATE INDEX staff_name_search_idx ON staff USING gin (name_search gin_trgm_ops);

CREATE TABLE school_class (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id         bigint      NOT NULL REFERENCES school (id),
    school_year       text        NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    name              text        NOT NULL,
    homeroom_staff_id bigint      REFERENCES staff (id),
    active            boolean     NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (school_id, school_year, name)
);
CREATE INDEX school_class_homeroom_idx ON school_class (homeroom_staff_id);

CREATE TABLE teaching_assignment (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_id   bigint      NOT NULL REFERENCES staff (id),
    class_id   bigint      NOT NULL REFERENCES school_class (id),
    subject    text        NOT NULL DEFAULT '',
    active     boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (staff_id, class_id, subject)
);
CREATE INDEX teaching_assignment_class_idx ON teaching_assignment (class_id);

CREATE TABLE student (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    student_code   text        NOT NULL UNIQUE,
    school_id      bigint      NOT NULL REFERENCES school (id),
    full_name      text        NOT NULL,
    name_search    text        NOT NULL,
    date_of_birth  date,
    gender         text        CHECK (gender IN ('MALE', 'FEMALE')),
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    deactivated_at timestamptz
);
CREATE INDEX student_school_idx ON student (school_id);
CREATE INDEX student_name_search_idx ON student USING gin (name_search gin_trgm_ops);

-- A student's class membership, one row per (student, class) ever held; at most one is active.
CREATE TABLE enrollment (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    student_id bigint      NOT NULL REFERENCES student (id),
    class_id   bigint      NOT NULL REFERENCES school_class (id),
    active     boolean     NOT NULL DEFAULT true,
    started_at timestamptz NOT NULL DEFAULT now(),
    ended_at   timestamptz,
    UNIQUE (student_id, class_id)
);
CREATE UNIQUE INDEX enrollment_one_active_idx ON enrollment (student_id) WHERE active;
CREATE INDEX enrollment_class_idx ON enrollment (class_id) WHERE active;

-- A guardian is identified by a normalised mobile phone number (E.164, +84...), across schools.
CREATE TABLE guardian (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    phone          text        NOT NULL UNIQUE CHECK (phone ~ '^\+84[0-9]{9}$'),
    full_name      text        NOT NULL,
    name_search    text        NOT NULL,
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    deactivated_at timestamptz
);
CREATE INDEX guardian_name_search_idx ON guardian USING gin (name_search gin_trgm_ops);

CREATE TABLE student_guardian (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    student_id   bigint      NOT NULL REFERENCES student (id),
    guardian_id  bigint      NOT NULL REFERENCES guardian (id),
    relationship text        NOT NULL CHECK (relationship IN ('FATHER', 'MOTHER', 'GUARDIAN')),
    active       boolean     NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (student_id, guardian_id, relationship)
);
CREATE UNIQUE INDEX student_guardian_one_per_slot_idx ON student_guardian (student_id, relationship) WHERE active;
CREATE INDEX student_guardian_guardian_idx ON student_guardian (guardian_id);

-- Every import attempt that was applied or rejected (dry runs write nothing, so they are not here).
CREATE TABLE directory_import (
    id                uuid        PRIMARY KEY,
    school_id         bigint      NOT NULL REFERENCES school (id),
    kind              text        NOT NULL CHECK (kind IN ('STUDENTS', 'STAFF')),
    mode              text        NOT NULL CHECK (mode IN ('SNAPSHOT', 'DELTA')),
    format            text        NOT NULL CHECK (format IN ('XLSX', 'CSV', 'JSON')),
    status            text        NOT NULL CHECK (status IN ('APPLIED', 'REJECTED')),
    school_year       text        NOT NULL,
    skip_invalid      boolean     NOT NULL,
    file_name         text,
    file_sha256       text        NOT NULL,
    actor             text        NOT NULL,
    row_count         integer     NOT NULL,
    created_count     integer     NOT NULL,
    updated_count     integer     NOT NULL,
    deactivated_count integer     NOT NULL,
    unchanged_count   integer     NOT NULL,
    invalid_count     integer     NOT NULL,
    errors            jsonb       NOT NULL DEFAULT '[]'::jsonb,
    started_at        timestamptz NOT NULL,
    finished_at       timestamptz NOT NULL
);
CREATE INDEX directory_import_school_idx ON directory_import (school_id, started_at DESC);

-- Domain events for other features (conversation membership, notices, adoption) to consume in order.
CREATE TABLE directory_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    type        text        NOT NULL,
    school_id   bigint      REFERENCES school (id),
    import_id   uuid        REFERENCES directory_import (id),
    payload     jsonb       NOT NULL
);
CREATE INDEX directory_event_school_idx ON directory_event (school_id, id);
