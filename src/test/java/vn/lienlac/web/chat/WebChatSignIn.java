package vn.lienlac.web.chat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.lienlac.chat.ChatFixtures.Person;

/**
 * Puts a chat person's live session into a browser context: the app's refresh call answers with that session's
 * access token (as the browser flow would after a sign-in) and the profile names them as a guardian or a teacher.
 * Everything else — REST, the WebSocket — is the real server.
 */
final class WebChatSignIn {

    private WebChatSignIn() {
    }

    static Page as(BrowserContext context, Person person, boolean guardian) {
        JsonObject tokens = new JsonObject().put("accessToken", person.token())
                .put("accessTokenExpiresAt", Instant.now().plus(10, ChronoUnit.MINUTES).toString())
                .put("refreshTokenExpiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString())
                .put("sessionId", "test");
        context.route("**/api/v1/auth/web/refresh", route -> json(route, tokens));
        JsonObject profile = new JsonObject().put("participants", new JsonArray().add(person.participant()));
        if (guardian) {
            profile.put("fullName", "Phụ huynh").put("staff", new JsonArray()).put("children", new JsonArray().add(
                    new JsonObject().put("studentCode", "HS-THU").put("fullName", "Lê Minh Khôi").put("classId", 1)
                            .put("className", "6A1").put("schoolCode", "TH").put("schoolName", "Trường thử nghiệm")
                            .put("level", "THCS")));
        } else {
            profile.put("fullName", "Giáo viên").put("children", new JsonArray()).put("staff", new JsonArray().add(
                    new JsonObject().put("staffCode", "GV").put("participant", person.participant())
                            .put("schoolCode", "TH").put("schoolName", "Trường thử nghiệm").put("position", "TEACHER")
                            .put("positionLabel", "Giáo viên").put("classes", new JsonArray())));
        }
        context.route("**/api/v1/directory/me", route -> json(route, profile));
        return context.newPage();
    }

    private static void json(Route route, JsonObject body) {
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("application/json")
                .setBody(body.encode()));
    }
}
