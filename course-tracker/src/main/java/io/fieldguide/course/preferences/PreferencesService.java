package io.fieldguide.course.preferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A user's own preferences: the table's defaults until the user saves some. */
@ApplicationScoped
@Transactional
public class PreferencesService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public PreferencesView preferences(UUID owner) {
        return UserPreferences.<UserPreferences>find("userId", owner)
                .firstResultOptional()
                .map(PreferencesView::of)
                .orElseGet(() -> PreferencesView.of(new UserPreferences()));
    }

    public PreferencesView save(UUID owner, PreferencesView request) {
        UserPreferences preferences = UserPreferences.<UserPreferences>find("userId", owner)
                .firstResultOptional()
                .orElseGet(() -> {
                    UserPreferences created = new UserPreferences();
                    created.userId = owner;
                    return created;
                });
        preferences.theme = request.theme();
        preferences.notificationsEnabled = request.notificationsEnabled();
        preferences.persist();
        return PreferencesView.of(preferences);
    }
}
