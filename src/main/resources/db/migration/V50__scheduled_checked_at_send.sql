-- Scheduled sends are checked again when they go (docs/notices.md, docs/directives.md, docs/chat-rest.md): one rule for
-- the three jobs. A row whose sender may no longer send it is not sent: it ends FAILED with a stable failure_code
-- (NOT_PERMITTED) beside the Vietnamese reason in failure, and the failure is audited.
-- notice_scheduled keeps who scheduled the batch (the person of the directory), so that their rights can be found
-- again at the time; rows scheduled before this migration are resolved from their actor (docs/notices.md).
ALTER TABLE notice_scheduled
    ADD COLUMN sender_phone      text,
    ADD COLUMN sender_staff_code text,
    ADD COLUMN failure_code      text;
