-- Password failures count per account, not per login string: one account reached by its phone and by its staff
-- code shares one allowance (PasswordThrottle). A login that resolves to no account is still counted by login_key.
ALTER TABLE password_failure ADD COLUMN account_id uuid REFERENCES account (id) ON DELETE CASCADE;
CREATE INDEX password_failure_account_idx ON password_failure (account_id, failed_at) WHERE account_id IS NOT NULL;
