package vn.lienlac.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.k8s.RenderedManifests.objectsOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests in k8s/ against what lies outside them: every Secret and ConfigMap they use is created in the steps of
 * docs/operations.md, and every metric the alerts, the dashboard and the KEDA trigger name is registered by the server
 * (src/main/java). Plain JUnit: no Quarkus, no database. Skipped, with a message, where kubectl is not installed.
 */
class ManifestDocsTest {

    private static final Path K8S = RenderedManifests.K8S;
    /** Secrets that operators make themselves, not the person following docs/operations.md. */
    private static final Set<String> MADE_BY_OPERATORS = Set.of(
            "lienlac-db-ca"); // CloudNativePG: the cluster's CA (<cluster>-ca)
    /** Metrics the manifests use that the server does not export yet (docs/operations.md says so at each use). */
    private static final Set<String> METRICS_NOT_YET_EXPORTED = Set.of("lienlac.chat.send.ack");

    private static Map<Path, List<JsonNode>> rendered;

    @BeforeAll
    static void render() throws IOException {
        rendered = RenderedManifests.all();
    }

    @Test
    void everySecretAndConfigMapTheManifestsUseIsCreatedInTheOperationsSteps() throws IOException {
        String steps = Files.readString(Path.of("docs/operations.md"));
        Matcher created = Pattern.compile("create (?:secret|configmap) (?:generic |tls )?([a-z0-9-]+)(?![A-Za-z0-9_.-])").matcher(steps);
        Set<String> createdInSteps = new TreeSet<>();
        while (created.find()) {
            createdInSteps.add(created.group(1));
        }
        rendered.forEach((dir, objects) -> {
            Set<String> defined = objects.stream().filter(o -> "ConfigMap".equals(o.path("kind").asText()))
                    .map(o -> o.at("/metadata/name").asText()).collect(Collectors.toSet());
            Set<String> missing = new TreeSet<>(referencedSecretsAndConfigMaps(objects));
            missing.removeAll(defined);
            missing.removeAll(MADE_BY_OPERATORS);
            missing.removeAll(createdInSteps);
            assertEquals(Set.of(), missing, dir + ": referenced but not created in docs/operations.md's steps");
        });
    }

    @Test
    void theAlertsAndTheDashboardUseMetricsTheServerExports() throws IOException {
        Set<String> meterNames = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(lienlac\\.[a-z0-9.]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    meterNames.add(m.group(1));
                }
            }
        }
        meterNames.addAll(METRICS_NOT_YET_EXPORTED);
        String used = Files.readString(K8S.resolve("components/monitoring/prometheusrule.yaml"))
                + Files.readString(K8S.resolve("components/monitoring/dashboard.json"))
                + Files.readString(K8S.resolve("components/keda/scaledobject.yaml"));
        Matcher metric = Pattern.compile("\\blienlac_[a-z0-9_]+").matcher(used);
        Set<String> unknown = new TreeSet<>();
        while (metric.find()) {
            String dotted = metric.group().replaceAll("_(total|bucket|count|sum|max|seconds)$", "")
                    .replaceAll("_(total|bucket|count|sum|max|seconds)$", "").replace('_', '.');
            if (meterNames.stream().noneMatch(name -> dotted.equals(name) || (name.endsWith(".") && dotted.startsWith(name)))) {
                unknown.add(metric.group());
            }
        }
        assertEquals(Set.of(), unknown, "metrics named in k8s/ that no meter in src/main/java registers");
        new ObjectMapper().readTree(K8S.resolve("components/monitoring/dashboard.json").toFile());
        JsonNode dashboard = objectsOf(rendered.get(K8S.resolve("overlays/production")), "ConfigMap").stream()
                .filter(o -> o.at("/metadata/name").asText().equals("lienlac-dashboard")).findFirst().orElseThrow();
        assertEquals("1", dashboard.at("/metadata/labels/grafana_dashboard").asText());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Names of the Secrets and ConfigMaps the objects read: volumes, environment, TLS, custom resources. */
    private static Set<String> referencedSecretsAndConfigMaps(List<JsonNode> objects) {
        Set<String> names = new TreeSet<>();
        for (JsonNode o : objects) {
            switch (o.path("kind").asText()) {
                case "Deployment" -> {
                    PodSpec pod = KubernetesModels.as(o, Deployment.class).getSpec().getTemplate().getSpec();
                    for (Volume v : Objects.requireNonNullElse(pod.getVolumes(), List.<Volume>of())) {
                        if (v.getSecret() != null) {
                            names.add(v.getSecret().getSecretName());
                        }
                        if (v.getConfigMap() != null) {
                            names.add(v.getConfigMap().getName());
                        }
                    }
                    for (Container c : pod.getContainers()) {
                        Objects.requireNonNullElse(c.getEnvFrom(), List.<EnvFromSource>of())
                                .forEach(f -> names.add(f.getConfigMapRef() != null ? f.getConfigMapRef().getName()
                                        : f.getSecretRef().getName()));
                        Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of()).stream()
                                .filter(e -> e.getValueFrom() != null).forEach(e -> {
                                    if (e.getValueFrom().getSecretKeyRef() != null) {
                                        names.add(e.getValueFrom().getSecretKeyRef().getName());
                                    }
                                    if (e.getValueFrom().getConfigMapKeyRef() != null) {
                                        names.add(e.getValueFrom().getConfigMapKeyRef().getName());
                                    }
                                });
                    }
                }
                case "Ingress" -> KubernetesModels.as(o, Ingress.class).getSpec().getTls()
                        .forEach(tls -> names.add(tls.getSecretName()));
                case "ConfigMap", "Namespace", "Service", "ServiceAccount", "PersistentVolumeClaim" -> { }
                // Custom resources name a Secret's key as {name: …, key: …} (CloudNativePG, the Barman Cloud plugin).
                default -> o.findParents("key").stream().filter(ref -> ref.has("name"))
                        .forEach(ref -> names.add(ref.get("name").asText()));
            }
        }
        objectsOf(objects, "Cluster").forEach(c -> names.add(c.at("/spec/bootstrap/initdb/secret/name").asText()));
        names.remove("");
        return names;
    }
}
