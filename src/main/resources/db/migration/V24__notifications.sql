-- Issue 18: reaching a person outside the open WebSocket — push endpoints, one durable outbox, budgets.
-- Owned by the notifications feature (docs/notifications.md).

-- A browser or app install that can be woken: a Web Push subscription, an FCM registration token, an APNs
-- device token. Registered by the signed-in person; removed when the provider says it is gone (404/410,
-- UNREGISTERED, BadDeviceToken) or when the person signs out of that device.
CREATE TABLE push_endpoint (
    id            bigserial PRIMARY KEY,
    participant   text        NOT NULL,              -- 'g:12' / 's:7' (directory.Participant)
    channel       text        NOT NULL CHECK (channel IN ('WEB_PUSH', 'FCM', 'APNS')),
    address       text        NOT NULL,              -- push service URL / FCM token / APNs device token
    keys          jsonb,                              -- WEB_PUSH: {"p256dh","auth"}; APNS: {"topic","sandbox"}
    session_id    bigint,                             -- identity's session that registered it, if known
    user_agent    text,
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz,
    UNIQUE (channel, address)
);
CREATE INDEX push_endpoint_participant ON push_endpoint (participant);

-- One thing to bring to one person's attention (a notice, a chat message, a directive, a reminder, an
-- invitation). Its attempts (rows of outbox) share it: a later step goes only while the item is unread and
-- no earlier step reached the person.
CREATE TABLE outbox_item (
    id               bigserial PRIMARY KEY,
    kind             text        NOT NULL,            -- notifications.outbox.ItemKind
    item_ref         text        NOT NULL,            -- 'notice:12', 'chat:<conversation>:<seq>', 'directive:7', ...
    recipient        text        NOT NULL,            -- participant
    school_id        bigint,                          -- budgets and per-school policy
    district_id      bigint,
    urgent           boolean     NOT NULL DEFAULT false,
    conversation_id  bigint,                          -- where the item lives in the app (read marks), if it does
    seq              bigint,
    message          jsonb       NOT NULL,            -- notifications.outbox.Message
    created_at       timestamptz NOT NULL,
    read_at          timestamptz,
    UNIQUE (item_ref, recipient)
);
CREATE INDEX outbox_item_unread ON outbox_item (recipient, conversation_id, seq) WHERE read_at IS NULL;

-- One attempt route: an item × a channel × an address. Claimed by one sender at a time (FOR UPDATE SKIP LOCKED
-- plus a lease, so a pod killed mid-send leaves the row to be taken again after the lease).
CREATE TABLE outbox (
    id               bigserial   PRIMARY KEY,
    item_id          bigint      NOT NULL REFERENCES outbox_item (id) ON DELETE CASCADE,
    step             smallint    NOT NULL DEFAULT 0,  -- 0 first; step n+1 only if steps <= n did not reach
    channel          text        NOT NULL CHECK (channel IN ('WEB_PUSH', 'FCM', 'APNS', 'ZALO', 'SMS')),
    endpoint_id      bigint      REFERENCES push_endpoint (id) ON DELETE SET NULL,
    address          text,                            -- E.164 phone for ZALO and SMS
    state            text        NOT NULL DEFAULT 'QUEUED'
                     CHECK (state IN ('QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED', 'EXPIRED', 'SKIPPED')),
    due_at           timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    claimed_by       text,
    claimed_until    timestamptz,
    idempotency_key  uuid        NOT NULL,
    provider_id      text,
    error            text,
    cost_units       integer     NOT NULL DEFAULT 0,
    segments         smallint,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    delivered_at     timestamptz,
    finished_at      timestamptz
);
CREATE INDEX outbox_due ON outbox (due_at) WHERE state = 'QUEUED';
CREATE INDEX outbox_by_item ON outbox (item_id, step);
CREATE INDEX outbox_by_provider_id ON outbox (channel, provider_id) WHERE provider_id IS NOT NULL;
