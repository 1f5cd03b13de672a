package vn.lienlac.notifications.fcm;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Firebase service account read from its JSON key (file or environment), scoped to FCM. Read once at startup; a
 * key that cannot be read stops the start with a message naming the variable to fix.
 *
 * @param credentials the scoped credentials (they sign the OAuth assertion and know the key's token_uri)
 * @param projectId   the project messages are sent through
 */
record FcmServiceAccount(GoogleCredentials credentials, String projectId) {

    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

    /** The account, or empty when neither the file nor the JSON is configured (the channel is then off). */
    static Optional<FcmServiceAccount> load(FcmConfig config) {
        Optional<String> json = config.serviceAccountJson().filter(s -> !s.isBlank());
        Optional<String> file = config.serviceAccountFile().filter(s -> !s.isBlank());
        if (json.isEmpty() && file.isEmpty()) {
            return Optional.empty();
        }
        String source = json.isPresent() ? "LIENLAC_NOTIFICATIONS_FCM_SERVICE_ACCOUNT_JSON"
                : "LIENLAC_NOTIFICATIONS_FCM_SERVICE_ACCOUNT_FILE (" + file.get() + ")";
        try (InputStream in = json.isPresent()
                ? new ByteArrayInputStream(json.get().getBytes(StandardCharsets.UTF_8))
                : Files.newInputStream(Path.of(file.get()))) {
            ServiceAccountCredentials account = ServiceAccountCredentials.fromStream(in);
            String project = config.projectId().filter(s -> !s.isBlank()).orElse(account.getProjectId());
            if (project == null || project.isBlank()) {
                throw new IllegalStateException("FCM: the service account key in " + source
                        + " names no project_id; set LIENLAC_NOTIFICATIONS_FCM_PROJECT_ID");
            }
            return Optional.of(new FcmServiceAccount(account.createScoped(List.of(SCOPE)), project));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("FCM: " + source + " is not a readable service account JSON key ("
                    + e.getMessage() + "); download one from the Firebase console (Project settings, Service "
                    + "accounts)", e);
        }
    }
}
