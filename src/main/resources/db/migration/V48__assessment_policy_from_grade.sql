-- Issue 20 (docs/notifications.md, "The policy"): assessments became their own item kind (ASSESSMENT, were GRADE).
-- A school that had stored a policy for GRADE keeps it for assessments: copy it where the school set none for
-- ASSESSMENT. Owned by the notifications feature. Running it again changes nothing.
UPDATE notification_school_policy
SET kinds = kinds || jsonb_build_object('ASSESSMENT', kinds -> 'GRADE')
WHERE kinds ? 'GRADE' AND NOT kinds ? 'ASSESSMENT';
