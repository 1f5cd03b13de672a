package vn.lienlac.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The kustomizations an operator applies (k8s/ and every overlay under k8s/overlays/), each rendered with
 * {@code kubectl kustomize} once per test JVM and shared by {@link ManifestsTest} and {@link ManifestDocsTest}.
 */
final class RenderedManifests {

    static final Path K8S = Path.of("k8s");

    private static Map<Path, List<JsonNode>> rendered;

    private RenderedManifests() {
    }

    /**
     * Every kustomization's objects, by directory (k8s/ first); skips the calling test, with a message, where kubectl
     * is not installed.
     */
    static synchronized Map<Path, List<JsonNode>> all() throws IOException {
        Assumptions.assumeTrue(Kustomize.available(),
                "kubectl is not installed: the manifests are not rendered nor checked (apt-get install kubernetes-client)");
        if (rendered == null) {
            Map<Path, List<JsonNode>> byDir = new LinkedHashMap<>();
            for (Path dir : kustomizations()) {
                byDir.put(dir, Kustomize.render(dir));
            }
            rendered = Collections.unmodifiableMap(byDir);
        }
        return rendered;
    }

    private static List<Path> kustomizations() throws IOException {
        List<Path> dirs = new ArrayList<>();
        dirs.add(K8S);
        try (Stream<Path> overlays = Files.list(K8S.resolve("overlays"))) {
            overlays.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        return dirs;
    }

    static List<JsonNode> objectsOf(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }
}
