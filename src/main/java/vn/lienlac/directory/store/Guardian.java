package vn.lienlac.directory.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A parent or guardian, identified across schools by a mobile number. Read-only here: the import engine writes
 * this table. Names and phone numbers never appear in {@link #toString()}.
 */
@Entity
@Immutable
@Table(name = "guardian")
public class Guardian extends PanacheEntityBase {

    @Id
    public Long id;

    /** E.164, e.g. {@code +84912345678}. */
    public String phone;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "name_search")
    public String nameSearch;

    public boolean active;

    @Override
    public String toString() {
        return "Guardian[id=" + id + "]";
    }
}
