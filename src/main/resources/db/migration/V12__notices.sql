-- Notices to guardians (docs/notices.md): grades, attendance, health and activities published by a school's portal,
-- its teachers or its nurse, each rendered in Vietnamese and posted to every active guardian's inbox. A record is
-- known by the publisher's own id (school, kind, source_id): re-sending it changes nothing, a changed one is
-- corrected in place, a deleted one is withdrawn. Rows are never deleted.

CREATE TABLE notice_batch (
    id          uuid        PRIMARY KEY,
    school_id   bigint      NOT NULL REFERENCES school (id),
    kind        text        NOT NULL CHECK (kind IN ('GRADE', 'ATTENDANCE', 'HEALTH', 'ACTIVITY')),
    -- who published: 'portal:<school code>', 'staff:<staff code>' or 'admin'
    actor       text        NOT NULL,
    received_at timestamptz NOT NULL,
    record_count integer    NOT NULL,
    -- per-outcome counts: {"accepted": n, "unchanged": n, "updated": n, "deleted": n, "rejected": n}
    counts      jsonb       NOT NULL
);
CREATE INDEX notice_batch_school_idx ON notice_batch (school_id, received_at DESC);

CREATE TABLE notice (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id    bigint      NOT NULL REFERENCES school (id),
    kind         text        NOT NULL CHECK (kind IN ('GRADE', 'ATTENDANCE', 'HEALTH', 'ACTIVITY')),
    source_id    text        NOT NULL CHECK (length(source_id) BETWEEN 1 AND 200),
    -- the student a record is about (null for activities, which go to a class or the whole school)
    student_id   bigint      REFERENCES student (id),
    student_code text,
    -- the student's class when published, or the class an activity is posted to (null: the whole school)
    class_id     bigint      REFERENCES school_class (id),
    -- the record as validated, in its canonical JSON form: equal records have equal payloads
    payload      jsonb       NOT NULL,
    -- hex SHA-256 of the canonical payload text: how an identical re-send is recognised
    payload_sha256 text      NOT NULL,
    -- the rendered Vietnamese text (NFC) of the current version
    text         text        NOT NULL,
    -- the day the record is about (attendance date, check-up date, ...), for the contact book and digests
    occurred_on  date        NOT NULL,
    version      integer     NOT NULL DEFAULT 1,
    -- the batch that last changed the record
    batch_id     uuid        NOT NULL REFERENCES notice_batch (id),
    -- students of the record (or of the activity's audience) without any active guardian when last delivered
    unreachable  jsonb       NOT NULL DEFAULT '[]'::jsonb,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    withdrawn_at timestamptz,
    UNIQUE (school_id, kind, source_id)
);
CREATE INDEX notice_student_idx ON notice (student_code, kind, occurred_on) WHERE withdrawn_at IS NULL;
CREATE INDEX notice_class_idx ON notice (class_id, kind, occurred_on);
CREATE INDEX notice_school_activity_idx ON notice (school_id, occurred_on) WHERE kind = 'ACTIVITY';
CREATE INDEX notice_batch_idx ON notice (batch_id);

-- Where a notice landed in each guardian's inbox: corrections and withdrawals target this item, and the delivery
-- report compares seq with the owner's delivered and read watermarks.
CREATE TABLE notice_delivery (
    notice_id       bigint      NOT NULL REFERENCES notice (id),
    guardian_id     bigint      NOT NULL REFERENCES guardian (id),
    owner           text        NOT NULL CHECK (owner ~ '^g:[0-9]+$'),
    conversation_id bigint      NOT NULL,
    seq             bigint      NOT NULL,
    -- posted without a notification (quiet hours, or the guardian reads this category in a daily digest)
    silent          boolean     NOT NULL,
    category        text        NOT NULL,
    posted_at       timestamptz NOT NULL,
    withdrawn_at    timestamptz,
    PRIMARY KEY (notice_id, guardian_id)
);
CREATE INDEX notice_delivery_guardian_idx ON notice_delivery (guardian_id, posted_at);

-- How a guardian wants each category: IMMEDIATE (the default, no row) or DIGEST (items arrive silently, and one
-- summary is posted at lienlac.notices.digest-at).
CREATE TABLE notice_preference (
    guardian_id bigint NOT NULL REFERENCES guardian (id),
    category    text   NOT NULL CHECK (category IN ('GRADE', 'ATTENDANCE', 'HEALTH', 'ACTIVITY')),
    mode        text   NOT NULL CHECK (mode IN ('IMMEDIATE', 'DIGEST')),
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (guardian_id, category)
);

-- One summary per guardian and day: the digest job's record of what it posted, so a second run posts nothing.
CREATE TABLE notice_digest (
    guardian_id     bigint      NOT NULL REFERENCES guardian (id),
    day             date        NOT NULL,
    conversation_id bigint      NOT NULL,
    seq             bigint      NOT NULL,
    item_count      integer     NOT NULL,
    posted_at       timestamptz NOT NULL,
    PRIMARY KEY (guardian_id, day)
);
