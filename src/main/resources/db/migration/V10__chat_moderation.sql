-- Chat moderation (docs/chat-moderation.md).

-- Every attachment download asks whether a message carrying it was recalled or hidden (then it is no longer served).
CREATE INDEX chat_event_attachment_idx ON chat_event (attachment_id) WHERE attachment_id IS NOT NULL;
