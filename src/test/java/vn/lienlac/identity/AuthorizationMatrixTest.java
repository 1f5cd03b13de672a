package vn.lienlac.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.session.TestSessions;

/**
 * Every role against every endpoint (docs/access.md): one row per endpoint, one column per caller, the expected
 * status in each cell. The world the rows run in is {@link AccessFixture}. A new endpoint must join the table:
 * {@link #everyDocumentedOperationHasARow()} fails until it does.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /**
     * Paths are under {@code /api/v1} unless they start with {@code /q/}. {@code {X}} is a fixture symbol;
     * {@code {NEW}} a fresh code. {@code POST:json}, {@code POST:csv} and {@code POST:form} are the three ways to
     * send an import (records, file as body, multipart upload); imports run as dry runs, so nothing changes.
     * {@code POST:direct}, {@code POST:group} and {@code POST:members} send chat bodies: the query's one value is the
     * participant to open a direct conversation with or to add; each allowed direct pair occurs in one cell only.
     * {@code POST:directive}, {@code POST:forward}, {@code PUT:report} and {@code POST:upload} send a directive, a
     * forward to the teachers, a report response and a PDF file; a plain {@code POST} sends no body.
     * {@code POST:notice} publishes an empty batch: callers who may publish there get 400 and nothing is written.
     * {@code PUT:timetable} enters an empty class week: callers who may enter one get 400 and nothing is written.
     * {@code POST:photo} uploads a JPEG photo for activity posts. {@code POST:endpoint} registers a new FCM token.
     *
     * <p>Callers: anonymous; the admin; at school A the principal, vice principal, homeroom teacher of 6A1,
     * maths teacher of 7A1, nurse and other staff; guardian 1 (child in 6A1), guardian 2 (children in 7A1 and in
     * school C); the district officers of D1 (schools A, B) and D2 (school C); a signed-in stranger whose token
     * claims principal and district officer roles the directory does not give them. A district office's own staff
     * ({@code /directory/districts/{D}/imports...}) are the admin's and the department officers' (the office above),
     * not even their own office's officers'; a department's own staff ({@code /directory/departments/{DEPT}/...}) are
     * the admin's alone; a school portal's key is refused both (OfficeRolesApiTest). There is no department officer
     * column: their rows (the district import of their department's districts and not of another's, the department
     * import, their read reach, directives) are in DepartmentStaffApiTest.
     */
    static final String MATRIX = """
            method    path                                     anon admin prinA vpA t6A1 t7A1 nurseA staffA g1  g2  doD1 doD2 nobody
            GET       /auth/me                                 401  200   200   200 200  200  200    200    200 200 200  200  200
            PUT       /directory/departments/{NEW}             401  200   403   403 403  403  403    403    403 403 403  403  403
            PUT       /directory/districts/{NEW}               401  200   403   403 403  403  403    403    403 403 403  403  403
            PUT       /directory/schools/{NEW}                 401  200   403   403 403  403  403    403    403 403 403  403  403
            GET       /directory/districts                     401  200   403   403 403  403  403    403    403 403 200  200  403
            GET       /directory/districts/{D1}/schools        401  200   403   403 403  403  403    403    403 403 200  403  403
            GET       /directory/districts/{D2}/schools        401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /directory/schools/{A}                   401  200   200   200 200  200  200    200    403 403 200  403  403
            GET       /directory/schools/{B}                   401  200   403   403 403  403  403    403    403 403 200  403  403
            GET       /directory/schools/{C}                   401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /directory/schools/{A}/classes           401  200   200   200 200  200  200    200    403 403 200  403  403
            GET       /directory/schools/{C}/classes           401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /directory/schools/{A}/staff             401  200   200   200 200  200  200    200    403 403 200  403  403
            GET       /directory/schools/{C}/staff             401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /directory/schools/{A}/students          401  200   200   200 200  200  200    403    403 403 200  403  403
            GET       /directory/schools/{C}/students          401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /directory/schools/{A}/search?q=hoc      401  200   200   200 200  200  200    403    403 403 200  403  403
            GET       /directory/schools/{C}/search?q=hoc      401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /directory/students/{S6A1}               401  200   200   200 200  404  200    404    200 404 200  404  404
            GET       /directory/students/{S7A1}               401  200   200   200 404  200  200    404    404 200 200  404  404
            GET       /directory/students/{SC}                 401  200   404   404 404  404  404    404    404 200 404  200  404
            GET       /directory/students/{UNKNOWN_STUDENT}    401  404   404   404 404  404  404    404    404 404 404  404  404
            GET       /directory/guardians/{G1}                401  200   200   200 200  404  200    404    200 404 200  404  404
            GET       /directory/guardians/{G2}                401  200   200   200 404  200  200    404    404 200 200  200  404
            GET       /directory/guardians/{UNKNOWN_GUARDIAN}  401  404   404   404 404  404  404    404    404 404 404  404  404
            GET       /directory/me                            401  403   200   200 200  200  200    200    200 200 200  200  200
            POST:json /directory/schools/{A}/imports/students  401  200   200   200 403  403  403    403    403 403 200  403  403
            POST:csv  /directory/schools/{A}/imports/students  401  200   200   200 403  403  403    403    403 403 200  403  403
            POST:form /directory/schools/{A}/imports/students  401  200   200   200 403  403  403    403    403 403 200  403  403
            POST:json /directory/schools/{C}/imports/students  401  200   403   403 403  403  403    403    403 403 403  200  403
            POST:json /directory/schools/{A}/imports/staff     401  200   200   200 403  403  403    403    403 403 200  403  403
            POST:csv  /directory/schools/{A}/imports/staff     401  200   200   200 403  403  403    403    403 403 200  403  403
            POST:form /directory/schools/{A}/imports/staff     401  200   200   200 403  403  403    403    403 403 200  403  403
            POST:csv  /directory/schools/{C}/imports/staff     401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /directory/schools/{A}/imports           401  200   200   200 403  403  403    403    403 403 200  403  403
            POST:json /directory/districts/{D1}/imports/staff  401 200  403   403 403  403  403    403    403 403 403  403  403
            POST:csv  /directory/districts/{D1}/imports/staff  401 200  403   403 403  403  403    403    403 403 403  403  403
            POST:form /directory/districts/{D1}/imports/staff  401 200  403   403 403  403  403    403    403 403 403  403  403
            POST:json /directory/districts/{D2}/imports/staff  401 200  403   403 403  403  403    403    403 403 403  403  403
            GET       /directory/districts/{D1}/imports        401  200   403   403 403  403  403    403    403 403 403  403  403
            GET       /directory/districts/{D2}/imports        401  200   403   403 403  403  403    403    403 403 403  403  403
            POST:json /directory/departments/{DEPT1}/imports/staff 401 200 403  403 403  403  403    403    403 403 403  403  403
            POST:csv  /directory/departments/{DEPT1}/imports/staff 401 200 403  403 403  403  403    403    403 403 403  403  403
            POST:form /directory/departments/{DEPT1}/imports/staff 401 200 403  403 403  403  403    403    403 403 403  403  403
            GET       /directory/departments/{DEPT1}/imports   401  200   403   403 403  403  403    403    403 403 403  403  403
            GET       /directory/schools/{C}/imports           401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /directory/imports/{IMP_A}               401  200   200   200 403  403  403    403    403 403 200  404  403
            GET       /directory/imports/{IMP_C}               401  200   404   404 403  403  403    403    403 403 404  200  403
            GET       /audit                                   401  200   403   403 403  403  403    403    403 403 403  403  403
            GET       /api-keys?schoolCode={A}                 401  200   200   200 403  403  403    403    403 403 200  403  403
            GET       /api-keys?schoolCode={C}                 401  200   403   403 403  403  403    403    403 403 403  200  403
            POST:key  /api-keys?schoolCode={A}                 401  201   201   201 403  403  403    403    403 403 201  403  403
            DELETE    /api-keys/{UNKNOWN_KEY}                  401  404   404   404 403  403  403    403    403 403 404  404  403
            GET       /q/openapi                               200  200   200   200 200  200  200    200    200 200 200  200  200
            GET       /chat/schools/{A}/settings               401  200   200   200 403  403  403    403    403 403 200  403  403
            GET       /adoption/schools/{A}                    401  200   200   200 403  403  403    403    403 403 200  403  403
            GET       /adoption/schools/{C}                    401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /adoption/schools/{A}/not-activated      401  200   200   200 403  403  403    403    403 403 200  403  403
            GET       /adoption/schools/{C}/not-activated      401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /adoption/schools/{A}/classes/{C6A1}/not-activated 401 200 200 200 200 403 403    403    403 403 200  403  403
            GET       /adoption/schools/{A}/classes/{C7A1}/not-activated 401 200 200 200 403 403 403    403    403 403 200  403  403
            GET       /adoption/schools/{A}/classes/{C6A1}/roster 401 200  200   200 200  403  403    403    403 403 200  403  403
            GET       /adoption/schools/{A}/classes/{C7A1}/roster 401 200  200   200 403  200  403    403    403 403 200  403  403
            GET       /adoption/schools/{A}/export             401  200   200   200 403  403  403    403    403 403 200  403  403
            GET       /adoption/schools/{C}/export?format=csv  401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /adoption/schools/{A}/not-activated/export 401 200  200   200 403  403  403    403    403 403 200  403  403
            GET       /adoption/schools/{A}/history            401  200   200   200 403  403  403    403    403 403 200  403  403
            GET       /adoption/schools/{C}/history            401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /adoption/schools/{A}/report             401  200   200   200 403  403  403    403    403 403 200  403  403
            GET       /adoption/schools/{C}/report             401  200   403   403 403  403  403    403    403 403 403  200  403
            POST      /adoption/schools/{A}/invitations        401  201   201   201 403  403  403    403    403 403 201  403  403
            POST      /adoption/schools/{C}/invitations        401  201   403   403 403  403  403    403    403 403 403  201  403
            POST      /adoption/classes/{C6A1}/invitations     401  201   201   201 201  403  403    403    403 403 201  403  403
            POST      /adoption/classes/{C7A1}/invitations     401  201   201   201 403  403  403    403    403 403 201  403  403
            GET       /adoption/campaigns/{UNKNOWN_NOTICE}     401  404   404   404 404  404  404    404    404 404 404  404  404
            GET       /adoption/invitation-channels            401  200   200   200 200  200  200    200    200 200 200  200  200
            GET       /adoption/invitations/{UNKNOWN_KEY}      404  404   404   404 404  404  404    404    404 404 404  404  404
            GET       /adoption/districts/{D1}                 401  200   403   403 403  403  403    403    403 403 200  403  403
            GET       /adoption/districts/{D2}                 401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /adoption/districts/{D1}/export          401  200   403   403 403  403  403    403    403 403 200  403  403
            GET       /adoption/districts/{D2}/export?format=csv 401 200  403   403 403  403  403    403    403 403 403  200  403
            GET       /adoption/departments/{DEPT1}            401  200   403   403 403  403  403    403    403 403 403  403  403
            GET       /adoption/departments/{DEPT1}/history    401  200   403   403 403  403  403    403    403 403 403  403  403
            GET       /adoption/departments/{DEPT1}/export     401  200   403   403 403  403  403    403    403 403 403  403  403
            GET       /adoption/districts/{D1}/history         401  200   403   403 403  403  403    403    403 403 200  403  403
            GET       /adoption/districts/{D2}/history         401  200   403   403 403  403  403    403    403 403 403  200  403
            PUT       /chat/schools/{A}/settings               401  200   200   200 403  403  403    403    403 403 200  403  403
            GET       /chat/schools/{C}/settings               401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /chat/office-hours                       401  403   200   200 200  200  200    200    403 403 200  200  403
            DELETE    /chat/office-hours                       401  403   204   204 204  204  204    204    403 403 204  204  403
            GET       /chat/blocks                             401  403   403   403 403  403  403    403    200 200 403  403  403
            PUT       /chat/blocks/{G2P}                       401  403   403   403 403  403  403    403    204 400 403  403  403
            DELETE    /chat/blocks/{G2P}                       401  403   403   403 403  403  403    403    204 400 403  403  403
            GET       /chat/reports                            401  403   200   200 200  200  200    200    200 200 200  200  200
            GET       /chat/attachments/{UNKNOWN_KEY}          401  403   404   404 404  404  404    404    404 404 404  404  404
            GET       /chat/attachments/{UNKNOWN_KEY}?size=thumb 401 403 404  404 404  404  404    404    404 404 404  404  404
            GET       /chat/conversations                      401  403   200   200 200  200  200    200    200 200 200  200  200
            GET       /chat/contacts                           401  403   200   200 200  200  200    200    200 200 200  200  200
            GET       /chat/inbox                              401  403   200   200 200  200  200    200    200 200 200  200  200
            GET       /chat/me/scheduled                       401  403   200   200 200  200  200    200    200 200 200  200  200
            DELETE    /chat/me/scheduled/{UNKNOWN_NOTICE}      401  403   404   404 404  404  404    404    404 404 404  404  404
            GET       /chat/me/send-later                      401  200   200   200 200  200  200    200    200 200 200  200  200
            POST:direct /chat/direct?with={P_G1}               401  403   403   403 201  403  403    403    403 403 403  403  403
            POST:direct /chat/direct?with={P_t7A1}             401  403   201   201 201  403  201    201    403 201 403  403  403
            POST:direct /chat/direct?with={P_doD1}             401  403   201   201 403  403  403    403    403 403 403  403  403
            POST:group /chat/groups                            401  403   201   201 201  201  201    201    403 403 201  201  403
            POST:members /chat/groups/{GROUP}/members?m={P_G1} 401  403   404   404 200  404  404    404    403 404 404  404  404
            DELETE    /chat/groups/{GROUP}/members/{P_t6A1}    401  403   404   404 400  404  404    404    403 404 404  404  404
            GET       /chat/conversations/{GROUP}/events       401  403   404   404 200  404  404    404    200 404 404  404  404
            GET       /chat/conversations/{GROUP}/members      401  403   404   404 200  404  404    404    200 404 404  404  404
            POST:directive /directives/districts/{D1}          401  403   403   403 403  403  403    403    403 403 201  403  403
            POST:directive /directives/departments/{DEPT1}     401  403   403   403 403  403  403    403    403 403 403  403  403
            POST:directive /directives/schools/{A}             401  403   201   201 403  403  403    403    403 403 403  403  403
            POST:forward /directives/{DIR}/forwards            401  403   201   201 404  404  404    404    403 403 404  404  403
            GET       /directives/inbox                        401  403   200   200 200  200  200    200    403 403 200  200  403
            GET       /directives/sent                         401  403   200   200 200  200  200    200    403 403 200  200  403
            GET       /directives/scheduled                    401  403   200   200 200  200  200    200    403 403 200  200  403
            DELETE    /directives/scheduled/{UNKNOWN_NOTICE}   401  403   404   404 404  404  404    404    403 403 404  404  403
            GET       /directives/{DIR}                        401  403   200   200 200  200  404    404    403 403 200  404  403
            GET       /directives/{FWD}                        401  403   200   200 200  200  404    404    403 403 200  404  403
            POST      /directives/{DIR}/read                   401  403   200   404 404  404  404    404    403 403 404  404  403
            POST      /directives/{FWD}/acknowledgement        401  403   404   404 200  200  404    404    403 403 404  404  403
            GET       /directives/{DIR}/tracking               401  403   200   200 403  403  404    404    403 403 200  404  403
            GET       /directives/{DIR}/cascade                401  403   200   200 403  403  404    404    403 403 200  404  403
            GET       /directives/{FWD}/tracking               401  403   200   200 403  403  404    404    403 403 200  404  403
            POST      /directives/{FWD}/reminders              401  403   200   200 403  403  404    404    403 403 200  404  403
            GET       /directives/{DIR}/reports                401  403   200   200 403  403  404    404    403 403 200  404  403
            GET       /directives/{DIR}/reports/{A}            401  403   200   200 403  403  404    404    403 403 200  404  403
            PUT:report /directives/{DIR}/reports/{A}           401  403   200   200 403  403  403    403    403 403 403  403  403
            POST      /directives/{DIR}/reports/{A}/adoption  401  403   200   200 403  403  403    403    403 403 403  403  403
            GET       /directives/{DIR}/reports/export.csv     401  403   200   200 403  403  404    404    403 403 200  404  403
            GET       /directives/{DIR}/reports/export.xlsx    401  403   200   200 403  403  404    404    403 403 200  404  403
            GET       /directives/{DIR}/reports/districts      401  403   403   403 403  403  404    404    403 403 200  404  403
            GET       /directives/{DIR}/reports/districts/{D1} 401  403   403   403 403  403  404    404    403 403 404  404  403
            GET       /directives/{DIR}/reports/districts/export.csv 401 403 403 403 403 403 404  404    403 403 200  404  403
            GET       /directives/{DIR}/reports/districts/export.xlsx 401 403 403 403 403 403 404 404    403 403 200  404  403
            PUT:report /directives/{DIR}/reports/districts/{D1} 401 403   403   403 403  403  403    403    403 403 400  403  403
            POST      /directives/{DIR}/reports/districts/{D1}/adoption 401 403 403 403 403 403  403    403    403 403 400  403  403
            POST:upload /directives/attachments                401  403   201   201 201  201  201    201    403 403 201  201  403
            GET       /directives/attachments/{UNKNOWN_KEY}    401  403   404   404 404  404  404    404    403 403 404  404  403
            POST:notice /notices/schools/{A}/grades            401  400   400   400 403  400  403    403    403 403 403  403  403
            POST:notice /notices/schools/{A}/attendance        401  400   400   400 400  400  403    403    403 403 403  403  403
            POST:notice /notices/schools/{A}/health            401  400   400   400 400  400  400    403    403 403 403  403  403
            POST:notice /notices/schools/{A}/activities        401  400   400   400 400  400  403    403    403 403 403  403  403
            POST:notice /notices/schools/{C}/grades            401  400   403   403 403  403  403    403    403 403 403  403  403
            POST:notice /notices/schools/{A}/assessments       401  400   400   400 400  403  403    403    403 403 403  403  403
            POST:photo /notices/schools/{A}/photos             401  201   201   201 201  201  403    403    403 403 403  403  403
            POST:photo /notices/schools/{C}/photos             401  201   403   403 403  403  403    403    403 403 403  403  403
            GET       /notices/photos/{PHOTO_6A1}              401  200   200   200 200  200  200    200    200 404 404  404  404
            GET       /notices/photos/{PHOTO_6A1}?size=thumb   401  200   200   200 200  200  200    200    200 404 404  404  404
            GET       /notices/photos/{UNKNOWN_KEY}            401  404   404   404 404  404  404    404    404 404 404  404  404
            GET       /notices/students/{S6A1}/grades          401  200   200   200 200  404  200    404    200 404 200  404  404
            GET       /notices/students/{S6A1}/attendance      401  200   200   200 200  404  200    404    200 404 200  404  404
            GET       /notices/students/{S6A1}/health          401  200   200   200 200  404  200    404    200 404 200  404  404
            GET       /notices/students/{S6A1}/assessments     401  200   200   200 200  404  200    404    200 404 200  404  404
            GET       /notices/students/{S6A1}/growth          401  200   200   200 200  404  200    404    200 404 200  404  404
            GET       /notices/students/{S7A1}/activities      401  200   200   200 404  200  200    404    404 200 200  404  404
            GET       /notices/students/{UNKNOWN_STUDENT}/grades 401 404  404   404 404  404  404    404    404 404 404  404  404
            GET       /notices/preferences                     401  403   403   403 403  403  403    403    200 200 403  403  403
            GET       /notices/schools/{A}/scheduled           401  200   200   200 200  200  200    200    403 403 403  403  403
            DELETE    /notices/schools/{A}/scheduled/{UNKNOWN_KEY} 401 404 404   404 404  404  404    404    403 403 403  403  403
            GET       /notices/schools/{C}/scheduled           401  200   403   403 403  403  403    403    403 403 403  403  403
            PUT       /notices/preferences                     401  403   403   403 403  403  403    403    200 200 403  403  403
            GET       /notices/schools/{A}/classes/{C6A1}/attendance 401 200 200 200 200 403 403   403    403 403 403  403  403
            GET       /notices/schools/{A}/classes/{C7A1}/attendance 401 200 200 200 403 200 403   403    403 403 403  403  403
            GET       /notices/schools/{A}/classes/0/attendance 401 404 404   404 404  404  403    403    403 403 403  403  403
            GET       /notices/schools/{A}/classes/{C7A1}/grades?subject=TOAN&term=HK1&kind=GIUA_KY 401 200 200 200 403 200 403 403 403 403 403 403 403
            GET       /notices/schools/{A}/classes/{C7A1}/grades?subject=NGU_VAN&term=HK1&kind=GIUA_KY 401 200 200 200 403 403 403 403 403 403 403 403 403
            GET       /notices/schools/{A}/classes/{C6A1}/grades?subject=TOAN&term=HK1&kind=GIUA_KY 401 200 200 200 403 403 403 403 403 403 403 403 403
            POST:notice /notices/schools/{A}/comments          401  400   400   400 400  400  403    403    403 403 403  403  403
            GET       /notices/students/{S6A1}/comments        401  200   200   200 200  404  200    404    200 404 200  404  404
            GET       /notices/schools/{A}/classes/{C6A1}/comments 401 200 200 200 200 403 403     403    403 403 403  403  403
            GET       /notices/schools/{A}/classes/{C7A1}/comments 401 200 200 200 403 200 403     403    403 403 403  403  403
            GET       /notices/schools/{A}/classes/{C6A1}/assessments?term=HK1 401 200 200 200 200 403 403 403 403 403 403 403 403
            GET       /notices/schools/{A}/classes/{C7A1}/assessments?term=HK1 401 200 200 200 403 403 403 403 403 403 403 403 403
            GET       /notifications/endpoints                 401  403   200   200 200  200  200    200    200 200 200  200  403
            POST:endpoint /notifications/endpoints             401  403   201   201 201  201  201    201    201 201 201  201  403
            DELETE    /notifications/endpoints/{UNKNOWN_NOTICE} 401  403   404   404 404  404  404    404    404 404 404  404  403
            GET       /notifications/preferences               401  403   200   200 200  200  200    200    200 200 200  200  403
            PUT       /notifications/preferences               401  403   200   200 200  200  200    200    200 200 200  200  403
            GET       /notifications/schools/{A}/policy        401  200   200   200 403  403  403    403    403 403 200  403  403
            GET       /notifications/schools/{C}/policy        401  200   403   403 403  403  403    403    403 403 403  200  403
            PUT       /notifications/schools/{A}/policy        401  200   200   200 403  403  403    403    403 403 200  403  403
            PUT       /notifications/schools/{C}/policy        401  200   403   403 403  403  403    403    403 403 403  200  403
            GET       /notices/schools/{A}/reports/notices/{UNKNOWN_NOTICE} 401 404 404 404 404 404 404 403 403 403 403 403 403
            GET       /notices/schools/{A}/reports/batches/{UNKNOWN_KEY}    401 404 404 404 404 404 404 403 403 403 403 403 403
            GET       /notices/schools/{A}/reports/classes/{CLASS_6A1}      401 200 200 200 200 404 200 403 403 403 403 403 403
            GET       /notices/schools/{C}/reports/classes/{CLASS_6C1}      401 200 403 403 403 403 403 403 403 403 403 403 403
            GET       /notifications/web-push/key              200  200   200   200 200  200  200    200    200 200 200  200  200
            POST      /notifications/receipts/zalo             401  401   401   401 401  401  401    401    401 401 401  401  401
            POST      /notifications/receipts/sms              401  401   401   401 401  401  401    401    401 401 401  401  401
            GET       /leave-requests/students/{S6A1}          401  200   200   200 200  404  200    404    200 404 200  404  404
            GET       /leave-requests/students/{UNKNOWN_STUDENT} 401 404  404   404 404  404  404    404    404 404 404  404  404
            GET       /leave-requests/schools/{A}              401  200   200   200 200  200  200    403    403 403 200  403  403
            GET       /leave-requests/schools/{C}              401  200   403   403 403  403  403    403    403 403 403  200  403
            POST:notice /leave-requests                        401  400   400   400 400  400  400    400    400 400 400  400  400
            POST:notice /leave-requests/{UNKNOWN_NOTICE}/approve 401  404   404   404 404  404  404    404    404 404 404  404  404
            POST:notice /leave-requests/{UNKNOWN_NOTICE}/decline 401  404   404   404 404  404  404    404    404 404 404  404  404
            POST      /leave-requests/{UNKNOWN_NOTICE}/cancel  401  404   404   404 404  404  404    404    404 404 404  404  404
            POST:photo /leave-requests/{UNKNOWN_NOTICE}/photo 401 404   404   404 404  404  404    404    404 404 404  404  404
            GET       /leave-requests/{UNKNOWN_NOTICE}/photo   401  404   404   404 404  404  404    404    404 404 404  404  404
            POST:csv  /timetable/schools/{A}/imports           401  400   400   400 403  403  403    403    403 403 403  403  403
            POST:csv  /timetable/schools/{C}/imports           401  400   403   403 403  403  403    403    403 403 403  403  403
            PUT:timetable /timetable/classes/{C6A1}/weeks/{NEW} 401 400 400   400 403  403  403    403    403 403 403  403  403
            GET       /timetable/classes/{C6A1}                401  200   200   200 200  200  200    200    200 403 200  403  403
            GET       /timetable/classes/{C7A1}                401  200   200   200 200  200  200    200    403 200 200  403  403
            GET       /timetable/classes/{UNKNOWN_NOTICE}      401  404   404   404 404  404  404    404    404 404 404  404  404
            GET       /timetable/students/{S6A1}               401  200   200   200 200  404  200    404    200 404 200  404  404
            GET       /timetable/students/{UNKNOWN_STUDENT}    401  404   404   404 404  404  404    404    404 404 404  404  404
            GET       /timetable/me                            401  403   200   200 200  200  200    200    403 403 200  200  200
            """;

    @Inject
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Inject
    Pool pool;

    @Inject
    TestSessions issuer;

    @Inject
    Clock clock;

    private AccessFixture world;

    @BeforeEach
    void world() {
        world = AccessFixture.get(schools, people, pool, issuer, clock);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void callerGetsTheStatusOfTheTable(Cell cell) {
        Response response = send(cell);
        assertEquals(cell.status(), response.statusCode(), () -> cell + " answered " + response.body().asString());
        if (cell.status() >= 400 && !cell.path().startsWith("/q/")) {
            assertEquals("application/problem+json", response.contentType().split(";")[0], cell::toString);
        }
    }

    /**
     * Sign-in and the caller's own sessions: public, or about the caller's own account only, so they have no
     * role × relation dimension; their rules (who may call, 401s, own-session-only) are in their own API tests
     * (OtpSignInApiTest, PasswordSignInApiTest, PasswordChangeApiTest, RefreshApiTest, SessionApiTest,
     * WebSignInApiTest; the web SSO sign-in with a real SSO in SsoSignInTest).
     * Running them here would sign the matrix's callers out.
     */
    static final Set<String> SELF_SERVICE = Set.of(
            "POST /api/v1/auth/otp/request", "POST /api/v1/auth/otp/verify", "POST /api/v1/auth/password",
            "PUT /api/v1/auth/password", "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout",
            "POST /api/v1/auth/logout-all", "GET /api/v1/auth/sessions", "DELETE /api/v1/auth/sessions/{}",
            "POST /api/v1/auth/web/otp/verify", "POST /api/v1/auth/web/password", "POST /api/v1/auth/web/refresh",
            "POST /api/v1/auth/web/logout", "GET /api/v1/auth/web/sso", "POST /api/v1/auth/web/sso");

    /**
     * Chat operations on a conversation, a report or an attachment that the fixture does not have (it holds no
     * conversations), or whose body the table's PUT cannot send: who may call them is tested with real conversations
     * in AttachmentApiTest (members, non-members, removed members), MessageReportApiTest (members report; homeroom
     * teacher, principal and vice principal handle; everyone else 404), OfficeHoursApiTest (staff only) and
     * ScheduledMessageApiTest (members schedule; anyone else 404).
     */
    static final Set<String> CHAT_NEEDS_CONVERSATIONS = Set.of(
            "POST /api/v1/chat/conversations/{}/attachments", "POST /api/v1/chat/reports",
            "POST /api/v1/chat/reports/{}/hide", "POST /api/v1/chat/reports/{}/dismiss",
            "PUT /api/v1/chat/office-hours", "POST /api/v1/chat/conversations/{}/scheduled");

    @Test
    void everyDocumentedOperationHasARow() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> documented.add(method.toUpperCase() + " " + normalised(path))));
        Set<String> inTable = cells().map(cell -> cell.method().split(":")[0] + " " + normalised(cell.url()))
                .collect(Collectors.toCollection(TreeSet::new));
        documented.removeAll(inTable);
        documented.removeAll(SELF_SERVICE);
        documented.removeAll(CHAT_NEEDS_CONVERSATIONS);
        assertTrue(documented.isEmpty(), "Operations without a row in the authorization matrix: " + documented);
    }

    @Test
    void everyImportFormatHasARow() {
        Set<String> variants = cells().filter(cell -> cell.method().startsWith("POST"))
                .map(cell -> cell.method() + " " + (cell.path().startsWith("/directory/districts/") ? "/office" : "")
                        + cell.path().substring(cell.path().lastIndexOf('/')))
                .collect(Collectors.toSet());
        for (String kind : List.of("/students", "/staff", "/office/staff")) {
            for (String method : List.of("POST:json", "POST:csv", "POST:form")) {
                assertTrue(variants.contains(method + " " + kind), "No matrix row for " + method + " " + kind);
            }
        }
    }

    /** One cell of the table: a caller, a request and the status it must get. */
    record Cell(String caller, String method, String path, int status) {

        String url() {
            return path.startsWith("/q/") ? path : "/api/v1" + path;
        }

        @Override
        public String toString() {
            return caller + " " + method + " " + path + " → " + status;
        }
    }

    static Stream<Cell> cells() {
        List<String> lines = MATRIX.lines().filter(line -> !line.isBlank()).toList();
        List<String> callers = Arrays.asList(lines.get(0).trim().split("\\s+")).subList(2, columns(lines.get(0)));
        List<Cell> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length != callers.size() + 2) {
                throw new IllegalStateException("Matrix row has " + (fields.length - 2) + " cells for "
                        + callers.size() + " callers: " + line);
            }
            for (int i = 0; i < callers.size(); i++) {
                cells.add(new Cell(callers.get(i), fields[0], fields[1], Integer.parseInt(fields[i + 2])));
            }
        }
        return cells.stream();
    }

    private static int columns(String header) {
        return header.trim().split("\\s+").length;
    }

    /** {@code /api/v1/directory/schools/{code}/students?x=1} → {@code /api/v1/directory/schools/{}/students}. */
    private static String normalised(String path) {
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)).replaceAll("\\{[^}]*}", "{}");
    }

    private Response send(Cell cell) {
        RequestSpecification request = given().urlEncodingEnabled(true);
        String token = world.token(cell.caller());
        if (token != null) {
            request.auth().oauth2(token);
        }
        String url = world.resolve(cell.url());
        boolean students = url.endsWith("/imports/students");
        boolean office = url.contains("/districts/");
        boolean department = url.contains("/departments/");
        return switch (cell.method()) {
            case "GET" -> request.get(url);
            case "DELETE" -> request.delete(url);
            case "POST:key" -> request.contentType(ContentType.JSON)
                    .body("{\"schoolCode\": \"" + url.substring(url.indexOf('=') + 1) + "\", \"name\": \"Cổng thử\"}")
                    .post(url.substring(0, url.indexOf('?')));
            case "PUT" -> request.contentType(ContentType.JSON).body(organisationBody(url)).put(url);
            case "POST" -> request.post(url);
            case "POST:directive" -> request.contentType(ContentType.JSON).body(DirectiveBodies.directive(
                    url.contains("/districts/") ? Map.of("everyone", true) : Map.of("groups", List.of("TEACHERS")),
                    false)).post(url);
            case "POST:forward" -> request.contentType(ContentType.JSON).body(DirectiveBodies.forward()).post(url);
            case "PUT:report" -> request.contentType(ContentType.JSON).body(DirectiveBodies.report()).put(url);
            case "POST:upload" -> request.contentType("application/pdf").body(DirectiveBodies.pdf()).post(url);
            case "POST:direct" -> request.contentType(ContentType.JSON).body(Map.of("with", queryValue(url)))
                    .post(withoutQuery(url));
            case "POST:group" -> request.contentType(ContentType.JSON)
                    .body(Map.of("title", "Nhóm thử", "members", List.of())).post(url);
            case "POST:endpoint" -> request.contentType(ContentType.JSON).body(Map.of("channel", "FCM",
                    "address", "matrix-" + java.util.UUID.randomUUID())).post(url);
            case "POST:photo" -> request.contentType("image/jpeg").body(NoticeBodies.jpeg()).post(url);
            case "POST:notice" -> request.contentType(ContentType.JSON).body(Map.of("records", List.of())).post(url);
            case "PUT:timetable" -> request.contentType(ContentType.JSON).body(Map.of("cells", List.of())).put(url);
            case "POST:members" -> request.contentType(ContentType.JSON)
                    .body(Map.of("members", List.of(queryValue(url)))).post(withoutQuery(url));
            case "POST:json" -> dryRun(request).contentType(ContentType.JSON)
                    .body(students ? ImportBodies.studentsJson()
                            : department ? ImportBodies.departmentStaffJson()
                            : office ? ImportBodies.officeStaffJson() : ImportBodies.staffJson()).post(url);
            case "POST:csv" -> dryRun(request).contentType("text/csv")
                    .body(students ? ImportBodies.studentsCsv()
                            : department ? ImportBodies.departmentStaffCsv()
                            : office ? ImportBodies.officeStaffCsv() : ImportBodies.staffCsv()).post(url);
            case "POST:form" -> dryRun(request)
                    .multiPart("file", "danh-sach.csv",
                            students ? ImportBodies.studentsCsv()
                                    : department ? ImportBodies.departmentStaffCsv()
                                    : office ? ImportBodies.officeStaffCsv() : ImportBodies.staffCsv(), "text/csv")
                    .post(url);
            default -> throw new IllegalStateException("Unknown method in the matrix: " + cell.method());
        };
    }

    /** {@code /x?name=value} → {@code value}: the one value a row sends in its request body. */
    private static String queryValue(String url) {
        return url.substring(url.indexOf('=') + 1);
    }

    private static String withoutQuery(String url) {
        return url.substring(0, url.indexOf('?'));
    }

    private static RequestSpecification dryRun(RequestSpecification request) {
        return request.queryParam("mode", "delta").queryParam("dryRun", true);
    }

    private String organisationBody(String url) {
        if (url.contains("/notifications/preferences")) {
            return "{\"push\": true, \"paid\": true}";
        }
        if (url.contains("/notifications/schools/")) {
            return "{}";
        }
        if (url.contains("/notices/preferences")) {
            return "{\"GRADE\": \"IMMEDIATE\"}";
        }
        if (url.contains("/chat/schools/")) {
            return "{\"parentsGroups\": false}";
        }
        if (url.contains("/departments/")) {
            return "{\"name\": \"Sở GDĐT thử\"}";
        }
        if (url.contains("/districts/")) {
            return "{\"name\": \"Phòng GDĐT thử\", \"departmentCode\": \"" + world.symbol("DEPT1") + "\"}";
        }
        return "{\"name\": \"Trường thử\", \"level\": \"THCS\", \"districtCode\": \"" + world.symbol("D2") + "\"}";
    }
}
