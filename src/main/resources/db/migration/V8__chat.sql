-- Chat: conversations, their members and one gap-free sequence of events per conversation (docs/protocol.md).
-- A participant is one person of the directory in one capacity, written 'g:<guardian id>' or 's:<staff id>'.
-- Nothing here is ever deleted: removed members are deactivated, recalled and hidden messages keep their row.

CREATE TABLE conversation (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       text        NOT NULL CHECK (kind IN ('DIRECT', 'CLASS', 'CLASS_PARENTS', 'SCHOOL_STAFF', 'CUSTOM')),
    school_id  bigint      REFERENCES school (id),
    class_id   bigint      REFERENCES school_class (id),
    title      text,
    -- DIRECT only: the two participants, sorted and joined with '|', so that a pair has one conversation.
    direct_key text        UNIQUE,
    created_by text,
    -- The sequence number of the newest event; the next event takes last_seq + 1 in the same transaction.
    last_seq   bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    CHECK ((kind = 'DIRECT') = (direct_key IS NOT NULL)),
    CHECK (kind NOT IN ('CLASS', 'CLASS_PARENTS') OR class_id IS NOT NULL)
);
CREATE UNIQUE INDEX conversation_class_group_idx ON conversation (class_id, kind) WHERE kind IN ('CLASS', 'CLASS_PARENTS');
CREATE UNIQUE INDEX conversation_school_staff_idx ON conversation (school_id) WHERE kind = 'SCHOOL_STAFF';

CREATE TABLE conversation_member (
    conversation_id bigint      NOT NULL REFERENCES conversation (id),
    participant     text        NOT NULL CHECK (participant ~ '^[gs]:[0-9]+$'),
    role            text        NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('OWNER', 'MEMBER')),
    -- DIRECTORY: kept in line with the directory by the membership sync; MANUAL: added by a person.
    source          text        NOT NULL CHECK (source IN ('DIRECTORY', 'MANUAL')),
    active          boolean     NOT NULL DEFAULT true,
    joined_at       timestamptz NOT NULL,
    left_at         timestamptz,
    -- Receipts: the member's clients have received / the member has read every event up to these.
    delivered_seq   bigint      NOT NULL DEFAULT 0,
    read_seq        bigint      NOT NULL DEFAULT 0,
    -- Quiet hours: when this member was last shown the recipient's out-of-hours notice.
    quiet_notice_at timestamptz,
    PRIMARY KEY (conversation_id, participant)
);
CREATE INDEX conversation_member_participant_idx ON conversation_member (participant) WHERE active;

CREATE TABLE chat_attachment (
    id              uuid        PRIMARY KEY,
    conversation_id bigint      NOT NULL REFERENCES conversation (id),
    uploader        text        NOT NULL,
    content_type    text        NOT NULL,
    size_bytes      bigint      NOT NULL,
    file_name       text,
    sha256          text        NOT NULL,
    storage_key     text        NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX chat_attachment_conversation_idx ON chat_attachment (conversation_id);

CREATE TABLE chat_event (
    conversation_id bigint      NOT NULL REFERENCES conversation (id),
    seq             bigint      NOT NULL,
    type            text        NOT NULL CHECK (type IN ('MESSAGE', 'EDITED', 'RECALLED', 'HIDDEN',
                                                         'MEMBER_JOINED', 'MEMBER_LEFT')),
    -- The participant who acted; null when the directory did (membership changes).
    sender          text,
    -- The sender's idempotency key: a retried send finds its first event instead of adding one.
    client_id       text,
    -- MESSAGE: the current text (NFC; null once recalled); EDITED: the new text.
    body            text,
    reply_to        bigint,
    -- EDITED, RECALLED, HIDDEN: the message's seq.
    target_seq      bigint,
    -- MEMBER_JOINED, MEMBER_LEFT: who joined or left.
    subject         text,
    attachment_id   uuid        REFERENCES chat_attachment (id),
    -- MESSAGE: the recipient who gets it without a notification (their quiet hours).
    silent_for      text,
    -- MESSAGE: its current state, kept in step with the EDITED/RECALLED/HIDDEN events that target it.
    edited_at       timestamptz,
    recalled_at     timestamptz,
    hidden_at       timestamptz,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);
CREATE UNIQUE INDEX chat_event_client_id_idx ON chat_event (conversation_id, sender, client_id)
    WHERE client_id IS NOT NULL;

-- A guardian who blocked another: no direct messages from the blocked one to the blocker.
CREATE TABLE chat_block (
    blocker    text        NOT NULL,
    blocked    text        NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (blocker, blocked)
);

CREATE TABLE chat_report (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id bigint      NOT NULL REFERENCES conversation (id),
    seq             bigint      NOT NULL,
    reporter        text        NOT NULL,
    reason          text        NOT NULL,
    status          text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'HIDDEN', 'DISMISSED')),
    created_at      timestamptz NOT NULL,
    resolved_by     text,
    resolved_at     timestamptz,
    UNIQUE (conversation_id, seq, reporter),
    FOREIGN KEY (conversation_id, seq) REFERENCES chat_event (conversation_id, seq)
);
CREATE INDEX chat_report_open_idx ON chat_report (conversation_id) WHERE status = 'OPEN';

-- A teacher's office hours (Asia/Ho_Chi_Minh): outside them, guardians' direct messages arrive silently.
CREATE TABLE chat_office_hours (
    staff_id   bigint      PRIMARY KEY REFERENCES staff (id),
    -- ISO days of the week, 1 = Monday … 7 = Sunday.
    weekdays   smallint[]  NOT NULL,
    opens_at   time        NOT NULL,
    closes_at  time        NOT NULL CHECK (closes_at > opens_at),
    notice     text        NOT NULL,
    updated_at timestamptz NOT NULL
);

-- Per school chat switches, set by its principal.
CREATE TABLE chat_school_settings (
    school_id             bigint      PRIMARY KEY REFERENCES school (id),
    parents_groups        boolean     NOT NULL DEFAULT false,
    updated_at            timestamptz NOT NULL
);
