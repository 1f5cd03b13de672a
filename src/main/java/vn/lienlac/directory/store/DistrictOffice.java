package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A district office of education and training (Phòng GDĐT); it oversees the schools of one district. */
@Entity
@Table(name = "district_office")
public class DistrictOffice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    public Department department;

    public String code;

    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Uni<DistrictOffice> findByCode(String code) {
        return find("code", code).firstResult();
    }

    /** Inserts the district office unless its code exists, then returns it locked for update. */
    public static Uni<DistrictOffice> ensureAndLock(String code, String name, Department department, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO district_office (department_id, code, name, created_at, updated_at)
                                VALUES (:department, :code, :name, :now, :now)
                                ON CONFLICT (code) DO NOTHING""")
                        .setParameter("department", department.id)
                        .setParameter("code", code)
                        .setParameter("name", name)
                        .setParameter("now", now)
                        .executeUpdate())
                .chain(() -> find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult());
    }

    /** Sets the name and department; touches {@code updated_at} only when something changed. */
    public void update(String newName, Department newDepartment, Instant now) {
        if (!newName.equals(name) || !Objects.equals(newDepartment.id, department.id)) {
            name = newName;
            department = newDepartment;
            updatedAt = now;
        }
    }

    @Override
    public String toString() {
        return "DistrictOffice[id=" + id + ", code=" + code + "]";
    }
}
