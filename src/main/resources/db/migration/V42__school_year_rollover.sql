-- The new school year (docs/import.md, "New school year"): a student snapshot of a later school year closes the
-- school's classes of earlier years. A closed class is inactive and keeps its rows; closed_at says when it was
-- closed, which also closes its chat groups to new messages (their history stays readable).
ALTER TABLE school_class ADD COLUMN closed_at timestamptz;
CREATE INDEX school_class_open_idx ON school_class (school_id, school_year) WHERE active;

-- The read contract gains closed_at (appended, so that CREATE OR REPLACE keeps the view's other columns).
CREATE OR REPLACE VIEW directory_classes AS
SELECT id, school_id, school_year, name, homeroom_staff_id, active, closed_at
FROM school_class;
