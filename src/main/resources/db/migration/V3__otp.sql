-- One-time sign-in codes sent by SMS / OTT. Only an HMAC of phone and code is stored, never the code.
-- Rows are short-lived: they serve the hourly throttles and are deleted after a day (OtpHousekeeping).
-- Times come from the application's clock, so the columns have no defaults.

CREATE TABLE otp_challenge (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    phone       text        NOT NULL,  -- E.164, e.g. +84912345678
    code_hash   text        NOT NULL,  -- hex HMAC-SHA256(key, phone || ':' || code)
    client_ip   text        NOT NULL,  -- IPv4 address, or IPv6 /64 network: the key of the per-IP limits
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    attempts    integer     NOT NULL DEFAULT 0,  -- wrong codes entered so far
    consumed_at timestamptz                      -- set when the right code was entered
);
-- The latest challenge of a phone, the resend interval and the hourly count per phone.
CREATE INDEX otp_challenge_phone_idx ON otp_challenge (phone, created_at);
-- The hourly count per client.
CREATE INDEX otp_challenge_ip_idx ON otp_challenge (client_ip, created_at);
CREATE INDEX otp_challenge_created_idx ON otp_challenge (created_at);

-- Every code entered, right or wrong, for the hourly verify throttle per client IP.
CREATE TABLE otp_verify_attempt (
    client_ip    text        NOT NULL,  -- as in otp_challenge
    attempted_at timestamptz NOT NULL
);
CREATE INDEX otp_verify_attempt_ip_idx ON otp_verify_attempt (client_ip, attempted_at);
CREATE INDEX otp_verify_attempt_at_idx ON otp_verify_attempt (attempted_at);
