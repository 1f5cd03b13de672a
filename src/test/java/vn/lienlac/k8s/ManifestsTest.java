package vn.lienlac.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.k8s.RenderedManifests.objectsOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingPolicy;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests in k8s/ as an operator applies them: each kustomization (the default k8s/ and every
 * overlay under k8s/overlays/) rendered with {@code kubectl kustomize}, every object parsed strictly against the
 * Kubernetes API models, and the rules of docs/operations.md checked on the result ({@link ManifestDocsTest} checks
 * them against the operations steps and the server's metrics). Plain JUnit: no Quarkus, no database. Skipped, with a
 * message, where kubectl is not installed.
 */
class ManifestsTest {

    private static final Path K8S = RenderedManifests.K8S;
    private static final String APP_IMAGE = "ghcr.io/lienlac/lienlac";
    private static final int MANAGEMENT_PORT = 9000;
    private static final int HTTP_PORT = 8080;

    private static Map<Path, List<JsonNode>> rendered;

    @BeforeAll
    static void render() throws IOException {
        rendered = RenderedManifests.all();
    }

    @Test
    void everyKustomizationRendersTheApplication() {
        assertTrue(rendered.size() >= 4, "k8s/ and its overlays: " + rendered.keySet());
        rendered.forEach((dir, objects) -> {
            assertEquals(1, objectsOf(objects, "Deployment").size(), dir + ": one Deployment");
            assertEquals(1, objectsOf(objects, "NetworkPolicy").size(), dir + ": one NetworkPolicy");
            assertEquals(1, objectsOf(objects, "PodDisruptionBudget").size(), dir + ": one PodDisruptionBudget");
            objects.stream().filter(o -> !"Namespace".equals(o.path("kind").asText())).forEach(o ->
                    assertEquals("lienlac", o.at("/metadata/namespace").asText(), dir + ": " + KubernetesModels.name(o)));
        });
    }

    @Test
    void everyObjectIsValidAgainstTheKubernetesApiSchema() {
        List<String> problems = new ArrayList<>();
        rendered.forEach((dir, objects) -> objects.forEach(o ->
                KubernetesModels.problems(o).forEach(p -> problems.add(dir + ": " + p))));
        assertEquals(List.of(), problems);
    }

    @Test
    void strictParsingRejectsAFieldTheApiDoesNotKnow() {
        JsonNode deployment = objectsOf(rendered.get(K8S), "Deployment").get(0).deepCopy();
        ((ObjectNode) deployment.at("/spec/template/spec")).put("terminationGracePeriod", 45);
        assertFalse(KubernetesModels.problems(deployment).isEmpty(), "a misspelt field must fail");
        JsonNode scaled = objectsOf(rendered.get(K8S.resolve("overlays/production")), "ScaledObject").get(0).deepCopy();
        ((ObjectNode) scaled.at("/spec")).put("maxReplicas", 12);
        assertFalse(KubernetesModels.problems(scaled).isEmpty(), "a misspelt custom resource field must fail");
    }

    @Test
    void everyContainerHasResourcesProbesOnTheManagementPortAndRunsAsNonRoot() {
        rendered.forEach((dir, objects) -> objectsOf(objects, "Deployment").forEach(o -> {
            Deployment deployment = KubernetesModels.as(o, Deployment.class);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), dir + ": runAsNonRoot");
            assertTrue(pod.getSecurityContext().getRunAsUser() > 0, dir + ": runAsUser not root");
            List<Container> containers = new ArrayList<>(pod.getContainers());
            containers.addAll(Objects.requireNonNullElse(pod.getInitContainers(), List.of()));
            for (Container c : containers) {
                String where = dir + ": container " + c.getName();
                assertNotNull(c.getResources().getRequests().get("cpu"), where + ": cpu request");
                assertNotNull(c.getResources().getRequests().get("memory"), where + ": memory request");
                assertNotNull(c.getResources().getLimits().get("memory"), where + ": memory limit");
                assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(), where);
                assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), where);
                assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop(), where);
                for (Probe probe : new Probe[] {c.getStartupProbe(), c.getReadinessProbe(), c.getLivenessProbe()}) {
                    assertNotNull(probe, where + ": startup, readiness and liveness probes");
                    assertEquals(MANAGEMENT_PORT, port(c, probe.getHttpGet().getPort()), where + ": probe port");
                    assertTrue(probe.getHttpGet().getPath().startsWith("/q/health/"), where);
                }
            }
        }));
    }

    @Test
    void thePodsRunAsTheirOwnServiceAccountWithoutAToken() {
        rendered.forEach((dir, objects) -> {
            PodSpec pod = KubernetesModels.as(objectsOf(objects, "Deployment").get(0), Deployment.class)
                    .getSpec().getTemplate().getSpec();
            assertEquals("lienlac", pod.getServiceAccountName(), dir.toString());
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), dir.toString());
            ServiceAccount account = KubernetesModels.as(objectsOf(objects, "ServiceAccount").get(0), ServiceAccount.class);
            assertEquals("lienlac", account.getMetadata().getName(), dir.toString());
            assertEquals(Boolean.FALSE, account.getAutomountServiceAccountToken(), dir.toString());
        });
    }

    @Test
    void aDisruptionTakesAtMostOnePodAtATime() {
        rendered.forEach((dir, objects) -> {
            PodDisruptionBudget pdb = KubernetesModels.as(objectsOf(objects, "PodDisruptionBudget").get(0),
                    PodDisruptionBudget.class);
            assertEquals(1, pdb.getSpec().getMaxUnavailable().getIntVal(), dir + ": maxUnavailable 1");
            assertEquals(null, pdb.getSpec().getMinAvailable(), dir + ": no minAvailable beside it");
        });
    }

    @Test
    void oneAutoscalerScalesDownAtMostOnePodPerMinute() {
        rendered.forEach((dir, objects) -> {
            List<JsonNode> hpas = objectsOf(objects, "HorizontalPodAutoscaler");
            List<JsonNode> scaledObjects = objectsOf(objects, "ScaledObject");
            assertEquals(1, hpas.size() + scaledObjects.size(), dir + ": exactly one autoscaler (KEDA owns its own HPA)");
            HorizontalPodAutoscalerBehavior behavior = hpas.isEmpty()
                    ? KubernetesModels.as(scaledObjects.get(0).at("/spec/advanced/horizontalPodAutoscalerConfig/behavior"),
                            HorizontalPodAutoscalerBehavior.class)
                    : KubernetesModels.as(hpas.get(0), HorizontalPodAutoscaler.class).getSpec().getBehavior();
            assertNotNull(behavior, dir + ": a scale-down behaviour");
            HPAScalingRules down = behavior.getScaleDown();
            assertTrue(down.getStabilizationWindowSeconds() >= 60, dir + ": stabilisation window");
            assertFalse(down.getPolicies().isEmpty(), dir + ": scale-down policies");
            for (HPAScalingPolicy policy : down.getPolicies()) {
                assertEquals("Pods", policy.getType(), dir + ": policies count pods");
                assertTrue(policy.getValue() <= 1 && policy.getPeriodSeconds() >= 60, dir + ": at most 1 pod per 60 s");
            }
        });
    }

    @Test
    void kedaScalesOnChatConnectionsPerPodAndCpu() {
        rendered.forEach((dir, objects) -> objectsOf(objects, "ScaledObject").forEach(s -> {
            List<String> types = new ArrayList<>();
            s.at("/spec/triggers").forEach(t -> types.add(t.path("type").asText()));
            assertEquals(List.of("prometheus", "cpu"), types, dir.toString());
            JsonNode prometheus = s.at("/spec/triggers/0");
            assertTrue(prometheus.at("/metadata/query").asText().contains("lienlac_chat_connections"), dir.toString());
            assertEquals("AverageValue", prometheus.path("metricType").asText(), dir.toString());
            assertEquals("Deployment", s.at("/spec/scaleTargetRef/kind").asText(), dir.toString());
        }));
    }

    @Test
    void onlyMonitoringReachesTheManagementPortAndOnlyTheWayInReachesTheApi() {
        rendered.forEach((dir, objects) -> {
            NetworkPolicy policy = KubernetesModels.as(objectsOf(objects, "NetworkPolicy").get(0), NetworkPolicy.class);
            assertEquals(Map.of("app.kubernetes.io/name", "lienlac"), policy.getSpec().getPodSelector().getMatchLabels());
            assertTrue(policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")), dir.toString());
            Map<Integer, Set<String>> sourcesByPort = new LinkedHashMap<>();
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                assertFalse(rule.getPorts() == null || rule.getPorts().isEmpty(), dir + ": a rule without ports admits all");
                assertFalse(rule.getFrom() == null || rule.getFrom().isEmpty(), dir + ": a rule without sources admits all");
                for (NetworkPolicyPort port : rule.getPorts()) {
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        assertEquals(null, peer.getIpBlock(), dir + ": sources by namespace only");
                        assertEquals(null, peer.getPodSelector(), dir + ": whole namespaces, selected by name");
                        sourcesByPort.computeIfAbsent(port.getPort().getIntVal(), p -> new TreeSet<>())
                                .add(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
                    }
                }
            }
            assertEquals(Set.of(HTTP_PORT, MANAGEMENT_PORT), sourcesByPort.keySet(), dir.toString());
            assertEquals(Set.of("monitoring"), sourcesByPort.get(MANAGEMENT_PORT), dir + ": 9000 only from monitoring");
            assertEquals(1, sourcesByPort.get(HTTP_PORT).size(), dir + ": 8080 only from the way in");
            assertFalse(sourcesByPort.get(HTTP_PORT).contains("monitoring"), dir.toString());
            // Egress is limited too: DNS, PostgreSQL and HTTPS, nothing else.
            Set<Integer> egressPorts = policy.getSpec().getEgress().stream()
                    .flatMap(rule -> rule.getPorts().stream()).map(p -> p.getPort().getIntVal())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(53, 443, 5432), egressPorts, dir.toString());
        });
    }

    @Test
    void forwardedHeadersAreTrustedOnlyFromTheWayInsNetwork() {
        ConfigMap base = KubernetesModels.as(objectsOf(Kustomize.render(K8S.resolve("base")), "ConfigMap").get(0),
                ConfigMap.class);
        assertEquals("false", base.getData().get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"),
                "base: forwarding off (with it on and no range, Quarkus trusts every address)");
        assertFalse(base.getData().containsKey("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"), "base: no trusted range");
        rendered.forEach((dir, objects) -> {
            Map<String, String> config = appConfig(objects);
            if ("true".equals(config.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"))) {
                String trusted = config.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
                assertNotNull(trusted, dir + ": forwarding on needs a trusted range");
                assertFalse(trusted.isBlank() || trusted.contains("10.0.0.0/8") || trusted.contains("0.0.0.0/0"),
                        dir + ": " + trusted);
            }
        });
    }

    @Test
    void secretsAreMountedAsFilesAndNoneIsInTheManifests() {
        Pattern secretLike = Pattern.compile("(?i)(password|passwd|secret|hmac|private|_token$|_key$)");
        rendered.forEach((dir, objects) -> {
            assertEquals(List.of(), objectsOf(objects, "Secret"), dir + ": no Secret in the manifests");
            Deployment deployment = KubernetesModels.as(objectsOf(objects, "Deployment").get(0), Deployment.class);
            for (Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                Objects.requireNonNullElse(c.getEnv(), List.<io.fabric8.kubernetes.api.model.EnvVar>of()).forEach(env -> {
                    assertTrue(env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null,
                            dir + ": " + env.getName() + " comes from a Secret through the environment");
                    assertFalse(secretLike.matcher(env.getName()).find(), dir + ": " + env.getName());
                });
                Objects.requireNonNullElse(c.getEnvFrom(), List.<io.fabric8.kubernetes.api.model.EnvFromSource>of())
                        .forEach(from -> assertEquals(null, from.getSecretRef(), dir + ": envFrom a Secret"));
            }
            appConfig(objects).keySet().forEach(key ->
                    assertFalse(secretLike.matcher(key).find(), dir + ": ConfigMap key " + key + " looks like a secret"));
        });
    }

    @Test
    void imagesArePinned() throws IOException {
        Pattern digest = Pattern.compile("@sha256:(?!0{64})[0-9a-f]{64}$"); // a real digest, not the all-zero placeholder
        rendered.forEach((dir, objects) -> {
            List<String> images = new ArrayList<>();
            objectsOf(objects, "Deployment").forEach(o -> {
                PodSpec pod = KubernetesModels.as(o, Deployment.class).getSpec().getTemplate().getSpec();
                pod.getContainers().forEach(c -> images.add(c.getImage()));
                Objects.requireNonNullElse(pod.getInitContainers(), List.<Container>of()).forEach(c -> images.add(c.getImage()));
            });
            objectsOf(objects, "Cluster").forEach(c -> images.add(c.at("/spec/imageName").asText()));
            for (String image : images) {
                String withoutDigest = image.replaceAll("@sha256:.*$", "");
                String tag = withoutDigest.lastIndexOf(':') > withoutDigest.lastIndexOf('/')
                        ? withoutDigest.substring(withoutDigest.lastIndexOf(':') + 1) : "";
                assertFalse(tag.isEmpty() || tag.equals("latest"), dir + ": " + image + " needs a version tag");
                if (!image.startsWith(APP_IMAGE + ":")) {
                    assertTrue(digest.matcher(image).find(), dir + ": " + image + " must be pinned by digest");
                }
            }
        });
        for (String file : List.of("Containerfile", "Containerfile.native")) {
            List<String> bases = Files.readAllLines(K8S.resolve(file)).stream()
                    .filter(l -> l.startsWith("ARG ") && l.contains("_IMAGE="))
                    .map(l -> l.substring(l.indexOf('=') + 1)).toList();
            assertEquals(2, bases.size(), file + ": build and runtime images");
            bases.forEach(image -> assertTrue(digest.matcher(image).find(), file + ": " + image));
            assertTrue(Files.readAllLines(K8S.resolve(file)).stream()
                    .filter(l -> l.startsWith("FROM ")).allMatch(l -> l.contains("${")), file + ": FROM only the pinned ARGs");
        }
    }

    @Test
    void theIngressKeepsWebSocketsOpenPastTheHeartbeatAndLeavesQOut() {
        rendered.forEach((dir, objects) -> objectsOf(objects, "Ingress").forEach(o -> {
            Ingress ingress = KubernetesModels.as(o, Ingress.class);
            if (ingress.getMetadata().getName().equals("lienlac")) {
                Map<String, String> annotations = ingress.getMetadata().getAnnotations();
                assertTrue(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout")) > 90, dir.toString());
                assertTrue(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/proxy-send-timeout")) > 90, dir.toString());
            } else {
                assertEquals("/q/", ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getPath());
                assertNotNull(ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/permanent-redirect"));
            }
        }));
        objectsOf(rendered.get(K8S.resolve("overlays/gateway-api")), "HTTPRoute").forEach(route ->
                route.at("/spec/rules").forEach(rule -> {
                    if (rule.at("/matches/0/path/value").asText().equals("/ws/")) {
                        assertEquals("0s", rule.at("/timeouts/request").asText(), "no request timeout on the WebSocket");
                    }
                }));
    }

    @Test
    void aConfigMapWithAnUnknownFieldIsRejected() {
        ObjectNode map = new ObjectMapper().createObjectNode();
        map.put("apiVersion", "v1").put("kind", "ConfigMap").putObject("metadata").put("name", "x");
        map.putObject("datas").put("a", "b");
        assertFalse(KubernetesModels.problems(map).isEmpty());
        assertThrows(AssertionError.class, () -> KubernetesModels.as(map, ConfigMap.class));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** The application's ConfigMap, merged as the pod sees it. */
    private static Map<String, String> appConfig(List<JsonNode> objects) {
        return objectsOf(objects, "ConfigMap").stream()
                .filter(o -> o.at("/metadata/name").asText().equals("lienlac-config"))
                .map(o -> KubernetesModels.as(o, ConfigMap.class).getData()).findFirst().orElseThrow();
    }

    private static int port(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }
}
