package vn.lienlac.bench.chat.setup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Everyone the scenarios connect as, and their conversations: the district imported through the directory API,
 * an account, a live session and an access token per person, the direct conversations of the pairs and the class
 * groups of the group schools.
 */
public record Population(List<Person> people, List<DirectConversations.Pair> pairs, List<ClassGroups.Group> groups,
                         Map<String, Person> byParticipant, DirectConversations.Via directVia,
                         ClassGroups.Via groupsVia) {

    public static final String SCHOOL_YEAR = "2026-2027";

    /** What to build: enough people for the largest scenario. */
    public record Size(int pairGuardians, int pairs, int groups) {
    }

    public static Population build(ServerApi api, Connection db, Path keysDir, Path csvDir, Size size, long seed,
                                   Duration membershipWait, Consumer<String> log) throws Exception {
        long start = System.nanoTime();
        District district = new DistrictGenerator(seed).generate(size.pairGuardians(), size.groups());
        List<CsvFiles.ImportFile> files = CsvFiles.write(district, csvDir);
        api.put("/api/v1/directory/departments/" + district.departmentCode(), "{\"name\":\"Sở GDĐT Thử tải\"}");
        api.put("/api/v1/directory/districts/" + district.code(), "{\"name\":\"Phòng GDĐT Thử tải\",\"departmentCode\":"
                + ServerApi.json(district.departmentCode()) + "}");
        for (District.School school : district.schools()) {
            api.put("/api/v1/directory/schools/" + school.code(), "{\"name\":" + ServerApi.json(school.name())
                    + ",\"level\":\"THCS\",\"districtCode\":" + ServerApi.json(district.code()) + "}");
        }
        for (CsvFiles.ImportFile file : files) {
            api.importFile(file, SCHOOL_YEAR);
        }
        log.accept(String.format("Imported %d schools: %,d students, %,d guardians, %,d staff (%.1f s)",
                district.schools().size(), district.students(), district.guardians(), district.staff(), since(start)));

        Set<String> groupSchools = district.schools().stream().filter(District.School::forGroups)
                .map(District.School::code).collect(Collectors.toSet());
        start = System.nanoTime();
        List<Person> people = Accounts.signIn(db, TokenSigner.fromKeysDir(keysDir),
                People.read(db, DistrictGenerator.CODE_PREFIX, groupSchools), Duration.ofHours(6));
        Map<String, Person> byParticipant = new LinkedHashMap<>();
        people.forEach(p -> byParticipant.put(p.participant(), p));
        for (Person p : List.of(people.get(0), people.get(people.size() - 1))) {
            int status = api.me(p.token());
            if (status != 200) {
                throw new IllegalStateException("the server refused the access token made for " + p.participant()
                        + ": GET /api/v1/auth/me answered " + status);
            }
        }
        log.accept(String.format("Signed in %,d people: accounts, live sessions and RS256 access tokens (%.1f s)",
                people.size(), since(start)));

        start = System.nanoTime();
        List<Person[]> pairPeople = pairUp(people, size.pairs());
        DirectConversations.Via directVia = DirectConversations.open(api, db, pairPeople);
        List<DirectConversations.Pair> pairs = DirectConversations.read(db, pairPeople);
        if (!pairs.isEmpty()) {
            log.accept(String.format("Opened %,d direct conversations (%s, %.1f s)", pairs.size(),
                    directVia == DirectConversations.Via.API ? "POST /api/v1/chat/direct"
                            : "written with SQL: the server has no POST /api/v1/chat/direct", since(start)));
        }

        start = System.nanoTime();
        String[] groupCodes = groupSchools.toArray(String[]::new);
        ClassGroups.Via groupsVia = ClassGroups.ensure(db, groupCodes, size.groups(), membershipWait);
        List<ClassGroups.Group> groups = ClassGroups.read(db, groupCodes);
        double members = groups.stream().mapToInt(g -> g.members().size()).average().orElse(0);
        if (!groups.isEmpty()) {
            log.accept(String.format("%,d class groups of %.1f members on average (%s, %.1f s)", groups.size(),
                    members, groupsVia == ClassGroups.Via.SERVER ? "made by the server's membership sync"
                            : "written with SQL: the server made none within " + membershipWait.toSeconds() + " s",
                    since(start)));
        }
        return new Population(people, pairs, groups, byParticipant, directVia, groupsVia);
    }

    /** Neighbouring guardians of the pair schools, two by two within a class. */
    static List<Person[]> pairUp(List<Person> people, int count) {
        List<Person[]> pairs = new ArrayList<>();
        List<Person> guardians = people.stream().filter(p -> !p.forGroups() && p.staffCode() == null).toList();
        for (int i = 0; i + 1 < guardians.size() && pairs.size() < count; i++) {
            if (guardians.get(i).classId() == guardians.get(i + 1).classId()) {
                pairs.add(new Person[] {guardians.get(i), guardians.get(i + 1)});
                i++;
            }
        }
        if (pairs.size() < count) {
            throw new IllegalStateException("only " + pairs.size() + " pairs of guardians for " + count);
        }
        return pairs;
    }

    /** Each person's active conversations and their last seq now: the cursors of a client that is up to date. */
    public static Map<String, Map<Long, Long>> cursors(Connection db, List<Person> people) throws Exception {
        Map<String, Map<Long, Long>> cursors = new HashMap<>();
        people.forEach(p -> cursors.put(p.participant(), new LinkedHashMap<>()));
        try (PreparedStatement query = db.prepareStatement("""
                SELECT cm.participant, c.id, c.last_seq FROM conversation_member cm
                JOIN conversation c ON c.id = cm.conversation_id
                WHERE cm.active AND cm.participant = ANY(?)""")) {
            query.setArray(1, db.createArrayOf("text", people.stream().map(Person::participant).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    cursors.get(rows.getString(1)).put(rows.getLong(2), rows.getLong(3));
                }
            }
        }
        return cursors;
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
