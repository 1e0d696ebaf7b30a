package id.banggaelokal.platform.openapi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in the document what the service does: a property that a schema does not require may be
 * {@code null} (the service writes absent values as null). OpenAPI 3.1 has no {@code nullable}: a
 * typed property gets {@code "null"} among its types, and a reference becomes {@code anyOf} the
 * reference or null (a reference's own schema cannot be widened without widening it everywhere).
 */
final class NullableOptionals {

  private NullableOptionals() {}

  static void apply(Components components) {
    if (components == null || components.getSchemas() == null) {
      return;
    }
    for (Schema schema : components.getSchemas().values()) {
      Map<String, Schema> properties = schema.getProperties();
      if (properties == null) {
        continue;
      }
      Set<String> required =
          schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
      for (Map.Entry<String, Schema> property : properties.entrySet()) {
        if (!required.contains(property.getKey())) {
          schema.addProperty(property.getKey(), nullable(property.getValue()));
        }
      }
    }
  }

  private static Schema nullable(Schema property) {
    if (property.getRef() != null) {
      return OASFactory.createSchema()
          .description(property.getDescription())
          .anyOf(
              List.of(
                  OASFactory.createSchema().ref(property.getRef()),
                  OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
    }
    if (property.getType() != null
        && !property.getType().isEmpty()
        && !property.getType().contains(Schema.SchemaType.NULL)) {
      property.addType(Schema.SchemaType.NULL);
    }
    return property;
  }
}
