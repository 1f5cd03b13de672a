package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;

/** A provincial department of education and training (Sở GDĐT), the top of the organisation hierarchy. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Uni<Department> findByCode(String code) {
        return find("code", code).firstResult();
    }

    /**
     * Inserts the department unless its code exists, then returns it locked for update: two concurrent
     * PUTs of a new code both succeed instead of one failing on the unique constraint.
     */
    public static Uni<Department> ensureAndLock(String code, String name, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO department (code, name, created_at, updated_at)
                                VALUES (:code, :name, :now, :now)
                                ON CONFLICT (code) DO NOTHING""")
                        .setParameter("code", code)
                        .setParameter("name", name)
                        .setParameter("now", now)
                        .executeUpdate())
                .chain(() -> find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult());
    }

    /** Sets the name; touches {@code updated_at} only when it changed. */
    public void rename(String newName, Instant now) {
        if (!newName.equals(name)) {
            name = newName;
            updatedAt = now;
        }
    }

    @Override
    public String toString() {
        return "Department[id=" + id + ", code=" + code + "]";
    }
}
