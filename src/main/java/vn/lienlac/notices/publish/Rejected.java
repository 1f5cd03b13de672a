package vn.lienlac.notices.publish;

/** Stops reading one record: it is rejected with this problem; cheap (no stack trace), never leaves the package. */
final class Rejected extends RuntimeException {

    final RecordProblem problem;
    final transient Object[] values;

    Rejected(RecordProblem problem, Object... values) {
        super(problem.name(), null, false, false);
        this.problem = problem;
        this.values = values;
    }
}
