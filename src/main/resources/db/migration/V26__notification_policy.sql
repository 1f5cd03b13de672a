-- Issue 18, the policy (docs/notifications.md, "The policy"): per-school settings and each person's own choices.
-- Owned by the notifications feature.

-- A school's departures from the configured defaults: quiet hours and, per item kind, how paid channels are used.
-- Null columns and kinds missing from the map keep the defaults (lienlac.notifications.policy.*).
CREATE TABLE notification_school_policy (
    school_id    bigint      PRIMARY KEY,
    quiet_from   time,
    quiet_until  time,
    kinds        jsonb       NOT NULL DEFAULT '{}',  -- {"GRADE": {"mode": "PUSH_ONLY", "paidChannels": ["ZALO"], "readWindowMinutes": 30}}
    updated_at   timestamptz NOT NULL,
    updated_by   text        NOT NULL
);

-- A person's own choice, per participant: turn off push and/or paid channels (Zalo, SMS) for non-urgent items.
CREATE TABLE notification_preference (
    participant  text        PRIMARY KEY,             -- 'g:12' / 's:7'
    push         boolean     NOT NULL,
    paid         boolean     NOT NULL,
    updated_at   timestamptz NOT NULL
);

-- identity's sessions are identified by uuid (the token's sid claim): the endpoint remembers the one that registered it.
ALTER TABLE push_endpoint ALTER COLUMN session_id TYPE uuid USING NULL;
CREATE INDEX push_endpoint_session ON push_endpoint (session_id) WHERE session_id IS NOT NULL;
