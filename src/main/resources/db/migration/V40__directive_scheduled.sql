-- Directives scheduled for a later time (docs/directives.md, "Scheduled sends"): the request as sent, checked when it
-- was scheduled and again when it goes. The job claims due rows with FOR UPDATE SKIP LOCKED and writes the directive
-- in the same transaction as the row's state, so each goes exactly once across pods; a cancelled row never goes.
CREATE TABLE directive_scheduled (
    id                bigserial   PRIMARY KEY,
    route             text        NOT NULL CHECK (route IN ('DEPARTMENT', 'DISTRICT', 'SCHOOL')),
    unit_code         text        NOT NULL,
    sender_phone      text,
    sender_staff_code text,
    sender_owner      text        NOT NULL,
    school_code       text,
    request           jsonb       NOT NULL,
    subject           text        NOT NULL,
    recipients        int         NOT NULL,
    send_at           timestamptz NOT NULL,
    state             text        NOT NULL DEFAULT 'SCHEDULED'
                                  CHECK (state IN ('SCHEDULED', 'SENT', 'CANCELLED', 'FAILED')),
    directive_id      bigint      REFERENCES directive (id),
    failure           text,
    created_at        timestamptz NOT NULL,
    done_at           timestamptz,
    CHECK (sender_phone IS NOT NULL OR sender_staff_code IS NOT NULL)
);

CREATE INDEX directive_scheduled_due_idx ON directive_scheduled (send_at) WHERE state = 'SCHEDULED';
CREATE INDEX directive_scheduled_sender_idx ON directive_scheduled (sender_staff_code, sender_phone, send_at DESC);
