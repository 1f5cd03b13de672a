package vn.lienlac.chat.ws;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import org.jboss.logging.Logger;
import vn.lienlac.chat.ChatError;
import vn.lienlac.chat.ChatException;
import vn.lienlac.chat.MessageText;
import vn.lienlac.chat.send.SendCommand;
import vn.lienlac.chat.send.SendResult;

/**
 * What each client frame does (docs/protocol.md). Every frame with a {@code ref} gets exactly one {@code ack} or
 * {@code error}; a bad frame gets an error frame and the connection stays open.
 */
@Singleton
class FrameHandler {

    private static final Logger LOG = Logger.getLogger(FrameHandler.class);
    private static final long TYPING_EVERY_MILLIS = 3_000;

    private final SessionContext ctx;
    private final FrameSpans spans;

    FrameHandler(SessionContext ctx, FrameSpans spans) {
        this.ctx = ctx;
        this.spans = spans;
    }

    void handle(ChatSession session, String text) {
        session.touched();
        FrameReader frame = null;
        try {
            frame = FrameReader.parse(ctx.mapper(), text);
            FrameReader parsed = frame;
            Span span = spans.start(frame.type(), frame.ref());
            try (Scope scope = span.makeCurrent()) {
                dispatch(session, frame, frame.ref()).subscribe().with(ok -> span.end(), failure -> {
                    FrameSpans.failed(span, failure);
                    fail(session, parsed, failure);
                });
            } catch (RuntimeException e) {
                FrameSpans.failed(span, e);
                throw e;
            }
        } catch (RuntimeException e) {
            fail(session, frame, e);
        }
    }

    private Uni<Void> dispatch(ChatSession session, FrameReader frame, String ref) {
        return switch (frame.type()) {
            case "sync" -> sync(session, frame, ref);
            case "send" -> send(session, frame, ref);
            case "edit" -> edit(session, frame, ref);
            case "recall" -> recall(session, frame, ref);
            case "delivered" -> receipt(session, frame, ref, false);
            case "read" -> receipt(session, frame, ref, true);
            case "typing" -> typing(session, frame);
            case "ping" -> {
                session.sendFrame(new OutboundFrames.Pong("pong", ref));
                yield Uni.createFrom().voidItem();
            }
            default -> throw new ChatException(ChatError.UNKNOWN_TYPE);
        };
    }

    private Uni<Void> sync(ChatSession session, FrameReader frame, String ref) {
        return session.sync(frame.cursors(), frame.fromLatest())
                .invoke(summary -> session.sendFrame(new OutboundFrames.Synced("synced", ref, summary)))
                .replaceWithVoid();
    }

    private Uni<Void> send(ChatSession session, FrameReader frame, String ref) {
        long conversationId = frame.positiveLong("conversationId");
        String clientId = frame.clientId();
        String rawText = frame.optionalText("text");
        Long replyTo = frame.optionalLong("replyTo");
        java.util.UUID attachmentId = frame.optionalUuid("attachmentId");
        if (rawText == null && attachmentId == null) {
            throw new ChatException(ChatError.INVALID_FIELD, "text");
        }
        String text = rawText == null ? null : MessageText.normalise(rawText, ctx.config().maxTextChars());
        // A refused send leaves its bucket under one token until retryAfterMs has passed, so every later send on
        // this connection is refused until then too and cannot overtake it (docs/protocol.md, "Ordering after
        // RATE_LIMITED"); refund() only gives back the token this same send took.
        long now = ctx.clock().millis();
        long wait = session.sendLimit.take(now);
        if (wait == 0) {
            wait = ctx.personLimits().of(session.identity().texts()[0]).take(now);
            if (wait > 0) {
                session.sendLimit.refund();
            }
        }
        if (wait > 0) {
            session.refuse(new OutboundFrames.Error("error", ref, clientId, ChatError.RATE_LIMITED.name(),
                    ChatError.RATE_LIMITED.message(), null, wait));
            return Uni.createFrom().voidItem();
        }
        SendCommand command = new SendCommand(conversationId, candidates(session, conversationId), clientId, text,
                replyTo, attachmentId);
        long received = System.nanoTime();
        return ctx.writer().send(command).invoke(result -> {
            answer(session, ref, result);
            if (result.isStored()) {
                ctx.metrics().acked(System.nanoTime() - received);
            }
        }).replaceWithVoid();
    }

    private static void answer(ChatSession session, String ref, SendResult result) {
        if (!result.isStored()) {
            session.refuse(error(ref, result.clientId(), new ChatException(result.refusal())));
            return;
        }
        session.sendFrame(new OutboundFrames.Ack("ack", ref, result.conversationId(), result.seq(), result.clientId(),
                result.sentAt(), result.duplicate()));
        if (result.notice() != null) {
            session.sendFrame(new OutboundFrames.Notice("notice", result.conversationId(), "QUIET_HOURS",
                    result.notice()));
        }
    }

    private Uni<Void> edit(ChatSession session, FrameReader frame, String ref) {
        long conversationId = frame.positiveLong("conversationId");
        long seq = frame.positiveLong("seq");
        String raw = frame.optionalText("text");
        if (raw == null) {
            throw new ChatException(ChatError.INVALID_FIELD, "text");
        }
        String text = MessageText.normalise(raw, ctx.config().maxTextChars());
        return ctx.changes().edit(conversationId, candidates(session, conversationId), seq, text)
                .invoke(event -> session.sendFrame(new OutboundFrames.Ack("ack", ref, conversationId, event.seq(),
                        null, event.createdAt(), null)))
                .replaceWithVoid();
    }

    private Uni<Void> recall(ChatSession session, FrameReader frame, String ref) {
        long conversationId = frame.positiveLong("conversationId");
        long seq = frame.positiveLong("seq");
        return ctx.changes().recall(conversationId, candidates(session, conversationId), seq)
                .invoke(event -> session.sendFrame(new OutboundFrames.Ack("ack", ref, conversationId, event.seq(),
                        null, event.createdAt(), null)))
                .replaceWithVoid();
    }

    private Uni<Void> receipt(ChatSession session, FrameReader frame, String ref, boolean read) {
        long conversationId = frame.positiveLong("conversationId");
        long seq = frame.watermark("seq");
        String as = session.memberAs(conversationId);
        if (as == null) {
            throw new ChatException(ChatError.NOT_A_MEMBER);
        }
        return ctx.receipts().mark(conversationId, as, seq, read ? seq : 0).invoke(stored -> {
            if (!stored) {
                throw new ChatException(ChatError.NOT_A_MEMBER);
            }
            if (ref != null) {
                session.sendFrame(OutboundFrames.Ack.of(ref));
            }
        }).replaceWithVoid();
    }

    private Uni<Void> typing(ChatSession session, FrameReader frame) {
        long conversationId = frame.positiveLong("conversationId");
        String as = session.memberAs(conversationId);
        if (as == null) {
            throw new ChatException(ChatError.NOT_A_MEMBER);
        }
        long now = ctx.clock().millis();
        Long last = session.lastTyping.get(conversationId);
        if (last == null || now - last >= TYPING_EVERY_MILLIS) {
            session.lastTyping.put(conversationId, now);
            ctx.fanout().typing(conversationId, as);
        }
        return Uni.createFrom().voidItem();
    }

    /** The participant the connection follows the conversation as, else all of the caller's (the writer picks). */
    private static List<String> candidates(ChatSession session, long conversationId) {
        String as = session.memberAs(conversationId);
        return as != null ? List.of(as) : List.of(session.identity().texts());
    }

    /** Answers a refused frame (null when it was not JSON) with an error frame, within the error budget. */
    private void fail(ChatSession session, FrameReader frame, Throwable failure) {
        if (!(failure instanceof ChatException)) {
            LOG.errorf(failure, "chat frame failed on connection %s", session.id());
        }
        session.refuse(frame == null ? error(null, null, failure)
                : error(frame.ref(), frame.sendClientId(), failure));
    }

    private static OutboundFrames.Error error(String ref, String clientId, Throwable failure) {
        ChatError code = failure instanceof ChatException chat ? chat.error() : ChatError.INTERNAL;
        String field = failure instanceof ChatException chat ? chat.field() : null;
        return new OutboundFrames.Error("error", ref, clientId, code.name(), code.message(), field, null);
    }
}
