-- The audit log: who did what, when, from where, and with what outcome (sign-ins, failed attempts, token
-- revocations, every import). Append-only; owned by vn.lienlac.audit. Personal data stays out: `subject` and
-- `details` hold codes, ids and masked phones (0912***678) only, never children's data.
CREATE TABLE audit_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    action         text        NOT NULL,
    outcome        text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE')),
    actor          text,                     -- principal name or account id; null for an anonymous caller
    subject        text,                     -- what was acted on: a masked phone, a session id, an import id
    school_code    text,
    client_ip      text,
    correlation_id text,
    details        jsonb       NOT NULL DEFAULT '{}'
);

-- Every query is newest first, optionally narrowed by action, actor or school; id breaks ties in time.
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at DESC) WHERE actor IS NOT NULL;
CREATE INDEX audit_event_school_idx ON audit_event (school_code, occurred_at DESC) WHERE school_code IS NOT NULL;
