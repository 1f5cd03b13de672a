-- Department (Sở GDĐT) staff: imported for their department by the admin (docs/import.md, "Department staff").
-- A department officer belongs to no school and no district office: school_id NULL, district_office_id NULL,
-- department_id their department. Every other staff row keeps its district office (its school's, or its own).
ALTER TABLE staff ADD COLUMN department_id bigint REFERENCES department (id);
ALTER TABLE staff ALTER COLUMN district_office_id DROP NOT NULL;
ALTER TABLE staff DROP CONSTRAINT staff_role_check;
ALTER TABLE staff ADD CONSTRAINT staff_role_check CHECK (role IN ('DEPARTMENT_OFFICER', 'DISTRICT_OFFICER',
    'PRINCIPAL', 'VICE_PRINCIPAL', 'TEACHER', 'SCHOOL_NURSE', 'OTHER_STAFF'));
-- Exactly the right owner: a department officer has a department and nothing else; anyone else a district office
-- and no department.
ALTER TABLE staff ADD CONSTRAINT staff_one_owner CHECK (
    CASE WHEN role = 'DEPARTMENT_OFFICER'
         THEN department_id IS NOT NULL AND district_office_id IS NULL AND school_id IS NULL
         ELSE department_id IS NULL AND district_office_id IS NOT NULL END);
CREATE INDEX staff_department_idx ON staff (department_id) WHERE department_id IS NOT NULL;

-- An import is for a school, a district office's own staff or a department's own staff: exactly one.
ALTER TABLE directory_import ADD COLUMN department_id bigint REFERENCES department (id);
ALTER TABLE directory_import DROP CONSTRAINT directory_import_one_unit;
ALTER TABLE directory_import ADD CONSTRAINT directory_import_one_unit
    CHECK (num_nonnulls(school_id, district_office_id, department_id) = 1);
CREATE INDEX directory_import_department_idx ON directory_import (department_id, started_at DESC)
    WHERE department_id IS NOT NULL;
