-- Service credentials for school portals: an API key scoped to one school, shown once, stored hashed.
CREATE TABLE school_api_key (
    id           uuid        PRIMARY KEY,
    school_code  text        NOT NULL REFERENCES school (code),
    name         text        NOT NULL,
    key_hash     text        NOT NULL UNIQUE,
    key_prefix   text        NOT NULL,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX school_api_key_school_idx ON school_api_key (school_code, created_at DESC);
