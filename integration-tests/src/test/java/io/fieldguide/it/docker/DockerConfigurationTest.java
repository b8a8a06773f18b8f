package io.fieldguide.it.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fieldguide.it.PackagedService;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/compose.yaml and the Kubernetes manifests, parsed and checked against the modules: every
 * service with its module's port and its own database (created by the init script), only its
 * public key unless it signs tokens, and waiting for PostgreSQL's healthcheck.
 */
class DockerConfigurationTest {

    private static final List<String> SERVICES =
            List.of("feeding-tracker", "course-tracker", "protein-tracker", "lot-traceability", "learning-platform");

    /** The one service that signs tokens (POST /api/auth/login). */
    private static final String SIGNER = "course-tracker";

    private static final YAMLMapper YAML = new YAMLMapper();

    private static final Path REPOSITORY = PackagedService.servicesDir();

    @Test
    void composeHasPostgresAndTheFiveServicesAndNothingElse() throws IOException {
        JsonNode services = compose().path("services");
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        List<String> expected = new ArrayList<>(SERVICES);
        expected.add("postgres");
        assertEquals(
                expected.stream().sorted().toList(), names.stream().sorted().toList());
        assertTrue(services.path("postgres").path("healthcheck").has("test"), "postgres needs a healthcheck");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"feeding-tracker", "course-tracker", "protein-tracker", "lot-traceability", "learning-platform"})
    void eachComposeServiceMatchesItsModule(String module) throws IOException {
        JsonNode service = compose().path("services").path(module);
        int port = modulePort(module);
        assertEquals(module, service.path("build").path("args").path("SERVICE").asText(), "build arg SERVICE");
        assertTrue(Files.isDirectory(REPOSITORY.resolve(module)), module + " is a module");
        assertEquals(port + ":" + port, service.path("ports").path(0).asText(), "ports");
        assertEquals(
                "service_healthy",
                service.path("depends_on").path("postgres").path("condition").asText(),
                "waits for the database's healthcheck");

        JsonNode environment = service.path("environment");
        String database =
                databaseOf(environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText());
        assertEquals(module.replace('-', '_'), database, "its own database");
        assertTrue(initScript().contains("CREATE DATABASE " + database), "the init script creates " + database);
        assertEquals(
                "file:/keys/publicKey.pem",
                environment.path("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText());
        assertEquals(
                "true",
                environment
                        .path("FIELDGUIDE_MIGRATION_REQUIRE_VERIFICATION_KEY")
                        .asText());
        assertFalse(environment.has("MP_JWT_VERIFY_AUDIENCES"), "each service verifies only its own audience");

        boolean signs = module.equals(SIGNER);
        assertEquals(signs, environment.has("SMALLRYE_JWT_SIGN_KEY_LOCATION"), "signing key location");
        assertEquals(signs, service.path("volumes").toString().contains("privateKey.pem"), "private key mounted");
    }

    @Test
    void theMigrationJobAndTheDeploymentAgreeWithTheModule() throws IOException {
        Path kubernetes = REPOSITORY.resolve("docker/kubernetes");
        JsonNode job = YAML.readTree(
                kubernetes.resolve("feeding-tracker-migrate-job.yaml").toFile());
        List<JsonNode> deploymentAndService = documents(kubernetes.resolve("feeding-tracker-deployment.yaml"));
        JsonNode deployment = deploymentAndService.get(0);
        JsonNode service = deploymentAndService.get(1);
        int port = modulePort("feeding-tracker");

        assertEquals("Job", job.path("kind").asText());
        JsonNode migrate = job.path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .path(0);
        assertEquals("[\"migrate\"]", migrate.path("args").toString(), "the Job runs the CLI's migrate");
        assertEquals(
                "Never",
                job.path("spec")
                        .path("template")
                        .path("spec")
                        .path("restartPolicy")
                        .asText());

        assertEquals("Deployment", deployment.path("kind").asText());
        JsonNode app = deployment
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .path(0);
        assertEquals(migrate.path("image").asText(), app.path("image").asText(), "same image, same release");
        Map<String, String> jobEnv = env(migrate);
        Map<String, String> appEnv = env(app);
        assertEquals(jobEnv.get("QUARKUS_DATASOURCE_JDBC_URL"), appEnv.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("feeding_tracker", databaseOf(appEnv.get("QUARKUS_DATASOURCE_JDBC_URL")));
        assertEquals(
                "false", appEnv.get("FIELDGUIDE_MIGRATION_MIGRATE_AT_START"), "replicas leave migrating to the Job");
        assertFalse(appEnv.containsKey("SMALLRYE_JWT_SIGN_KEY_LOCATION"), "feeding-tracker signs no tokens");
        assertEquals(port, app.path("ports").path(0).path("containerPort").asInt());
        assertEquals(
                "/q/health/ready",
                app.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals(
                0,
                deployment
                        .path("spec")
                        .path("strategy")
                        .path("rollingUpdate")
                        .path("maxUnavailable")
                        .asInt());
        assertEquals("Service", service.path("kind").asText());
        assertEquals(
                port, service.path("spec").path("ports").path(0).path("port").asInt());
    }

    /** compose.yaml with its anchors and merge keys ({@code <<: *service}) applied, as docker compose reads it. */
    private static JsonNode compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(REPOSITORY.resolve("docker/compose.yaml"))) {
            Object document = new Yaml().load(reader);
            return YAML.valueToTree(document);
        }
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            values.forEachRemaining(documents::add);
        }
        return documents;
    }

    private static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new java.util.HashMap<>();
        container
                .path("env")
                .forEach(variable -> env.put(
                        variable.path("name").asText(),
                        variable.has("value")
                                ? variable.path("value").asText()
                                : "(from " + variable.path("valueFrom") + ")"));
        return env;
    }

    private static int modulePort(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                REPOSITORY.resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    private static String databaseOf(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }

    private static String initScript() throws IOException {
        return Files.readString(REPOSITORY.resolve("docker/initdb/01-service-databases.sql"));
    }
}
