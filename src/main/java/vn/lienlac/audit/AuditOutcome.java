package vn.lienlac.audit;

/** Whether the audited operation succeeded. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
