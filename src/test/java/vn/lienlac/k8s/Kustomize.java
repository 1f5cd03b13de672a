package vn.lienlac.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization with {@code kubectl kustomize}, as {@code kubectl apply -k} would, into its objects. */
final class Kustomize {

    private static final YAMLMapper YAML = new YAMLMapper();

    private Kustomize() {
    }

    /** Whether {@code kubectl} can be run here. */
    static boolean available() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The objects of {@code kubectl kustomize dir}, in its output order; fails with kubectl's message. */
    static List<JsonNode> render(Path dir) {
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).start();
            byte[] out;
            byte[] err;
            try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
                out = stdout.readAllBytes();
                err = stderr.readAllBytes();
            }
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            List<JsonNode> objects = new ArrayList<>();
            try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(out)) {
                while (docs.hasNext()) {
                    JsonNode doc = docs.next();
                    if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                        objects.add(doc);
                    }
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
