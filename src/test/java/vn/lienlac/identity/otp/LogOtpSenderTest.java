package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "no secret ever in a log line": the log sender is the documented dev/demo way to get a code; in production
 * (the packaged application outside the demo profile, {@link OtpSettings#production()}) it never writes the code.
 */
class LogOtpSenderTest {

    static final String CODE = "482913";
    private final List<String> lines = new ArrayList<>();
    private final Logger logger = Logger.getLogger(LogOtpSender.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage() + " " + Arrays.toString(record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    @Test
    void productionNeverLogsTheCode() {
        new LogOtpSender(true).send("+84912345678", CODE, "Mã đăng nhập Liên Lạc: " + CODE).await().indefinitely();
        assertFalse(lines.isEmpty(), "it says that a code was not delivered");
        lines.forEach(line -> assertFalse(line.contains(CODE), line));
        lines.forEach(line -> assertFalse(line.contains("912345678"), "the phone is masked: " + line));
    }

    @Test
    void devAndDemoPrintTheCodeAsDocumented() {
        new LogOtpSender(false).send("+84912345678", CODE, "Mã đăng nhập Liên Lạc: " + CODE).await().indefinitely();
        assertTrue(lines.stream().anyMatch(line -> line.contains(CODE)), lines.toString());
    }
}
