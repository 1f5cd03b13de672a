-- The sender claims due rows one channel at a time, oldest first (OutboxClaims). An index on due_at alone made each
-- claim read every due row of every channel and sort them (86 ms with 29,000 due rows); led by the channel, the
-- claim walks one channel's rows in due order and stops at its limit.
CREATE INDEX outbox_due_by_channel ON outbox (channel, due_at) WHERE state = 'QUEUED';
DROP INDEX outbox_due;
