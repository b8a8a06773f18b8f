package io.fieldguide.protein.profile;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

/**
 * A time zone Java knows by its region id (Europe/Lisbon, or UTC). Offsets such as +01:00 are
 * refused: a fixed offset has no DST, so a summer meal would land on the wrong day.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TimeZoneId.Validator.class)
public @interface TimeZoneId {

    String message() default "must be an IANA time zone such as Europe/Lisbon";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to @NotBlank. */
    class Validator implements ConstraintValidator<TimeZoneId, String> {
        @Override
        public boolean isValid(String zone, ConstraintValidatorContext context) {
            return zone == null || ZoneId.getAvailableZoneIds().contains(zone);
        }
    }
}
