package io.fieldguide.migration.input;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Field;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Bean Validation names a field at fault by its JSON name ({@code feeding_time}, from
 * {@code @JsonProperty}), not its Java name ({@code feedingTime}): a 400 must name what the client
 * sent. In the core, so that every service whose wire names differ from its Java names (the seeds'
 * snake_case) gets it without a copy.
 */
@ApplicationScoped
public class JsonPropertyNames implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.propertyNodeNameProvider(new JsonNames());
    }

    static final class JsonNames implements PropertyNodeNameProvider {

        @Override
        public String getName(Property property) {
            if (property instanceof JavaBeanProperty bean) {
                try {
                    Field field = bean.getDeclaringClass().getDeclaredField(property.getName());
                    JsonProperty json = field.getAnnotation(JsonProperty.class);
                    if (json != null && !json.value().isEmpty()) {
                        return json.value();
                    }
                } catch (NoSuchFieldException e) {
                    return property.getName();
                }
            }
            return property.getName();
        }
    }
}
