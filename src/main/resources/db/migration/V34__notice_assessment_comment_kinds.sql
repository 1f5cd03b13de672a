-- Two more kinds of record a school publishes to families (docs/notices.md): ASSESSMENT (the periodic assessments
-- the regulations define: conduct and learning results of Thông tư 22/2021, qualities and competences of Thông tư
-- 27/2020, preschool assessment by topic) and COMMENT (a teacher's daily, weekly or term comments, nhận xét).
-- Each is also a category a guardian may read in a daily digest.

ALTER TABLE notice_batch DROP CONSTRAINT notice_batch_kind_check;
ALTER TABLE notice_batch ADD CONSTRAINT notice_batch_kind_check
    CHECK (kind IN ('GRADE', 'ATTENDANCE', 'HEALTH', 'ACTIVITY', 'ASSESSMENT', 'COMMENT'));

ALTER TABLE notice DROP CONSTRAINT notice_kind_check;
ALTER TABLE notice ADD CONSTRAINT notice_kind_check
    CHECK (kind IN ('GRADE', 'ATTENDANCE', 'HEALTH', 'ACTIVITY', 'ASSESSMENT', 'COMMENT'));

ALTER TABLE notice_preference DROP CONSTRAINT notice_preference_category_check;
ALTER TABLE notice_preference ADD CONSTRAINT notice_preference_category_check
    CHECK (category IN ('GRADE', 'ATTENDANCE', 'HEALTH', 'ACTIVITY', 'ASSESSMENT', 'COMMENT'));
