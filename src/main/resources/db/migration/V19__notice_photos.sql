-- Photos of activity posts (docs/notices.md): uploaded by whoever may post activities for the school, then named by
-- id in an activity record's "photos". The bytes are in chat's AttachmentStorage under storage_key. A photo is not
-- linked to one notice: the notices whose payload lists it (payload->'photos') decide which families may fetch it.
CREATE TABLE notice_photo (
    id           uuid        PRIMARY KEY,
    school_id    bigint      NOT NULL REFERENCES school (id),
    -- who uploaded: 'portal:<school code>', 'staff:<staff code>' or 'admin', as notice_batch.actor
    uploader     text        NOT NULL,
    content_type text        NOT NULL,
    size_bytes   bigint      NOT NULL,
    file_name    text,
    sha256       text        NOT NULL,
    storage_key  text        NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX notice_photo_school_idx ON notice_photo (school_id, created_at);

-- Finds the activities that carry a photo (payload->'photos' @> '[{"id": ...}]') when a family fetches it.
CREATE INDEX notice_activity_photos_idx ON notice USING gin ((payload->'photos') jsonb_path_ops)
    WHERE kind = 'ACTIVITY';
