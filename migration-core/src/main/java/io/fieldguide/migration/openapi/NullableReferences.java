package io.fieldguide.migration.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A nullable reference, such as an {@code Instant} or a record that may be {@code null}, is
 * modelled as {@code anyOf: [$ref X, null]}, which the 3.0 document renders as {@code allOf: [$ref
 * X], nullable: true}; the referenced schema does not allow null, so a validator refuses the null
 * the service sends. The referenced schema goes inline instead, with null allowed: its type and
 * format for a scalar, its members for an object.
 */
final class NullableReferences {

    private static final Set<Schema.SchemaType> SCALARS = Set.of(
            Schema.SchemaType.STRING, Schema.SchemaType.INTEGER, Schema.SchemaType.NUMBER, Schema.SchemaType.BOOLEAN);

    private NullableReferences() {}

    /** Inlines every nullable reference in the members of the given component schemas. */
    static void inline(Map<String, Schema> components) {
        components.values().forEach(schema -> inline(schema, components));
    }

    private static void inline(Schema schema, Map<String, Schema> components) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> inline(property, components));
        }
        if (schema.getItems() != null) {
            inline(schema.getItems(), components);
        }
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2) {
            return;
        }
        Schema reference =
                anyOf.stream().filter(s -> s.getRef() != null).findFirst().orElse(null);
        boolean orNull =
                anyOf.stream().anyMatch(s -> List.of(Schema.SchemaType.NULL).equals(s.getType()));
        Schema referenced = reference == null
                ? null
                : components.get(reference.getRef().substring(reference.getRef().lastIndexOf('/') + 1));
        if (!orNull || referenced == null || referenced.getType() == null) {
            return;
        }
        List<Schema.SchemaType> types = new ArrayList<>(referenced.getType());
        types.add(Schema.SchemaType.NULL);
        if (types.stream().allMatch(type -> SCALARS.contains(type) || type == Schema.SchemaType.NULL)) {
            schema.setAnyOf(null);
            schema.setType(types);
            if (schema.getFormat() == null) {
                schema.setFormat(referenced.getFormat());
            }
        } else if (referenced.getType().equals(List.of(Schema.SchemaType.OBJECT))) {
            schema.setAnyOf(null);
            schema.setType(types);
            schema.setProperties(referenced.getProperties());
            schema.setRequired(referenced.getRequired());
        }
    }
}
