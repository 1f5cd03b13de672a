-- The department tier of directives (issue 19, docs/directives.md "From the department"): a department officer (Sở
-- GDĐT) sends to district offices (their officers) and directly to schools (their principals); a district officer
-- forwards what reached their office to the district's schools; a district answers the department's report request
-- for its schools.

-- The directory's departments (code and name), read by directives to find the sending department. A read-only view
-- of the directory's table in the shape of the directory's read contract (docs/directory-contract.md).
CREATE VIEW directory_departments AS
SELECT id, code, name
FROM department;

-- A directive is sent by exactly one unit: a district office (its own, or a school's of it), or a department.
ALTER TABLE directive ADD COLUMN department_id bigint REFERENCES department (id);
ALTER TABLE directive ALTER COLUMN district_office_id DROP NOT NULL;
-- V15's rule "a forward comes from a school" now also lets a district office forward (its school_id is null).
DO $$
DECLARE c text;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE conrelid = 'directive'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%parent_id%'
    LOOP
        EXECUTE format('ALTER TABLE directive DROP CONSTRAINT %I', c);
    END LOOP;
END $$;
ALTER TABLE directive ADD CONSTRAINT directive_one_sending_unit
    CHECK (num_nonnulls(district_office_id, department_id) = 1 AND (department_id IS NULL OR school_id IS NULL));
-- A department's directive is never a forward; a forward comes from a school or from a district office.
ALTER TABLE directive ADD CONSTRAINT directive_forward_from_below
    CHECK (parent_id IS NULL OR department_id IS NULL);
CREATE INDEX directive_department_idx ON directive (department_id, id DESC) WHERE department_id IS NOT NULL;

-- A recipient is a school's staff member (school_id) or a district office's officer (district_office_id).
ALTER TABLE directive_recipient ALTER COLUMN school_id DROP NOT NULL;
ALTER TABLE directive_recipient ADD COLUMN district_office_id bigint REFERENCES district_office (id);
ALTER TABLE directive_recipient ADD CONSTRAINT directive_recipient_one_unit
    CHECK (num_nonnulls(school_id, district_office_id) = 1);
CREATE INDEX directive_recipient_district_idx ON directive_recipient (directive_id, district_office_id)
    WHERE district_office_id IS NOT NULL;

-- A district office's answer to a department's report request, for its schools; one per district, replaced by a
-- later submission (the first submission's time decides the status, as for schools).
CREATE TABLE directive_district_report (
    directive_id       bigint      NOT NULL REFERENCES directive (id),
    district_office_id bigint      NOT NULL REFERENCES district_office (id),
    submitted_by       bigint      NOT NULL REFERENCES staff (id),
    text               text        NOT NULL,
    figures            jsonb       NOT NULL DEFAULT '{}'::jsonb,
    first_submitted_at timestamptz NOT NULL,
    submitted_at       timestamptz NOT NULL,
    PRIMARY KEY (directive_id, district_office_id)
);
