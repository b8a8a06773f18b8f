package io.fieldguide.migration.embedded;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The service's configuration as Quarkus would read it (system properties, environment, the
 * service's {@code application.properties}, the core's defaults), for commands that run without
 * starting Quarkus. Profiles other than {@code prod} are not applied: a packaged service runs in it.
 */
public final class StandaloneConfig {

    /** {@code application.properties}' ordinal in Quarkus, between the environment and the core's defaults. */
    private static final int APPLICATION_PROPERTIES = 250;

    private final SmallRyeConfig config;

    private StandaloneConfig(SmallRyeConfig config) {
        this.config = config;
    }

    public static StandaloneConfig load() {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withProfile("prod")
                .forClassLoader(Thread.currentThread().getContextClassLoader());
        URL application = Thread.currentThread().getContextClassLoader().getResource("application.properties");
        if (application != null) {
            try {
                builder.withSources(new PropertiesConfigSource(application, APPLICATION_PROPERTIES));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + application, e);
            }
        }
        return new StandaloneConfig(builder.build());
    }

    /** The property's value, or null when it is not set. */
    public String value(String name) {
        return config.getConfigValue(name).getValue();
    }
}
