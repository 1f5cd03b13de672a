package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import vn.lienlac.directory.model.Relationship;

/** How a guardian is related to a student. Read-only here: the import engine writes this table. */
@Entity
@Immutable
@Table(name = "student_guardian")
public class StudentGuardian extends PanacheEntityBase {

    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    public Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guardian_id")
    public Guardian guardian;

    @Enumerated(EnumType.STRING)
    public Relationship relationship;

    public boolean active;

    @Override
    public String toString() {
        return "StudentGuardian[id=" + id + ", relationship=" + relationship + ", active=" + active + "]";
    }
}
