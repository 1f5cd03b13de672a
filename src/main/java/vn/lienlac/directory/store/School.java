package vn.lienlac.directory.store;

import vn.lienlac.directory.text.VietnameseText;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import vn.lienlac.directory.model.SchoolLevel;

/** A school (mầm non, tiểu học or THCS) under one district office. Schools are deactivated, never deleted. */
@Entity
@Table(name = "school")
public class School extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_office_id")
    public DistrictOffice district;

    public String code;

    /** NFC. */
    public String name;

    /** {@link #name} lower-cased without diacritics, for searching. */
    @Column(name = "name_search")
    public String nameSearch;

    @Enumerated(EnumType.STRING)
    public SchoolLevel level;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Uni<School> findByCode(String code) {
        return find("code", code).firstResult();
    }

    /** Inserts the school unless its code exists, then returns it locked for update. */
    public static Uni<School> ensureAndLock(String code, String name, SchoolLevel level, DistrictOffice district,
            Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO school (district_office_id, code, name, name_search, level, created_at,
                                                    updated_at)
                                VALUES (:district, :code, :name, :nameSearch, :level, :now, :now)
                                ON CONFLICT (code) DO NOTHING""")
                        .setParameter("district", district.id)
                        .setParameter("code", code)
                        .setParameter("name", name)
                        .setParameter("nameSearch", VietnameseText.searchKey(name))
                        .setParameter("level", level.name())
                        .setParameter("now", now)
                        .executeUpdate())
                .chain(() -> find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult());
    }

    /** Sets name, level and district; touches {@code updated_at} only when something changed. */
    public void update(String newName, SchoolLevel newLevel, DistrictOffice newDistrict, Instant now) {
        if (!newName.equals(name) || newLevel != level || !Objects.equals(newDistrict.id, district.id)) {
            name = newName;
            nameSearch = VietnameseText.searchKey(newName);
            level = newLevel;
            district = newDistrict;
            updatedAt = now;
        }
    }

    @Override
    public String toString() {
        return "School[id=" + id + ", code=" + code + "]";
    }
}
