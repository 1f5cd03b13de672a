-- Roles come from the office that owns them (issue 15, docs/access.md "Who may create which role").
-- District-office staff are imported for their office: school_id NULL, district_office_id their office. A school's
-- import can no longer make one. This migration changes no row: it records office imports, keeps new office-role
-- rows out of schools, and makes the office-role rows that schools created before findable
-- (docs/operations.md, "Migration note: officers created through a school").

-- An import is for a school (school_id) or for a district office's own staff (district_office_id), never both.
ALTER TABLE directory_import ALTER COLUMN school_id DROP NOT NULL;
ALTER TABLE directory_import ADD COLUMN district_office_id bigint REFERENCES district_office (id);
ALTER TABLE directory_import ADD CONSTRAINT directory_import_one_unit
    CHECK ((school_id IS NULL) <> (district_office_id IS NULL));
CREATE INDEX directory_import_office_idx ON directory_import (district_office_id, started_at DESC)
    WHERE district_office_id IS NOT NULL;

-- No new or edited active row may give a school's staff member an office role. NOT VALID: the rows that exist are
-- not checked (nor changed); deactivating one, or moving it to its office, passes. Once the rows the view below
-- lists are fixed, an operator may run: ALTER TABLE staff VALIDATE CONSTRAINT staff_office_role_not_at_school;
ALTER TABLE staff ADD CONSTRAINT staff_office_role_not_at_school
    CHECK (role <> 'DISTRICT_OFFICER' OR school_id IS NULL OR NOT active) NOT VALID;

-- Office-role staff attached to a school: created by a school's import before this version. They grant nothing any
-- more (the access policy reads office roles only from office staff); the view lists them for an operator to fix.
CREATE VIEW staff_office_role_at_school AS
SELECT st.id, st.staff_code, st.full_name, st.phone, st.role, st.active, sc.code AS school_code,
       d.code AS district_code, st.created_at, st.updated_at
FROM staff st
JOIN school sc ON sc.id = st.school_id
JOIN district_office d ON d.id = st.district_office_id
WHERE st.role = 'DISTRICT_OFFICER';
