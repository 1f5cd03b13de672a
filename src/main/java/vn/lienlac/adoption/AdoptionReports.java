package vn.lienlac.adoption;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.lienlac.platform.error.ApiException;

/**
 * Writes a school's deployment-progress report from its adoption figures (docs/adoption.md). Other features call
 * {@link #schoolReport} directly (e.g. directives, to submit it as a school's response to a report request); it
 * checks no access itself, so the caller must have decided that its user may see the school's figures (the REST
 * endpoint asks the access policy's {@code requireSchoolManagement}).
 */
@ApplicationScoped
public class AdoptionReports {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Classes named in the report as the ones to help first. */
    static final int LOWEST_CLASSES = 3;

    private final AdoptionFigures figures;
    private final AdoptionHistory history;
    private final Clock clock;

    AdoptionReports(AdoptionFigures figures, AdoptionHistory history, Clock clock) {
        this.figures = figures;
        this.history = history;
        this.clock = clock;
    }

    /**
     * The report of the school with this code, as of a day: today (or null) uses the figures now, with the classes;
     * an earlier day uses that day's snapshot. A null item when no school has this code; fails with 404 when there
     * is no snapshot of that day, and with 400 for a day after today.
     */
    public Uni<ProgressReport> schoolReport(String schoolCode, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            return Uni.createFrom().failure(ApiException.badRequest(
                    "Chưa thể báo cáo số liệu của ngày " + DAY.format(day) + ": ngày này chưa đến."));
        }
        if (day.equals(today)) {
            return figures.school(schoolCode).map(school -> school == null ? null
                    : report(school.code(), school.name(), day, true, school.figures(), school.classes(),
                            school.invitations()));
        }
        return history.school(schoolCode, day, day).map(found -> {
            if (found == null) {
                return null;
            }
            if (found.days().isEmpty()) {
                throw ApiException.notFound("Không có số liệu của trường " + schoolCode + " ngày " + DAY.format(day)
                        + ".");
            }
            return report(found.code(), found.name(), day, false, found.days().get(0).figures(), List.of(),
                    null);
        });
    }

    /**
     * A district office's report now, for its answer to the department (docs/directives.md): the district's figures
     * (a guardian with children at two of its schools counted once), and the schools with the lowest share of
     * activated guardians. A null item when no district office has this code. No access check, as above.
     */
    public Uni<AreaReport> districtReport(String districtCode) {
        LocalDate today = LocalDate.now(clock);
        return figures.district(districtCode).map(area -> area == null ? null : areaReport(area, today));
    }

    static AreaReport areaReport(AreaAdoption area, LocalDate day) {
        Figures f = area.figures();
        String title = "Báo cáo tiến độ triển khai Sổ liên lạc điện tử — " + area.name();
        StringBuilder text = new StringBuilder()
                .append("BÁO CÁO TIẾN ĐỘ TRIỂN KHAI SỔ LIÊN LẠC ĐIỆN TỬ\n")
                .append("Đơn vị: ").append(area.name()).append(" (mã ").append(area.code()).append("), ")
                .append(area.schools().size()).append(" trường\n")
                .append("Số liệu tính đến ngày ").append(DAY.format(day)).append(".\n\n")
                .append("1. Cán bộ, giáo viên, nhân viên đã kích hoạt tài khoản: ").append(share(f.staff()))
                .append("; trong đó giáo viên: ").append(share(f.teachers())).append(".\n")
                .append("2. Phụ huynh học sinh đã kích hoạt tài khoản: ").append(share(f.guardians())).append(".\n")
                .append("3. Học sinh có ít nhất một phụ huynh đã kích hoạt: ").append(share(f.students()))
                .append(".");
        String lowest = area.schools().stream().filter(s -> s.figures().guardians().percent() != null)
                .filter(s -> s.figures().guardians().remaining() > 0)
                .sorted(Comparator.comparing((SchoolFigures s) -> s.figures().guardians().percent())
                        .thenComparing(SchoolFigures::name))
                .limit(LOWEST_CLASSES)
                .map(s -> s.name() + " (" + percent(s.figures().guardians().percent()) + ")")
                .collect(Collectors.joining(", "));
        if (!lowest.isEmpty()) {
            text.append("\nCác trường có tỉ lệ phụ huynh kích hoạt thấp nhất: ").append(lowest).append(".");
        }
        return new AreaReport(area.code(), area.name(), day, title, text.toString(), f, area.schools());
    }

    static ProgressReport report(String code, String name, LocalDate day, boolean live, Figures f,
            List<ClassFigures> classes, InvitationFigures invitations) {
        String title = "Báo cáo tiến độ triển khai Sổ liên lạc điện tử — " + name;
        StringBuilder text = new StringBuilder()
                .append("BÁO CÁO TIẾN ĐỘ TRIỂN KHAI SỔ LIÊN LẠC ĐIỆN TỬ\n")
                .append("Trường: ").append(name).append(" (mã ").append(code).append(")\n")
                .append("Số liệu tính đến ngày ").append(DAY.format(day)).append(".\n\n")
                .append("1. Cán bộ, giáo viên, nhân viên đã kích hoạt tài khoản: ").append(share(f.staff()))
                .append("; trong đó giáo viên: ").append(share(f.teachers())).append(".\n")
                .append("2. Phụ huynh học sinh đã kích hoạt tài khoản: ").append(share(f.guardians())).append(".\n")
                .append("3. Học sinh có ít nhất một phụ huynh đã kích hoạt: ").append(share(f.students()))
                .append(".\n\n")
                .append("Chỉ tiêu: 100% cán bộ, giáo viên, nhân viên và phụ huynh sử dụng. ");
        long staffLeft = f.staff().remaining();
        long guardiansLeft = f.guardians().remaining();
        if (staffLeft == 0 && guardiansLeft == 0) {
            text.append("Nhà trường đã đạt chỉ tiêu.");
        } else {
            text.append("Còn ").append(staffLeft).append(" cán bộ, giáo viên, nhân viên và ").append(guardiansLeft)
                    .append(" phụ huynh chưa kích hoạt; nhà trường đang liên hệ, hướng dẫn từng người.");
        }
        String lowest = classes.stream().filter(c -> c.figures().guardians().percent() != null)
                .filter(c -> c.figures().guardians().remaining() > 0)
                .sorted(Comparator.comparing((ClassFigures c) -> c.figures().guardians().percent())
                        .thenComparing(ClassFigures::name))
                .limit(LOWEST_CLASSES)
                .map(c -> c.name() + " (" + percent(c.figures().guardians().percent()) + ")")
                .collect(Collectors.joining(", "));
        if (!lowest.isEmpty()) {
            text.append("\nCác lớp có tỉ lệ phụ huynh kích hoạt thấp nhất: ").append(lowest).append(".");
        }
        if (invitations != null) {
            text.append(invited(invitations));
        }
        return new ProgressReport(code, name, day, live, title, text.toString(), f, classes, invitations);
    }

    /** The invitations' line, or nothing when nobody was invited. */
    static String invited(InvitationFigures invitations) {
        long invited = invitations.guardians().invited() + invitations.staff().invited();
        if (invited == 0) {
            return "";
        }
        long after = invitations.guardians().activatedAfter() + invitations.staff().activatedAfter();
        return "\nĐã gửi lời mời tới " + invitations.guardians().invited() + " phụ huynh và "
                + invitations.staff().invited() + " cán bộ, giáo viên, nhân viên chưa kích hoạt; " + after
                + " người đã kích hoạt sau lời mời.";
    }

    /** {@code 2/5 (40,0%)}, or {@code 0/0 (chưa có dữ liệu)} for an empty group. */
    static String share(Share share) {
        return share.activated() + "/" + share.total() + " ("
                + (share.percent() == null ? "chưa có dữ liệu" : percent(share.percent())) + ")";
    }

    /** Vietnamese decimal comma: {@code 40,0%}. */
    static String percent(BigDecimal percent) {
        return percent.toPlainString().replace('.', ',') + "%";
    }
}
