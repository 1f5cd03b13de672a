-- Inboxes (docs/protocol.md, "Inboxes"): one read-only conversation per participant, created on first use, into
-- which notices and directives post items. Items are events of the conversation's gap-free sequence, so they are
-- delivered live, replayed on resume and read-tracked like messages.

ALTER TABLE conversation DROP CONSTRAINT conversation_kind_check;
ALTER TABLE conversation ADD CONSTRAINT conversation_kind_check
    CHECK (kind IN ('DIRECT', 'CLASS', 'CLASS_PARENTS', 'SCHOOL_STAFF', 'CUSTOM', 'INBOX'));
-- INBOX only: the participant whose inbox it is.
ALTER TABLE conversation ADD COLUMN inbox_owner text;
ALTER TABLE conversation ADD CONSTRAINT conversation_inbox_owner_check
    CHECK ((kind = 'INBOX') = (inbox_owner IS NOT NULL));
CREATE UNIQUE INDEX conversation_inbox_idx ON conversation (inbox_owner) WHERE kind = 'INBOX';

ALTER TABLE chat_event DROP CONSTRAINT chat_event_type_check;
ALTER TABLE chat_event ADD CONSTRAINT chat_event_type_check
    CHECK (type IN ('MESSAGE', 'EDITED', 'RECALLED', 'HIDDEN', 'MEMBER_JOINED', 'MEMBER_LEFT',
                    'ITEM', 'ITEM_CORRECTED', 'ITEM_WITHDRAWN'));
-- ITEM, ITEM_CORRECTED: the item's structured form (a JSON object with at least "topic"), next to its text in body.
ALTER TABLE chat_event ADD COLUMN data jsonb;
