-- Who ran an import, as a person reads it (issue 19): the name of the staff member the token named when the import
-- ran ("Lê Thị Hà"), or what the caller was ("Quản trị hệ thống", "Cổng thông tin của trường"). The account id stays
-- in `actor` for the audit trail; imports logged before this version have no name.
ALTER TABLE directory_import ADD COLUMN actor_name text;
