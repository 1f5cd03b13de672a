package vn.lienlac.web.inbox;

import static io.restassured.RestAssured.given;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.web.WebCodes;

/**
 * A parent using the app in a browser context: signing in by phone and one-time code as they would.
 *
 * <p>Where this branch does not have the browser sign-in ({@code /api/v1/auth/web/*}) or {@code /api/v1/directory/me}
 * yet, {@link #bridge} answers them in the browser from the native endpoints and a profile built by the test, so the
 * screens can be exercised; once both are on the branch, the bridge installs nothing.
 */
final class ParentApp {

    private ParentApp() {
    }

    /** Signs in on the sign-in page and waits for the inbox. */
    static void signIn(Page page, WebCodes codes, String phoneE164) {
        page.navigate("/");
        page.getByLabel("Số điện thoại").fill(PeopleFixtures.local(phoneE164));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận mã đăng nhập")).click();
        page.getByLabel("Mã đăng nhập (6 chữ số)").fill(codes.lastCodeFor(phoneE164));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sổ liên lạc của con")).waitFor();
    }

    static boolean hasWebSignIn() {
        return given().header("X-Lienlac-Csrf", "1").post("/api/v1/auth/web/refresh").statusCode() != 404;
    }

    static boolean hasProfile() {
        return given().get("/api/v1/directory/me").statusCode() != 404;
    }

    /** The pieces this branch may lack, answered in the browser (see the class comment). */
    static void bridge(BrowserContext context, JsonObject profile) {
        boolean webSignIn = hasWebSignIn();
        boolean me = hasProfile();
        String[] session = new String[2]; // refresh token, access token
        if (!webSignIn) {
            context.route("**/api/v1/auth/web/**", route -> {
                String path = route.request().url().replaceFirst("^https?://[^/]+", "");
                if (path.endsWith("/otp/verify")) {
                    JsonObject body = new JsonObject(route.request().postData());
                    Response r = given().contentType(ContentType.JSON).body(body.getMap())
                            .post("/api/v1/auth/otp/verify");
                    answerPair(route, r, session);
                } else if (path.endsWith("/refresh")) {
                    if (session[0] == null) {
                        fulfill(route, 401, new JsonObject().put("code", "UNAUTHENTICATED"));
                        return;
                    }
                    answerPair(route, given().contentType(ContentType.JSON)
                            .body(Map.of("refreshToken", session[0])).post("/api/v1/auth/refresh"), session);
                } else if (path.endsWith("/logout")) {
                    if (session[1] != null) {
                        given().auth().oauth2(session[1]).post("/api/v1/auth/logout");
                    }
                    session[0] = null;
                    session[1] = null;
                    route.fulfill(new Route.FulfillOptions().setStatus(204));
                } else {
                    route.resume();
                }
            });
        }
        if (!me) {
            context.route("**/api/v1/directory/me", route -> fulfill(route, 200, profile));
        }
    }

    private static void answerPair(Route route, Response r, String[] session) {
        if (r.statusCode() != 200) {
            route.fulfill(new Route.FulfillOptions().setStatus(r.statusCode())
                    .setContentType("application/problem+json").setBody(r.asString()));
            return;
        }
        JsonObject pair = new JsonObject(r.asString());
        session[0] = (String) pair.remove("refreshToken");
        session[1] = pair.getString("accessToken");
        fulfill(route, 200, pair);
    }

    private static void fulfill(Route route, int status, JsonObject body) {
        route.fulfill(new Route.FulfillOptions().setStatus(status).setContentType("application/json")
                .setBody(body.encode()));
    }

    /** The profile {@code /api/v1/directory/me} gives the family's parent (docs: the web app's contract). */
    static JsonObject profileOf(FamilyScene.Family f) {
        return new JsonObject().put("fullName", "Lê Thu Hà").put("participants", new JsonArray())
                .put("staff", new JsonArray())
                .put("children", new JsonArray(List.of(
                        child(f.an(), "Nguyễn Minh An", "6A1", f.schoolA()),
                        child(f.chau(), "Nguyễn Minh Châu", "7A2", f.schoolB()))));
    }

    private static JsonObject child(String code, String name, String className, String school) {
        return new JsonObject().put("studentCode", code).put("fullName", name).put("classId", 0)
                .put("className", className).put("schoolCode", school)
                .put("schoolName", "Trường thử nghiệm " + school).put("level", "THCS");
    }
}
