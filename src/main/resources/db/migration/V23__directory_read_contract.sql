-- The directory's read contract (docs/directory-contract.md): what chat, directives and notices may read of the
-- directory. They name these views and functions, never the directory's tables (ForeignTablesTest). The views are
-- simple, so PostgreSQL inlines them: a join through one costs what the join on the tables costs.

-- The participant encoding: one person of the directory in one capacity, 'g:<guardian id>' or 's:<staff id>'
-- (chat.Participant is the Java side). IMMUTABLE one-expression SQL functions of immutable operators: inlined.
CREATE FUNCTION directory_participant_of_guardian(guardian_id bigint) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 'g:' || guardian_id::text $$;
CREATE FUNCTION directory_participant_of_staff(staff_id bigint) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 's:' || staff_id::text $$;
-- 'g' or 's'.
CREATE FUNCTION directory_participant_kind(participant text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT left(participant, 1) $$;
-- The guardian's or staff member's id.
CREATE FUNCTION directory_participant_id(participant text) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT substr(participant, 3)::bigint $$;

-- Every school, active or not.
CREATE VIEW directory_schools AS
SELECT id, code, name, level, district_office_id, active
FROM school;

-- Every district office (Phòng GDĐT).
CREATE VIEW directory_district_offices AS
SELECT id, code, name, department_id
FROM district_office;

-- Every class, active or not; a live class is an active class of an active school.
CREATE VIEW directory_classes AS
SELECT id, school_id, school_year, name, homeroom_staff_id, active
FROM school_class;

-- Every staff position, active or not (names of past senders, departed members).
CREATE VIEW directory_staff AS
SELECT id, directory_participant_of_staff(id) AS participant, staff_code, phone, full_name, name_search, role,
       school_id, district_office_id, department_id, active
FROM staff;

-- The rule "an active staff member": an active position whose school, if it has one, is active. The school's and
-- district office's codes and names come along (unused, those joins are removed by the planner).
CREATE VIEW directory_active_staff AS
SELECT st.id, directory_participant_of_staff(st.id) AS participant, st.staff_code, st.phone, st.full_name,
       st.name_search, st.role, st.school_id, sc.code AS school_code, sc.name AS school_name, st.district_office_id,
       d.code AS district_code, d.name AS district_name, st.department_id
FROM staff st
LEFT JOIN school sc ON sc.id = st.school_id
LEFT JOIN district_office d ON d.id = st.district_office_id
WHERE st.active AND (sc.id IS NULL OR sc.active);

-- Every guardian, active or not.
CREATE VIEW directory_guardians AS
SELECT id, directory_participant_of_guardian(id) AS participant, phone, full_name, name_search, active
FROM guardian;

-- A guardian's active children (an active link to an active student): the student's school, and the class of their
-- active enrollment (null when they have none). The guardian's own activity is directory_guardians.active.
CREATE VIEW directory_guardian_children AS
SELECT sg.guardian_id, directory_participant_of_guardian(sg.guardian_id) AS participant, sg.student_id,
       st.full_name AS student_name, st.school_id, e.class_id
FROM student_guardian sg
JOIN student st ON st.id = sg.student_id AND st.active
LEFT JOIN enrollment e ON e.student_id = st.id AND e.active
WHERE sg.active;

-- The active teaching assignments (subject '' for none); a class's homeroom teacher is directory_classes'
-- homeroom_staff_id. Neither the class's nor the staff member's activity is applied.
CREATE VIEW directory_teaching_assignments AS
SELECT staff_id, class_id, subject
FROM teaching_assignment
WHERE active;

-- The participants of a school, present and past: its staff positions, and the guardians linked (by any link, active
-- or not) to a student of the school; active is the person's own activity.
CREATE VIEW directory_school_participants AS
SELECT st.school_id, directory_participant_of_staff(st.id) AS participant, st.active
FROM staff st
WHERE st.school_id IS NOT NULL
UNION ALL
SELECT s.school_id, directory_participant_of_guardian(g.id), g.active
FROM student s
JOIN student_guardian sg ON sg.student_id = s.id
JOIN guardian g ON g.id = sg.guardian_id;
