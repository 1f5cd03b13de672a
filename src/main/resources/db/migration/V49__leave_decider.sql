-- Issue 20 (docs/leave-requests.md): a decided request names who decided, "Nhận xét của cô Phạm Thị Hoa: …".
-- Owned by the leave feature. The member of staff's id, and how texts to families named them when they decided
-- ("cô …", "thầy …", "giáo viên …"), kept like the child's name so that lists read no directory table. Null for
-- requests decided before, and when the decider is no active staff of the school (an admin).
ALTER TABLE leave_request ADD COLUMN decided_by_staff_id bigint;
ALTER TABLE leave_request ADD COLUMN decided_by_title text;
