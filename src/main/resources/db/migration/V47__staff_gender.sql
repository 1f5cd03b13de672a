-- Staff gender (issue 20, item 3), so that texts to families say "cô Lan" / "thầy Toàn" instead of "giáo viên …".
-- Imported from the staff file's "Giới tính" column (docs/import.md); null when the directory does not know it.
ALTER TABLE staff ADD COLUMN gender text CHECK (gender IN ('MALE', 'FEMALE'));

-- The read contract (docs/directory-contract.md) gets the column at the end (CREATE OR REPLACE VIEW may only add).
CREATE OR REPLACE VIEW directory_staff AS
SELECT id, directory_participant_of_staff(id) AS participant, staff_code, phone, full_name, name_search, role,
       school_id, district_office_id, department_id, active, gender
FROM staff;
