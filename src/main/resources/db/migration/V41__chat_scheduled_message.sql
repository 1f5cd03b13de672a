-- Chat messages scheduled for a later time (docs/chat-rest.md, "Send later"): a teacher writing to parents after the
-- quiet hours began is offered "Gửi lúc 06:30 sáng mai". The job claims a due row with FOR UPDATE SKIP LOCKED and a
-- lease and sends it through the message writer under its client id, so a retry after a lost lease finds it stored
-- (a duplicate) rather than sending it twice.
CREATE TABLE chat_scheduled_message (
    id              bigserial   PRIMARY KEY,
    conversation_id bigint      NOT NULL REFERENCES conversation (id),
    author          text        NOT NULL CHECK (author ~ '^[gs]:[0-9]+$'),
    client_id       text        NOT NULL,
    text            text        NOT NULL,
    send_at         timestamptz NOT NULL,
    state           text        NOT NULL DEFAULT 'SCHEDULED'
                                CHECK (state IN ('SCHEDULED', 'SENDING', 'SENT', 'CANCELLED', 'FAILED')),
    claimed_until   timestamptz,
    seq             bigint,
    failure         text,
    created_at      timestamptz NOT NULL,
    done_at         timestamptz,
    UNIQUE (conversation_id, author, client_id)
);

CREATE INDEX chat_scheduled_due_idx ON chat_scheduled_message (send_at) WHERE state IN ('SCHEDULED', 'SENDING');
CREATE INDEX chat_scheduled_author_idx ON chat_scheduled_message (author, send_at DESC);
