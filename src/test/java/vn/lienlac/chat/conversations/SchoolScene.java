package vn.lienlac.chat.conversations;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/**
 * A small world for chat tests, fresh for each test:
 *
 * <pre>
 * district D: school A, school B          district E: nothing but its officer oE
 *   A: principal pA, vice principal vpA, nurse; hr6 (homeroom of 6A1, teaches nothing);
 *      m7 (teaches Toán in 7A1 — and, as "m7asParent", father of Huy in 6B1 of school B)
 *      6A1: An (mother gAn), Bình (father gBinh);  7A1: Cường (father gCuong), Bảo (father gBinh, Bình's brother)
 *   B: tB (homeroom of 6B1, teaches Toán there);  6B1: Dũng (mother gDung), Huy (father m7asParent)
 *   district officer oD of D
 *   stranger: signed in, unknown to the directory
 * </pre>
 */
public final class SchoolScene {

    /** @param participant null for the stranger */
    public record Person(String participant, String token) {
    }

    private final String schoolA;
    private final String schoolB;
    private final Map<String, Person> people;

    SchoolScene(String schoolA, String schoolB, Map<String, Person> people) {
        this.schoolA = schoolA;
        this.schoolB = schoolB;
        this.people = people;
    }

    public String schoolA() {
        return schoolA;
    }

    public String schoolB() {
        return schoolB;
    }

    /** The participant ({@code g:12}, {@code s:7}) of a person of the scene. */
    public String p(String name) {
        return person(name).participant();
    }

    /** A request under {@code /api/v1/chat} as a person of the scene. */
    public RequestSpecification as(String name) {
        return given().auth().oauth2(person(name).token()).contentType(ContentType.JSON).basePath("/api/v1/chat");
    }

    private Person person(String name) {
        Person person = people.get(name);
        if (person == null) {
            throw new IllegalArgumentException("No one called " + name + " in the scene");
        }
        return person;
    }
}
