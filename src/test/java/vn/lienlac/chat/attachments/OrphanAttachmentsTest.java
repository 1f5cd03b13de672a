package vn.lienlac.chat.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.platform.storage.FileStorage;

/** Uploads that no message used are deleted a day later, row and bytes; used and recent ones stay. */
@QuarkusTest
class OrphanAttachmentsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    ChatFixtures chat;

    @Inject
    FileStorage storage;

    @Inject
    OrphanAttachments orphans;

    @Test
    void anUploadNoMessageUsedIsDeletedADayLaterWithItsBytes() {
        Person mother = chat.guardian("Trần Thị Mai");
        long conversation = chat.conversation("CUSTOM", mother);
        Instant now = Instant.now();
        UUID orphan = upload(conversation, mother, now.minus(Duration.ofHours(30)));
        UUID used = upload(conversation, mother, now.minus(Duration.ofHours(30)));
        UUID recent = upload(conversation, mother, now.minus(Duration.ofHours(2)));
        chat.execute("UPDATE conversation SET last_seq = 1 WHERE id = $1", conversation);
        chat.execute("INSERT INTO chat_event (conversation_id, seq, type, sender, body, attachment_id, created_at) "
                + "VALUES ($1, 1, 'MESSAGE', $2, 'Ảnh lớp', $3, now())", conversation, mother.participant(), used);

        orphans.sweep(now).await().atMost(TIMEOUT);

        assertEquals(0, chat.count("SELECT count(*) FROM chat_attachment WHERE id = $1", orphan));
        assertThrows(NoSuchElementException.class,
                () -> storage.open(orphan.toString()).await().atMost(TIMEOUT));
        for (UUID kept : new UUID[] {used, recent}) {
            assertEquals(1, chat.count("SELECT count(*) FROM chat_attachment WHERE id = $1", kept));
            storage.open(kept.toString()).await().atMost(TIMEOUT).collect().last().await().atMost(TIMEOUT);
        }
    }

    private UUID upload(long conversation, Person uploader, Instant at) {
        UUID id = UUID.randomUUID();
        storage.store(id.toString(), Buffer.buffer("GIF89a")).await().atMost(TIMEOUT);
        chat.execute("INSERT INTO chat_attachment (id, conversation_id, uploader, content_type, size_bytes, sha256, "
                        + "storage_key, created_at) VALUES ($1, $2, $3, 'image/gif', 6, 'x', $4, $5)", id,
                conversation, uploader.participant(), id.toString(), at.atOffset(ZoneOffset.UTC));
        return id;
    }
}
