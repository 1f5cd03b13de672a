-- Adoption (docs/adoption.md, "Invitations"; docs/notifications.md, "Invitations"): a school's or a class's call
-- inviting everyone on its not-activated list. Each invitation is also an outbox item ('invitation:<id>', owned by
-- notifications), written in the same transaction.

-- One call: who asked, for which school (and class), and what came of it.
CREATE TABLE invitation_campaign (
    id                bigserial   PRIMARY KEY,
    school_id         bigint      NOT NULL REFERENCES school (id),
    class_id          bigint      REFERENCES school_class (id),    -- null: the whole school
    created_by        text        NOT NULL,                        -- the caller's principal name (token subject)
    created_at        timestamptz NOT NULL,
    invited           integer     NOT NULL,
    skipped_recent    integer     NOT NULL,                        -- invited within the spacing already
    skipped_no_phone  integer     NOT NULL                         -- staff without a number on record
);
CREATE INDEX invitation_campaign_school ON invitation_campaign (school_id, created_at);

-- One person invited by one campaign. The code is the short link's (/moi/<code>): 16 base32 characters, 80 random
-- bits, valid until expires_at; it resolves to this phone only.
CREATE TABLE invitation (
    id           bigserial   PRIMARY KEY,
    campaign_id  bigint      NOT NULL REFERENCES invitation_campaign (id),
    participant  text        NOT NULL,                              -- 'g:12' / 's:7' (directory.Participant)
    phone        text        NOT NULL,                              -- E.164, as sent to
    code         text        NOT NULL UNIQUE,
    invited_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    opened_at    timestamptz                                        -- first resolved by the web app
);
CREATE INDEX invitation_by_campaign ON invitation (campaign_id);
CREATE INDEX invitation_by_participant ON invitation (participant, invited_at);
