-- Scheduled chat messages are checked again when they go, as notice batches are (V50, docs/chat-rest.md): a message
-- whose author left the conversation ends FAILED with a stable failure_code (NOT_PERMITTED) beside the reason.
ALTER TABLE chat_scheduled_message
    ADD COLUMN failure_code text;
