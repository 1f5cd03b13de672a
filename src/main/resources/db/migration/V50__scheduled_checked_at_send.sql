-- Scheduled sends are checked again when they go (docs/notices.md, docs/directives.md, docs/chat-rest.md): one rule for
-- the three jobs. A row whose sender may no longer send it is not sent: it ends FAILED with a stable failure_code
-- (NOT_PERMITTED) beside the Vietnamese reason in failure, and the failure is audited.
-- notice_scheduled keeps who scheduled the batch (the person of the directory), so that their rights can be found
-- again at the time; rows scheduled before this migration are resolved from their actor (docs/notices.md).
ALTER TABLE notice_scheduled
    ADD COLUMN sender_phone      text,
    ADD COLUMN sender_staff_code text,
    ADD COLUMN failure_code      text;

-- A principal's (or district officer's) forward may be scheduled like a send: route FORWARD, with the directive it
-- forwards in parent_id.
ALTER TABLE directive_scheduled
    ADD COLUMN failure_code text,
    ADD COLUMN parent_id    bigint REFERENCES directive (id),
    DROP CONSTRAINT directive_scheduled_route_check,
    ADD CONSTRAINT directive_scheduled_route_check
        CHECK (route IN ('DEPARTMENT', 'DISTRICT', 'SCHOOL', 'FORWARD')),
    ADD CONSTRAINT directive_scheduled_forward_check CHECK ((route = 'FORWARD') = (parent_id IS NOT NULL));

ALTER TABLE chat_scheduled_message
    ADD COLUMN failure_code text;
