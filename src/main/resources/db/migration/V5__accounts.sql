-- Accounts, sign-in sessions and refresh tokens. An account is one person of the directory (found by phone
-- number, else by staff code); what they may do is read from the directory on every sign-in and refresh, never
-- stored here. Rows are never deleted: revoked sessions and used refresh tokens are what reuse detection and the
-- audit trail rely on.

CREATE TABLE account (
    id               uuid        PRIMARY KEY,
    phone            text        UNIQUE CHECK (phone ~ '^\+84[0-9]{9}$'),
    staff_code       text        UNIQUE,
    -- bcrypt in modular crypt form; null until a member of staff sets a password
    password_hash    text,
    created_at       timestamptz NOT NULL,
    -- activation: the first successful sign-in (adoption reports count it)
    first_sign_in_at timestamptz,
    last_active_at   timestamptz,
    CHECK (phone IS NOT NULL OR staff_code IS NOT NULL)
);

-- One sign-in on one device; its id is the access token's sid claim. Revoking it ends its access tokens at once
-- (every request checks it) and its refresh tokens.
CREATE TABLE auth_session (
    id            uuid        PRIMARY KEY,
    account_id    uuid        NOT NULL REFERENCES account (id),
    device_name   text,
    user_agent    text,
    client_ip     text,
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz NOT NULL,
    -- absolute lifetime: no refresh extends a session past it
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    revoke_reason text        CHECK (revoke_reason IN ('LOGOUT', 'LOGOUT_ALL', 'SESSION_DELETED',
                                                       'REFRESH_TOKEN_REUSE', 'PERSON_INACTIVE',
                                                       'SESSION_LIMIT', 'PASSWORD_CHANGED')),
    CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
);
-- The live sessions of an account (list, sign out everywhere, the per-account limit). The per-request revoked
-- check reads one row by primary key.
CREATE INDEX auth_session_live_idx ON auth_session (account_id, created_at) WHERE revoked_at IS NULL;

-- Refresh tokens are stored only as the hex SHA-256 of the token (256 random bits, base64url). Each is used once:
-- using it marks it used and issues the next one in the same session; presenting a used one again revokes the
-- session.
CREATE TABLE refresh_token (
    token_hash text        PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    session_id uuid        NOT NULL REFERENCES auth_session (id),
    issued_at  timestamptz NOT NULL,
    -- sliding lifetime, never past the session's expires_at
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX refresh_token_session_idx ON refresh_token (session_id);
