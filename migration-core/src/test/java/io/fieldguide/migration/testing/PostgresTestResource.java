package io.fieldguide.migration.testing;

import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service's default datasource at a {@link TestDatabase}. Use it with
 * {@code @QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)}
 * on one test class per module, so every test class shares one database and one Quarkus boot.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private TestDatabase database;

    @Override
    public Map<String, String> start() {
        database = TestDatabase.start();
        Log.infof("Tests use a %s PostgreSQL at %s", database.kind(), database.jdbcUrl());
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                Log.warn("Could not stop the test PostgreSQL", e);
            }
        }
    }
}
