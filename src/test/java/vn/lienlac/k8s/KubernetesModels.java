package vn.lienlac.k8s;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses rendered objects against the Kubernetes API models (fabric8's, as the Kubernetes Java client uses them),
 * strictly: a field the API does not know fails the parse, as {@code kubectl apply --validate=strict} would. The
 * models keep unknown fields in an "additional properties" map by default; here that map is switched off.
 *
 * <p>Custom resources without a published Java model (KEDA, CloudNativePG, the Barman Cloud plugin) are checked
 * against the field names of their CRDs' documentation instead ({@link #CUSTOM_SHAPES}); their parts that are
 * core Kubernetes types (resources, HPA behaviour) go through the models.
 */
final class KubernetesModels {

    static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                        BeanDeserializerBuilder builder) {
                    builder.setAnySetter(null);
                    return builder;
                }
            }));

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class));

    /** Allowed field names by path, for custom resources without a model (from their CRDs' API references). */
    static final Map<String, Set<String>> CUSTOM_SHAPES = Map.ofEntries(
            Map.entry("keda.sh/v1alpha1/ScaledObject", Set.of("apiVersion", "kind", "metadata", "spec")),
            Map.entry("keda.sh/v1alpha1/ScaledObject.spec", Set.of("scaleTargetRef", "pollingInterval",
                    "cooldownPeriod", "initialCooldownPeriod", "idleReplicaCount", "minReplicaCount",
                    "maxReplicaCount", "advanced", "triggers", "fallback")),
            Map.entry("keda.sh/v1alpha1/ScaledObject.spec.scaleTargetRef", Set.of("apiVersion", "kind", "name",
                    "envSourceContainerName")),
            Map.entry("keda.sh/v1alpha1/ScaledObject.spec.advanced", Set.of("restoreToOriginalReplicaCount",
                    "horizontalPodAutoscalerConfig", "scalingModifiers")),
            Map.entry("keda.sh/v1alpha1/ScaledObject.spec.advanced.horizontalPodAutoscalerConfig",
                    Set.of("name", "behavior")),
            Map.entry("keda.sh/v1alpha1/ScaledObject.spec.triggers[]", Set.of("type", "name", "metadata",
                    "authenticationRef", "metricType", "useCachedMetrics")),
            Map.entry("postgresql.cnpg.io/v1/Cluster", Set.of("apiVersion", "kind", "metadata", "spec")),
            Map.entry("postgresql.cnpg.io/v1/Cluster.spec", Set.of("instances", "imageName", "imageCatalogRef",
                    "primaryUpdateStrategy", "primaryUpdateMethod", "postgresql", "bootstrap", "storage",
                    "walStorage", "resources", "affinity", "plugins", "monitoring", "backup", "description",
                    "enableSuperuserAccess", "superuserSecret", "certificates", "managed", "topologySpreadConstraints",
                    "priorityClassName", "logLevel", "inheritedMetadata", "env", "probes", "minSyncReplicas",
                    "maxSyncReplicas", "startDelay", "stopDelay", "switchoverDelay", "failoverDelay")),
            Map.entry("postgresql.cnpg.io/v1/Cluster.spec.postgresql", Set.of("parameters", "synchronous",
                    "pg_hba", "pg_ident", "shared_preload_libraries", "ldap", "syncReplicaElectionConstraint",
                    "enableAlterSystem", "extensions")),
            Map.entry("postgresql.cnpg.io/v1/Cluster.spec.postgresql.synchronous", Set.of("method", "number",
                    "dataDurability", "maxStandbyNamesFromCluster", "standbyNamesPre", "standbyNamesPost",
                    "failoverQuorum")),
            Map.entry("postgresql.cnpg.io/v1/Cluster.spec.bootstrap", Set.of("initdb", "recovery", "pg_basebackup")),
            Map.entry("postgresql.cnpg.io/v1/Cluster.spec.bootstrap.initdb", Set.of("database", "owner", "secret",
                    "encoding", "localeCollate", "localeCType", "locale", "localeProvider", "dataChecksums",
                    "walSegmentSize", "options", "postInitSQL", "postInitApplicationSQL", "postInitTemplateSQL",
                    "postInitSQLRefs", "postInitApplicationSQLRefs", "postInitTemplateSQLRefs", "import")),
            Map.entry("postgresql.cnpg.io/v1/Cluster.spec.storage", Set.of("size", "storageClass",
                    "resizeInUseVolumes", "pvcTemplate")),
            Map.entry("postgresql.cnpg.io/v1/Cluster.spec.walStorage", Set.of("size", "storageClass",
                    "resizeInUseVolumes", "pvcTemplate")),
            Map.entry("postgresql.cnpg.io/v1/Cluster.spec.affinity", Set.of("enablePodAntiAffinity",
                    "podAntiAffinityType", "topologyKey", "nodeSelector", "nodeAffinity", "tolerations",
                    "additionalPodAntiAffinity", "additionalPodAffinity")),
            Map.entry("postgresql.cnpg.io/v1/Cluster.spec.plugins[]", Set.of("name", "enabled", "isWALArchiver",
                    "parameters")),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", Set.of("apiVersion", "kind", "metadata", "spec")),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup.spec", Set.of("schedule", "suspend", "immediate",
                    "cluster", "backupOwnerReference", "target", "method", "pluginConfiguration", "online",
                    "onlineConfiguration")),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup.spec.pluginConfiguration", Set.of("name",
                    "parameters")),
            Map.entry("barmancloud.cnpg.io/v1/ObjectStore", Set.of("apiVersion", "kind", "metadata", "spec")),
            Map.entry("barmancloud.cnpg.io/v1/ObjectStore.spec", Set.of("configuration", "retentionPolicy",
                    "instanceSidecarConfiguration")),
            Map.entry("barmancloud.cnpg.io/v1/ObjectStore.spec.configuration", Set.of("destinationPath",
                    "endpointURL", "endpointCA", "serverName", "s3Credentials", "azureCredentials",
                    "googleCredentials", "wal", "data", "tags", "historyTags")),
            Map.entry("barmancloud.cnpg.io/v1/ObjectStore.spec.configuration.s3Credentials", Set.of("accessKeyId",
                    "secretAccessKey", "region", "sessionToken", "inheritFromIAMRole")),
            Map.entry("barmancloud.cnpg.io/v1/ObjectStore.spec.configuration.wal", Set.of("compression",
                    "encryption", "maxParallel", "archiveAdditionalCommandArgs", "restoreAdditionalCommandArgs")),
            Map.entry("barmancloud.cnpg.io/v1/ObjectStore.spec.configuration.data", Set.of("compression",
                    "encryption", "immediateCheckpoint", "jobs", "additionalCommandArgs")));

    private KubernetesModels() {
    }

    static String type(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    static String name(JsonNode object) {
        return type(object) + " " + object.path("metadata").path("name").asText();
    }

    /** The problems found in one object: empty when it is valid. */
    static List<String> problems(JsonNode object) {
        String type = type(object);
        List<String> problems = new ArrayList<>();
        Class<?> model = MODELS.get(type);
        if (model != null) {
            try {
                STRICT.treeToValue(object, model);
            } catch (Exception e) {
                problems.add(name(object) + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
            return problems;
        }
        if (!CUSTOM_SHAPES.containsKey(type)) {
            problems.add(name(object) + ": no model or shape known for " + type + " (add one to KubernetesModels)");
            return problems;
        }
        checkShape(object, type, problems, name(object));
        // Core types inside custom resources go through the models too.
        parseIfPresent(object.at("/spec/resources"), ResourceRequirements.class, problems, name(object));
        parseIfPresent(object.at("/spec/advanced/horizontalPodAutoscalerConfig/behavior"),
                HorizontalPodAutoscalerBehavior.class, problems, name(object));
        return problems;
    }

    /** A typed view of an object that {@link #problems} found valid. */
    static <T> T as(JsonNode object, Class<T> model) {
        try {
            return STRICT.treeToValue(object, model);
        } catch (Exception e) {
            throw new AssertionError(name(object) + ": " + e.getMessage(), e);
        }
    }

    private static void parseIfPresent(JsonNode node, Class<?> model, List<String> problems, String where) {
        if (node.isMissingNode()) {
            return;
        }
        try {
            STRICT.treeToValue(node, model);
        } catch (Exception e) {
            problems.add(where + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static void checkShape(JsonNode node, String path, List<String> problems, String where) {
        Set<String> allowed = CUSTOM_SHAPES.get(path);
        node.fieldNames().forEachRemaining(field -> {
            if (allowed != null && !allowed.contains(field)) {
                problems.add(where + ": unknown field " + path.substring(path.indexOf('/', path.indexOf('/') + 1) + 1)
                        + "." + field);
            }
            JsonNode child = node.get(field);
            if (child.isObject()) {
                checkShape(child, path + "." + field, problems, where);
            } else if (child.isArray()) {
                child.forEach(element -> {
                    if (element.isObject()) {
                        checkShape(element, path + "." + field + "[]", problems, where);
                    }
                });
            }
        });
    }
}
