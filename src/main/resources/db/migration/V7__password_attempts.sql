-- Failed password sign-ins, counted per login and per client address to stop guessing (see PasswordThrottle).
CREATE TABLE password_failure (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login_key    text        NOT NULL,
    client_key   text        NOT NULL,
    failed_at    timestamptz NOT NULL
);
CREATE INDEX password_failure_login_idx ON password_failure (login_key, failed_at);
CREATE INDEX password_failure_client_idx ON password_failure (client_key, failed_at);
