package io.fieldguide.course.preferences;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user's preferences, read and written whole. */
public record PreferencesView(
        @Schema(
                        examples = "dark",
                        enumeration = {"light", "dark", "system"})
                @NotNull
                @Pattern(regexp = "light|dark|system", message = "must be light, dark or system")
                String theme,
        @Schema(examples = "false") @NotNull Boolean notificationsEnabled) {

    static PreferencesView of(UserPreferences preferences) {
        return new PreferencesView(preferences.theme, preferences.notificationsEnabled);
    }
}
