package vn.lienlac.bench.chat.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DistrictGeneratorTest {

    private final District district = new DistrictGenerator(1).generate(2_100, 30);

    @Test
    void makesEnoughParentsForThePairsInClassesOfForty() {
        List<District.School> pairSchools = district.schools().stream().filter(s -> !s.forGroups()).toList();
        long guardians = pairSchools.stream().flatMap(s -> s.students().stream()).count() * 2;
        assertEquals(2_160, guardians, "27 classes of 40 students with two parents each");
        assertEquals(2, pairSchools.size(), "25 classes per school");
    }

    @Test
    void makesClassGroupsOfFortyMembers() {
        List<District.School> groupSchools = district.schools().stream().filter(District.School::forGroups).toList();
        for (District.School school : groupSchools) {
            for (String className : school.students().stream().map(District.Student::className).distinct().toList()) {
                long guardians = school.students().stream().filter(s -> s.className().equals(className)).count();
                long teachers = school.staff().stream().filter(m -> m.classes().contains(className)).count();
                assertEquals(40, guardians + teachers, className);
            }
        }
        assertEquals(30, groupSchools.stream().flatMap(s -> s.students().stream()
                .map(st -> s.code() + st.className())).distinct().count());
    }

    @Test
    void givesEveryoneADistinctValidMobileNumberAndNfcNames() {
        Set<String> phones = new HashSet<>();
        Stream<String> guardianPhones = district.schools().stream().flatMap(s -> s.students().stream())
                .flatMap(s -> Stream.of(s.father(), s.mother())).filter(g -> g != null).map(District.Guardian::phone);
        Stream<String> staffPhones = district.schools().stream().flatMap(s -> s.staff().stream())
                .map(District.Staff::phone);
        Stream.concat(guardianPhones, staffPhones).forEach(p -> {
            assertTrue(p.matches("0[35789][0-9]{8}"), p);
            assertTrue(phones.add(p), "unique " + p);
        });
        district.schools().stream().flatMap(s -> s.students().stream()).forEach(s ->
                assertTrue(Normalizer.isNormalized(s.fullName(), Normalizer.Form.NFC)));
    }
}
