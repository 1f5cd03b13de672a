package vn.lienlac.directory.sync.engine;

/**
 * A reference to a directory row that may not exist yet when the diff is computed: the writer inserts new rows and
 * learns their ids, then {@link KeyIds} resolves every reference of the plan to an id.
 */
public sealed interface Ref {

    /** A row that already exists. */
    record Id(long id) implements Ref {
    }

    /** A student, by sector code. */
    record Student(String code) implements Ref {
    }

    /** A staff member, by sector code. */
    record Staff(String code) implements Ref {
    }

    /** A class of the import's school and school year, by name. */
    record SchoolClass(String name) implements Ref {
    }

    /** A guardian, by phone number after the import. Never written to events: resolved to the guardian's id. */
    record Guardian(String phone) implements Ref {
        @Override
        public String toString() {
            return "Guardian[phone=***]";
        }
    }

    static Ref id(long id) {
        return new Id(id);
    }
}
