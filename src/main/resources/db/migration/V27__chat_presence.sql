-- Issue 18, producers: who has an open chat WebSocket on any pod (chat's presence, read by notifications through
-- vn.lienlac.notifications.outbox.Presence), and the push-readiness function chat's send check calls.
-- Owned by chat (docs/notifications.md, "Producers and read marks").

-- A pod that holds chat connections. Each pod writes its heartbeat every few seconds; its presence rows count only
-- while the heartbeat is fresh, so a pod killed with kill -9 stops counting within the bound without any cleanup.
CREATE TABLE chat_pod (
    pod           text        PRIMARY KEY,            -- a random id per process start
    heartbeat_at  timestamptz NOT NULL
);

-- One participant connected on one pod (one row however many connections the pod holds for them). Written in
-- batches by the pod: one statement per flush for every connect and disconnect since the last one.
CREATE TABLE chat_presence (
    participant   text        NOT NULL,               -- 'g:12' / 's:7'
    pod           text        NOT NULL REFERENCES chat_pod (pod) ON DELETE CASCADE,
    since         timestamptz NOT NULL,
    PRIMARY KEY (participant, pod)
);
CREATE INDEX chat_presence_pod ON chat_presence (pod);

-- Notifications' published read for producers (like the directory's directory_participant_* functions): which of
-- these participants have at least one push endpoint. Chat's send check calls it inside its one query, so that a
-- message costs no extra statement when no member can be pushed to.
CREATE FUNCTION notifications_push_ready(participants text[]) RETURNS SETOF text
    LANGUAGE sql STABLE AS
$$ SELECT DISTINCT e.participant FROM push_endpoint e WHERE e.participant = ANY (participants) $$;
