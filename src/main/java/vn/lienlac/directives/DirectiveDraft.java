package vn.lienlac.directives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.lienlac.directory.text.VietnameseText;

/**
 * A directive's content, checked and normalised (NFC), ready to store.
 *
 * @param urgent marked urgent by its sender: notifications pass quiet hours and an exhausted paid budget (audited)
 */
public record DirectiveDraft(String documentNumber, LocalDate issuedOn, String subject, String body, Instant deadline,
        boolean requiresAck, String reportRequest, Instant reportDeadline, List<UUID> attachments, boolean urgent) {

    static final int MAX_NUMBER = 50;
    static final int MAX_SUBJECT = 500;
    static final int MAX_BODY = 20_000;
    static final int MAX_ATTACHMENTS = 10;

    /** The content of a new directive; 400 listing every refused field. */
    public static DirectiveDraft of(DirectiveRequest request, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String number = VietnameseText.nfc(request.documentNumber());
        if (Texts.refused(request.documentNumber(), "documentNumber", problems)) {
            number = null;
        } else if (number == null || Texts.length(number) > MAX_NUMBER) {
            problems.add(new FieldProblem("documentNumber", "Số hiệu văn bản phải có từ 1 đến " + MAX_NUMBER
                    + " ký tự."));
        }
        if (request.issuedOn() == null) {
            problems.add(new FieldProblem("issuedOn", "Thiếu ngày ban hành văn bản."));
        }
        String subject = VietnameseText.nfc(request.subject());
        if (Texts.refused(request.subject(), "subject", problems)) {
            subject = null;
        } else if (subject == null || Texts.length(subject) > MAX_SUBJECT) {
            problems.add(new FieldProblem("subject", "Trích yếu phải có từ 1 đến " + MAX_SUBJECT + " ký tự."));
        }
        String body = body(request.body(), "body", problems);
        Instant deadline = future(request.deadline() == null ? null : request.deadline().toInstant(), now,
                "deadline", problems);
        String report = null;
        Instant reportDeadline = null;
        if (request.reportRequest() != null) {
            report = Texts.multiline(request.reportRequest().description());
            if (Texts.refused(request.reportRequest().description(), "reportRequest.description", problems)) {
                report = null;
            } else if (report == null || Texts.length(report) > MAX_SUBJECT * 4) {
                problems.add(new FieldProblem("reportRequest.description", "Hãy nêu nội dung cần báo cáo (tối đa "
                        + MAX_SUBJECT * 4 + " ký tự)."));
            }
            if (request.reportRequest().deadline() == null) {
                problems.add(new FieldProblem("reportRequest.deadline", "Thiếu hạn nộp báo cáo."));
            } else {
                reportDeadline = future(request.reportRequest().deadline().toInstant(), now,
                        "reportRequest.deadline", problems);
            }
        }
        List<UUID> attachments = attachments(request.attachments(), problems);
        if (!problems.isEmpty()) {
            throw FieldProblem.invalid(problems);
        }
        return new DirectiveDraft(number, request.issuedOn(), subject, body, deadline,
                Boolean.TRUE.equals(request.requiresAcknowledgement()), report, reportDeadline, attachments,
                Boolean.TRUE.equals(request.urgent()));
    }

    /** The content of a forward: the original's number, date and subject, the principal's instructions as body. */
    public static DirectiveDraft forward(ForwardRequest request, String number, LocalDate issuedOn, String subject,
            Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String body = body(request.instructions(), "instructions", problems);
        Instant deadline = future(request.deadline() == null ? null : request.deadline().toInstant(), now,
                "deadline", problems);
        List<UUID> attachments = attachments(request.attachments(), problems);
        if (!problems.isEmpty()) {
            throw FieldProblem.invalid(problems);
        }
        return new DirectiveDraft(number, issuedOn, subject, body, deadline,
                Boolean.TRUE.equals(request.requiresAcknowledgement()), null, null, attachments,
                Boolean.TRUE.equals(request.urgent()));
    }

    private static String body(String raw, String field, List<FieldProblem> problems) {
        String body = Texts.multiline(raw);
        if (Texts.refused(raw, field, problems)) {
            return null;
        }
        if (body == null || Texts.length(body) > MAX_BODY) {
            problems.add(new FieldProblem(field, "Nội dung phải có từ 1 đến " + MAX_BODY + " ký tự."));
        }
        return body;
    }

    private static Instant future(Instant deadline, Instant now, String field, List<FieldProblem> problems) {
        if (deadline != null && !deadline.isAfter(now)) {
            problems.add(new FieldProblem(field, "Hạn phải ở sau thời điểm gửi."));
        }
        return deadline;
    }

    private static List<UUID> attachments(List<UUID> ids, List<FieldProblem> problems) {
        List<UUID> distinct = ids == null ? List.of() : ids.stream().distinct().toList();
        if (distinct.size() > MAX_ATTACHMENTS) {
            problems.add(new FieldProblem("attachments", "Tối đa " + MAX_ATTACHMENTS + " tệp đính kèm."));
        }
        return distinct;
    }
}
