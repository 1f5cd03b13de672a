package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A class of one school year, e.g. 6A1 in 2026-2027. Read-only here: the import engine writes this table. */
@Entity
@Immutable
@Table(name = "school_class")
public class SchoolClass extends PanacheEntityBase {

    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    public School school;

    @Column(name = "school_year")
    public String schoolYear;

    public String name;

    /** The homeroom teacher (giáo viên chủ nhiệm), or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "homeroom_staff_id")
    public Staff homeroom;

    public boolean active;

    @Override
    public String toString() {
        return "SchoolClass[id=" + id + ", name=" + name + ", schoolYear=" + schoolYear + "]";
    }
}
