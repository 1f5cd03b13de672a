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
import vn.lienlac.directory.model.StaffRole;

/** A member of staff of a school or district office. Read-only here: the import engine writes this table. */
@Entity
@Immutable
@Table(name = "staff")
public class Staff extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "staff_code")
    public String staffCode;

    /** Null for a department's staff (department_id, not mapped here: no entity query reads them). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_office_id")
    public DistrictOffice district;

    /** Null for office staff (district officers, department officers). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    public School school;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "name_search")
    public String nameSearch;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    /** Null when the import gave none (docs/import.md, "Staff"). */
    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Enumerated(EnumType.STRING)
    public StaffRole role;

    /** E.164, or null. */
    public String phone;

    public String email;

    public boolean active;

    @Override
    public String toString() {
        return "Staff[id=" + id + ", code=" + staffCode + "]";
    }
}
