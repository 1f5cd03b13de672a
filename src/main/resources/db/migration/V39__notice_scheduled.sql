-- Notice batches scheduled for a later time (docs/notices.md, "Scheduled batches"): the records that passed every
-- check when the batch was scheduled, and who sent them (their publishing rights as the access policy found them
-- then). The job claims a due row with FOR UPDATE SKIP LOCKED and a lease, publishes it (records are keyed by
-- sourceId, so publishing again after a lost lease changes nothing) and marks it SENT.
CREATE TABLE notice_scheduled (
    id            uuid        PRIMARY KEY,
    school_id     bigint      NOT NULL,
    school_code   text        NOT NULL,
    kind          text        NOT NULL,
    actor         text        NOT NULL,
    author        jsonb       NOT NULL,
    records       jsonb       NOT NULL,
    record_count  int         NOT NULL,
    urgent        boolean     NOT NULL,
    send_at       timestamptz NOT NULL,
    state         text        NOT NULL DEFAULT 'SCHEDULED'
                              CHECK (state IN ('SCHEDULED', 'SENDING', 'SENT', 'CANCELLED', 'FAILED')),
    failure       text,
    claimed_until timestamptz,
    batch_id      uuid,
    created_at    timestamptz NOT NULL,
    done_at       timestamptz
);

CREATE INDEX notice_scheduled_due_idx ON notice_scheduled (send_at) WHERE state IN ('SCHEDULED', 'SENDING');
CREATE INDEX notice_scheduled_actor_idx ON notice_scheduled (school_code, actor, send_at DESC);
