package io.fieldguide.migration.problem;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds which path or query parameter did not convert. JAX-RS answers such a request 404 without
 * naming the parameter; the problem mappers turn it into a 400 that names it, by converting each
 * typed parameter of the matched method again.
 */
final class UnconvertibleParameter {

    private UnconvertibleParameter() {}

    /** The name and the refused value, or empty when every typed parameter converts. */
    static Optional<String[]> find(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            Class<?> type = parameter.getType();
            if (type == String.class) {
                continue;
            }
            List<String> values = values(parameter, uri);
            for (String value : values) {
                if (!converts(type, value)) {
                    return Optional.of(new String[] {name(parameter), value});
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> values(Parameter parameter, UriInfo uri) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            List<String> values = uri.getQueryParameters().get(query.value());
            return values == null ? List.of() : values;
        }
        PathParam path = parameter.getAnnotation(PathParam.class);
        if (path != null) {
            List<String> values = uri.getPathParameters().get(path.value());
            return values == null ? List.of() : values;
        }
        return List.of();
    }

    private static String name(Parameter parameter) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        return query != null
                ? query.value()
                : parameter.getAnnotation(PathParam.class).value();
    }

    private static boolean converts(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == short.class || type == Short.class) {
                Short.parseShort(value);
            } else if (type == double.class || type == Double.class) {
                Double.parseDouble(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type.isEnum()) {
                convertsToEnum(type, value);
            } else {
                return convertsByFactory(type, value);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void convertsToEnum(Class<?> type, String value) {
        Enum.valueOf((Class<? extends Enum>) type, value);
    }

    /** JAX-RS's own rule: a static valueOf(String) or fromString(String), or a String constructor. */
    private static boolean convertsByFactory(Class<?> type, String value) {
        for (String factory : List.of("valueOf", "fromString")) {
            try {
                Method method = type.getMethod(factory, String.class);
                if (Modifier.isStatic(method.getModifiers())) {
                    method.invoke(null, value);
                    return true;
                }
            } catch (NoSuchMethodException e) {
                // try the next way
            } catch (ReflectiveOperationException e) {
                return false;
            }
        }
        return true;
    }
}
