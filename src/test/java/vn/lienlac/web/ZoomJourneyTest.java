package vn.lienlac.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.ws.ChatClient;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.inbox.FamilyScene;
import vn.lienlac.web.inbox.FamilyScene.Family;
import vn.lienlac.web.inbox.ParentApp;
import vn.lienlac.web.teacher.TeacherScene;
import vn.lienlac.web.teacher.TeacherScene.Scene;

/**
 * The app at 200 % (docs/web.md, "Accessibility"): every main screen of a parent and of a teacher, in a laptop's
 * window zoomed to 200 % and on a phone whose browser text size is 200 %, reflows — the page never scrolls sideways,
 * every control is within the window's width (a data table may scroll sideways inside its own box, as WCAG 1.4.10
 * allows), and no button's or link's text spills out of it; the same for the console's screens (a principal's and a
 * department officer's). Each screen is kept as a screenshot in
 * target/screenshots/zoom/.
 */
@QuarkusTest
class ZoomJourneyTest extends BrowserJourney {

    private static final String GROUP = "zoom";

    /** The two ways a person gets the app at 200 %. */
    enum Zoom {
        /** A laptop's 1280×800 window at 200 % page zoom: 640×400 CSS pixels, two screen pixels each. */
        LAPTOP("laptop-200", "640×400 @2 16px", browsers -> browsers.context(640, 400, false, 2)),
        /**
         * A phone (360×740) whose browser text size is 200 %: the default font, 16 px, becomes 32 px (the app's sizes
         * are in rem), as Chrome's text scaling setting does.
         */
        PHONE_TEXT("phone-200", "360×740 @1 32px", Browsers::phone) {
            @Override
            void settings(Page page) {
                page.context().newCDPSession(page).send("Page.setFontSizes", JsonParser.parseString(
                        "{\"fontSizes\":{\"standard\":32,\"fixed\":26}}").getAsJsonObject());
            }

            @Override
            void screenshot(Page page, String name) {
                Browsers.screenshotKeepingSettings(page, GROUP, name);
            }
        };

        final String prefix;
        /** The screen, pixel ratio and root font size that the app sees. */
        final String expected;
        private final Function<Browsers, BrowserContext> context;

        Zoom(String prefix, String expected, Function<Browsers, BrowserContext> context) {
            this.prefix = prefix;
            this.expected = expected;
            this.context = context;
        }

        /** A new page on the app's start in this situation, in a context of its own (closed with the context). */
        Page open(Browsers browsers) {
            Page page = context.apply(browsers).newPage();
            page.navigate("/");
            settings(page);
            return page;
        }

        /** The browser's settings of this situation that are not the context's. */
        void settings(Page page) {
        }

        void screenshot(Page page, String name) {
            Browsers.screenshot(page, GROUP, name);
        }
    }

    /**
     * What "reflows" means for one screen, measured in the page: the problems found, each naming the element (its
     * text or label) and its box. Controls inside an element that scrolls sideways by design (overflow-x auto or
     * scroll: a table's wrapper) count as that element, which must itself be within the window.
     */
    private static final String REFLOW = """
            () => {
              // A phone shows a page wider than itself zoomed out (innerWidth grows): the layout's width counts.
              const doc = document.documentElement, vw = Math.min(innerWidth, doc.clientWidth), problems = [];
              if (doc.scrollWidth > vw + 1) {
                problems.push(`the page scrolls sideways: ${doc.scrollWidth} px wide in a ${vw} px window`);
              }
              const name = (el) => {
                const text = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].innerText)
                  || el.innerText || el.value || el.getAttribute('placeholder') || '';
                const cls = typeof el.className === 'string' && el.className.trim()
                  ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
                return `${el.tagName.toLowerCase()}${cls} "${text.replace(/\\s+/g, ' ').trim().slice(0, 60)}"`;
              };
              const box = (r) => `[x ${Math.round(r.left)}…${Math.round(r.right)}, y ${Math.round(r.top)}, `
                + `${Math.round(r.width)}×${Math.round(r.height)}]`;
              const outside = (r) => r.left < -1 || r.right > vw + 1;
              const sideways = (el) => {
                for (let p = el.parentElement; p && p !== doc; p = p.parentElement) {
                  const o = getComputedStyle(p).overflowX;
                  if (o === 'auto' || o === 'scroll') return p;
                }
                return null;
              };
              for (const el of document.querySelectorAll('a, button, input, select, textarea, [role=button]')) {
                if (!el.checkVisibility({visibilityProperty: true}) || el.getClientRects().length === 0) continue;
                const r = el.getBoundingClientRect();
                const scroller = sideways(el);
                if (scroller) {
                  const s = scroller.getBoundingClientRect();
                  if (outside(s)) problems.push(`${name(scroller)} (scrolls sideways) ${box(s)} is wider than the window`);
                } else if (outside(r)) {
                  problems.push(`${name(el)} ${box(r)} is not within the ${vw} px window`);
                }
                if (el.matches('a, button, [role=button]') && getComputedStyle(el).display !== 'inline'
                    && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
                  problems.push(`the text of ${name(el)} ${box(r)} does not fit in it: ${el.scrollWidth} px in `
                    + `${el.clientWidth} px`);
                }
              }
              return [...new Set(problems)];
            }""";

    @Inject
    FamilyScene families;

    @Inject
    TeacherScene teachers;

    @Inject
    ChatFixtures chat;

    @Inject
    vn.lienlac.web.console.ConsoleScene consoles;

    @TestHTTPResource("/ws/chat")
    URI socket;

    private final WebCodes codes = new WebCodes();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void codes() {
        QuarkusMock.installMockForType(codes, OtpSender.class);
        problems.clear();
    }

    @ParameterizedTest
    @EnumSource(Zoom.class)
    void aParentsScreensReflowAt200Percent(Zoom zoom) {
        Family f = families.create();
        families.publishNotices(f);
        String teacherName = "Nguyễn Thị Thu Hương";
        long conversation = conversationWithATeacher(f, teacherName);
        Page page = zoom.open(browsers);
        try (BrowserContext context = page.context()) {
            page.getByLabel("Số điện thoại").waitFor();
            check(page, zoom, "dang-nhap");
            ParentApp.signIn(page, codes, f.parentPhone());
            page.locator(".inbox-list li").filter(new Locator.FilterOptions()
                    .setHasText(f.gradeText())).waitFor();
            check(page, zoom, "hop-thu");

            page.locator(".inbox-list li").filter(new Locator.FilterOptions()
                    .setHasText(f.gradeText())).getByRole(AriaRole.LINK).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Chi tiết")).waitFor();
            check(page, zoom, "thong-bao");

            page.navigate("/#/con/" + f.an() + "/diem");
            page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Toán")).waitFor();
            check(page, zoom, "diem");

            page.navigate("/#/con/" + f.chau() + "/chuyen-can");
            page.getByText("Vắng không phép: 1").waitFor();
            check(page, zoom, "chuyen-can");

            page.navigate("/#/con/" + f.an() + "/suc-khoe");
            page.getByText("Khám sức khỏe định kỳ", new Page.GetByTextOptions().setExact(true)).waitFor();
            check(page, zoom, "suc-khoe");

            page.navigate("/#/con/" + f.an() + "/hoat-dong");
            page.getByText("Thực đơn bán trú").first().waitFor();
            page.waitForFunction("() => [...document.querySelectorAll('.photo img')].every(i => i.complete"
                    + " && i.naturalWidth > 0)");
            check(page, zoom, "hoat-dong");

            page.navigate("/#/tro-chuyen");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(teacherName)).waitFor();
            check(page, zoom, "tro-chuyen");

            page.navigate("/#/tro-chuyen/" + conversation);
            page.getByText("Họp phụ huynh").first().waitFor();
            page.getByLabel("Nội dung tin nhắn").fill("Dạ, em cảm ơn cô, em sẽ đến đúng giờ.");
            check(page, zoom, "cuoc-tro-chuyen");

            page.navigate("/#/cai-dat");
            page.getByText("Thiết bị này", new Page.GetByTextOptions().setExact(true)).waitFor();
            check(page, zoom, "cai-dat");
        }
        assertTrue(problems.isEmpty(), "Screens that do not reflow at 200 %:\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @EnumSource(Zoom.class)
    void aTeachersScreensReflowAt200Percent(Zoom zoom) {
        Scene s = teachers.create();
        Page page = zoom.open(browsers);
        try (BrowserContext context = page.context()) {
            WebSignIn.byCode(page, codes, s.teacherPhone());
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lớp 6A1")).waitFor();
            check(page, zoom, "lop-cua-toi");

            String base = "/#/lop/" + s.classId();
            page.navigate(base);
            page.getByText("0/4 gia đình đã kích hoạt ứng dụng").waitFor();
            check(page, zoom, "danh-sach-lop");

            page.navigate(base + "/diem-danh");
            page.getByLabel("Tình trạng của Nguyễn Văn An").selectOption("KHONG_PHEP");
            page.getByLabel("Ghi chú cho Nguyễn Văn An").fill("Gia đình xin nghỉ ốm");
            check(page, zoom, "diem-danh");

            page.navigate(base + "/nhap-diem");
            page.getByLabel("Điểm của Nguyễn Văn An").fill("11");
            page.getByText("Điểm 11 nằm ngoài thang điểm 0–10.").waitFor();
            page.getByLabel("Nhận xét cho Đặng Thu Chi").fill("Tiến bộ rõ trong học kỳ này");
            check(page, zoom, "nhap-diem");

            page.navigate(base + "/hoat-dong");
            page.getByLabel("Tiêu đề").fill("Thực đơn bán trú tuần này");
            page.getByLabel("Chọn ảnh từ máy").setInputFiles(new FilePayload("bua-trua.png", "image/png", photo()));
            page.getByAltText("Ảnh 1").waitFor();
            check(page, zoom, "dang-hoat-dong");

            page.navigate("/#/gio-lam-viec");
            page.getByText("Chưa đặt giờ làm việc").waitFor();
            check(page, zoom, "gio-lam-viec");
        }
        assertTrue(problems.isEmpty(), "Screens that do not reflow at 200 %:\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @EnumSource(Zoom.class)
    void theConsolesScreensReflowAt200Percent(Zoom zoom) {
        vn.lienlac.web.console.ConsoleScene.Scene s = consoles.create();
        String school = "/#/quan-tri/truong/" + s.a();
        Page page = zoom.open(browsers);
        try (BrowserContext context = page.context()) {
            WebSignIn.byCode(page, codes, s.principalAPhone());
            page.navigate("/#/quan-tri");
            consoleScreen(page, zoom, "quan-tri", "Nhập dữ liệu từ CSDL ngành");
            page.navigate(school + "/nhap-du-lieu");
            consoleScreen(page, zoom, "nhap-du-lieu", "Bỏ qua các dòng lỗi");
            page.navigate(school + "/nhat-ky-nhap");
            consoleScreen(page, zoom, "nhat-ky-nhap", null);
            page.navigate(school + "/can-bo");
            consoleScreen(page, zoom, "can-bo", "Bùi Văn Toán");
            page.navigate(school + "/lop");
            consoleScreen(page, zoom, "lop", "6A2");
            page.navigate(school + "/khoa-api");
            consoleScreen(page, zoom, "khoa-api", null);
            page.navigate(school + "/tro-chuyen");
            consoleScreen(page, zoom, "tro-chuyen", null);
            page.navigate(school + "/thoi-khoa-bieu");
            consoleScreen(page, zoom, "thoi-khoa-bieu", "Lớp chưa có thời khóa biểu cho tuần này.");
            page.navigate("/#/quan-tri/tien-do/truong/" + s.a());
            consoleScreen(page, zoom, "tien-do-truong", "Xem dạng bảng");
            page.navigate("/#/quan-tri/van-ban");
            consoleScreen(page, zoom, "van-ban-den", "Soạn văn bản mới");
            page.navigate("/#/quan-tri/van-ban/moi");
            consoleScreen(page, zoom, "soan-van-ban-truong", "Gửi văn bản");
        }
        Page office = zoom.open(browsers);
        try (BrowserContext context = office.context()) {
            WebSignIn.byCode(office, codes, s.departmentOfficerPhone());
            office.navigate("/#/quan-tri/dieu-hanh");
            consoleScreen(office, zoom, "dieu-hanh-so", null);
            office.navigate("/#/quan-tri/tien-do/so/" + s.department());
            consoleScreen(office, zoom, "tien-do-so", "Xem dạng bảng");
            office.navigate("/#/quan-tri/van-ban/moi");
            consoleScreen(office, zoom, "soan-van-ban-so", "Các phòng GDĐT được chọn");
        }
        assertTrue(problems.isEmpty(), "Console screens that do not reflow at 200 %:\n" + String.join("\n", problems));
    }

    /** A console screen once drawn (showing this text, if any, and nothing more loading), checked as {@link #check}. */
    private void consoleScreen(Page page, Zoom zoom, String screen, String showing) {
        if (showing != null) {
            page.getByText(showing).first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        }
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        // Sections that load after the screen (a dashboard's not-activated list) show "…" until they are drawn.
        page.waitForFunction("() => ![...document.querySelectorAll('p')].some((p) => p.textContent.trim() === '…')",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        check(page, zoom, "console-" + screen);
    }

    /**
     * Keeps what does not reflow on the screen, and a screenshot of it. The situation itself is checked first: a zoom
     * that did not take would make every screen pass.
     */
    private void check(Page page, Zoom zoom, String screen) {
        String name = zoom.prefix + "-" + screen;
        page.evaluate("() => window.scrollTo(0, 0)");
        assertEquals(zoom.expected, page.evaluate("() => `${screen.width}×${screen.height} @${devicePixelRatio} "
                + "${getComputedStyle(document.documentElement).fontSize}`"), name);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(REFLOW);
        found.forEach(problem -> problems.add(name + ": " + problem));
        zoom.screenshot(page, name);
    }

    /** A direct conversation of the family's parent with a teacher, one long message from each already in it. */
    private long conversationWithATeacher(Family f, String teacherName) {
        Person teacher = chat.teacher(teacherName);
        Person parent = new Person("g:" + chat.count("SELECT id FROM guardian WHERE phone = $1", f.parentPhone()),
                f.parentPhone(), null);
        long id = chat.conversation("DIRECT", teacher, parent);
        try (ChatClient teacherSocket = ChatClient.connect(socket, teacher.token());
                ChatClient parentSocket = ChatClient.connect(socket, chat.shortLivedToken(parent,
                        Duration.ofMinutes(5)))) {
            teacherSocket.sync(new JsonObject());
            parentSocket.sync(new JsonObject());
            JsonObject first = teacherSocket.sendMessage(id, "zoom-1", "Họp phụ huynh lớp 6A1 vào 8 giờ sáng thứ Bảy tại phòng 204, "
                    + "chi tiết: https://thcs-nguyen-du.edu.vn/thong-bao/hop-phu-huynh-hoc-ky-1-nam-hoc-2026-2027");
            JsonObject second = parentSocket.sendMessage(id, "zoom-2",
                    "Dạ vâng, cô cho em hỏi có cần mang theo sổ liên lạc không ạ?");
            assertEquals("ack", first.getString("type"), first.encode());
            assertEquals("ack", second.getString("type"), second.encode());
        }
        return id;
    }

    private static byte[] photo() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
