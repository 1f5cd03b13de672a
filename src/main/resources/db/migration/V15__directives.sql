-- Directives (văn bản chỉ đạo điều hành) down the hierarchy: a district officer writes to principals, a principal to
-- their staff or forwards what came from above. Each recipient's item sits in their chat inbox; this feature keeps
-- where it landed (conversation, seq) and never reads the chat tables. See docs/directives.md.

CREATE TABLE directive (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The directive this one forwards (a principal passing on the district's directive), or null.
    parent_id           bigint      REFERENCES directive (id),
    sender_staff_id     bigint      NOT NULL REFERENCES staff (id),
    district_office_id  bigint      NOT NULL REFERENCES district_office (id),
    -- The sending school for a principal's directive; null for the district office's.
    school_id           bigint      REFERENCES school (id),
    document_number     text        NOT NULL,
    issued_on           date        NOT NULL,
    subject             text        NOT NULL,
    body                text        NOT NULL,
    deadline            timestamptz,
    requires_ack        boolean     NOT NULL,
    -- A report asked of each recipient school: what to report, and by when (both or neither).
    report_request      text,
    report_deadline     timestamptz,
    -- How the sender chose the recipients, as they asked ({"everyone":true}, {"schools":[...]}, ...).
    audience            jsonb       NOT NULL,
    created_at          timestamptz NOT NULL,
    CHECK ((report_request IS NULL) = (report_deadline IS NULL)),
    CHECK (parent_id IS NULL OR school_id IS NOT NULL)
);
CREATE INDEX directive_parent_idx ON directive (parent_id);
CREATE INDEX directive_sender_idx ON directive (sender_staff_id, id DESC);
CREATE INDEX directive_deadline_idx ON directive (deadline) WHERE deadline IS NOT NULL AND requires_ack;
CREATE INDEX directive_report_deadline_idx ON directive (report_deadline) WHERE report_deadline IS NOT NULL;

-- One row per recipient staff position; the inbox position is where the directive's item landed.
CREATE TABLE directive_recipient (
    directive_id          bigint      NOT NULL REFERENCES directive (id),
    staff_id              bigint      NOT NULL REFERENCES staff (id),
    school_id             bigint      NOT NULL REFERENCES school (id),
    inbox_conversation_id bigint      NOT NULL,
    inbox_seq             bigint      NOT NULL,
    -- First listed over REST (the inbox's delivered watermark counts too, see docs/directives.md).
    fetched_at            timestamptz,
    read_at               timestamptz,
    acknowledged_at       timestamptz,
    PRIMARY KEY (directive_id, staff_id)
);
CREATE INDEX directive_recipient_staff_idx ON directive_recipient (staff_id, directive_id DESC);
CREATE INDEX directive_recipient_school_idx ON directive_recipient (directive_id, school_id);

-- Reminders sent, at most one per recipient, kind and round: the unique key makes the scheduled job and repeated
-- clicks idempotent across pods. round: the local day of a manual reminder; the deadline's local day otherwise.
CREATE TABLE directive_reminder (
    directive_id          bigint      NOT NULL REFERENCES directive (id),
    staff_id              bigint      NOT NULL REFERENCES staff (id),
    kind                  text        NOT NULL CHECK (kind IN ('MANUAL', 'ACK_DUE', 'REPORT_DUE')),
    round                 date        NOT NULL,
    inbox_conversation_id bigint,
    inbox_seq             bigint,
    sent_at               timestamptz NOT NULL,
    PRIMARY KEY (directive_id, staff_id, kind, round)
);

-- A school's response to a directive's report request; one per school, replaced by a later submission.
CREATE TABLE directive_report (
    directive_id       bigint      NOT NULL REFERENCES directive (id),
    school_id          bigint      NOT NULL REFERENCES school (id),
    submitted_by       bigint      NOT NULL REFERENCES staff (id),
    text               text        NOT NULL,
    -- Figures as the school (or the adoption report it generated) gave them: a JSON object.
    figures            jsonb       NOT NULL DEFAULT '{}'::jsonb,
    first_submitted_at timestamptz NOT NULL,
    submitted_at       timestamptz NOT NULL,
    PRIMARY KEY (directive_id, school_id)
);

-- Files of directives and of report responses. Uploaded first (owned by the uploader's staff position), then
-- attached by the send or the response that names them; the bytes are in the AttachmentStorage under storage_key.
CREATE TABLE directive_attachment (
    id               uuid        PRIMARY KEY,
    uploader_staff_id bigint     NOT NULL REFERENCES staff (id),
    content_type     text        NOT NULL,
    size_bytes       bigint      NOT NULL,
    file_name        text,
    sha256           text        NOT NULL,
    storage_key      text        NOT NULL,
    created_at       timestamptz NOT NULL,
    directive_id     bigint      REFERENCES directive (id),
    report_school_id bigint      REFERENCES school (id),
    CHECK (report_school_id IS NULL OR directive_id IS NOT NULL)
);
CREATE INDEX directive_attachment_directive_idx ON directive_attachment (directive_id);
