-- The Zalo OA's tokens, shared by every pod (notifications; docs/notifications.md, "Zalo (ZNS) and SMS brandname").
-- Zalo answers every refresh with a new refresh token and the old one stops working, so the newest pair must live
-- where every pod finds it; a refresh holds this row's lock. One row.
CREATE TABLE zalo_oa_token (
    oa                        smallint    PRIMARY KEY DEFAULT 1 CHECK (oa = 1),
    access_token              text,
    refresh_token             text        NOT NULL,
    -- which configured refresh token the row started from: a different one configured starts it over
    configured_refresh_sha256 text        NOT NULL,
    refreshed_at              timestamptz
);
