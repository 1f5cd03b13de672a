package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import vn.lienlac.directory.model.Gender;

/**
 * A student of one school. Read-only here: the import engine writes this table. A child's name and date of
 * birth never appear in {@link #toString()}.
 */
@Entity
@Immutable
@Table(name = "student")
public class Student extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "student_code")
    public String studentCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    public School school;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "name_search")
    public String nameSearch;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    /** Null when the sector database does not say. */
    @Enumerated(EnumType.STRING)
    public Gender gender;

    public boolean active;

    @Override
    public String toString() {
        return "Student[id=" + id + ", code=" + studentCode + "]";
    }
}
