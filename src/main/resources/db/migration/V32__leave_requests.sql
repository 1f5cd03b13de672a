-- Leave requests (đơn xin nghỉ học), owned by the leave feature (docs/leave-requests.md).
CREATE TABLE leave_request (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    school_id        bigint      NOT NULL REFERENCES school (id),
    student_id       bigint      NOT NULL REFERENCES student (id),
    school_code      text        NOT NULL,
    student_code     text        NOT NULL,
    -- names as they were when the request was made, for lists (leave reads no directory table)
    student_name     text        NOT NULL,
    class_name       text,
    -- the child's class when the request was made: its homeroom teacher decides
    class_id         bigint      REFERENCES school_class (id),
    from_date        date        NOT NULL,
    to_date          date        NOT NULL CHECK (to_date >= from_date),
    session          text        NOT NULL CHECK (session IN ('SANG', 'CHIEU', 'CA_NGAY')),
    reason           text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    -- an optional photo of a doctor's note, in the shared attachment storage
    photo_key        text,
    photo_type       text,
    guardian_id      bigint      NOT NULL,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED', 'CANCELLED')),
    decided_by       text,
    decision_comment text,
    decided_at       timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX leave_request_student_idx ON leave_request (student_code, from_date);
CREATE INDEX leave_request_class_idx ON leave_request (school_id, class_id, status);
