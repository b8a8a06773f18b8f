package io.fieldguide.migration.flyway;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * Hands Flyway a fixed list of scripts instead of letting it scan a class-path folder, which
 * Quarkus' class loader in a packaged jar does not list. Used for the core's own schema.
 */
final class FixedClasspathResources implements ResourceProvider {

    private final List<LoadableResource> resources;

    FixedClasspathResources(String folder, List<String> scripts, ClassLoader classLoader) {
        Location location = new Location("classpath:" + folder);
        this.resources = scripts.stream()
                .map(script -> (LoadableResource)
                        new ClassPathResource(location, folder + "/" + script, classLoader, StandardCharsets.UTF_8))
                .toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream()
                .filter(resource -> resource.getRelativePath().equals(name))
                .findFirst()
                .orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return resources.stream()
                .filter(resource -> resource.getFilename().startsWith(prefix))
                .filter(resource -> Arrays.stream(suffixes).anyMatch(resource.getFilename()::endsWith))
                .toList();
    }
}
