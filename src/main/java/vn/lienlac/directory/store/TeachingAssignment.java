package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A member of staff teaching a subject to a class. Read-only here: the import engine writes this table. */
@Entity
@Immutable
@Table(name = "teaching_assignment")
public class TeachingAssignment extends PanacheEntityBase {

    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    public Staff staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    /** Empty when the sector database lists the class without a subject. */
    public String subject;

    public boolean active;

    @Override
    public String toString() {
        return "TeachingAssignment[id=" + id + "]";
    }
}
