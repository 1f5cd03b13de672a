-- Scheduled directives are checked again when they go, as notice batches are (V50, docs/directives.md): a row
-- whose sender may no longer send it ends FAILED with a stable failure_code (NOT_PERMITTED) beside the reason.
-- A principal's (or district officer's) forward may be scheduled like a send: route FORWARD, with the directive it
-- forwards in parent_id.
ALTER TABLE directive_scheduled
    ADD COLUMN failure_code text,
    ADD COLUMN parent_id    bigint REFERENCES directive (id),
    DROP CONSTRAINT directive_scheduled_route_check,
    ADD CONSTRAINT directive_scheduled_route_check
        CHECK (route IN ('DEPARTMENT', 'DISTRICT', 'SCHOOL', 'FORWARD')),
    ADD CONSTRAINT directive_scheduled_forward_check CHECK ((route = 'FORWARD') = (parent_id IS NOT NULL));
