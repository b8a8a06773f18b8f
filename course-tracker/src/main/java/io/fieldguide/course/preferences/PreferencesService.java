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

    /**
     * Saves the whole preferences in one INSERT ... ON CONFLICT DO UPDATE on the unique user_id, so
     * a user's parallel first saves cannot meet on the unique index.
     */
    public PreferencesView save(UUID owner, PreferencesView request) {
        Object[] saved = (Object[]) UserPreferences.getEntityManager()
                .createNativeQuery("INSERT INTO user_preferences (user_id, theme, notifications_enabled)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT (user_id) DO UPDATE"
                        + " SET theme = EXCLUDED.theme, notifications_enabled = EXCLUDED.notifications_enabled"
                        + " RETURNING theme, notifications_enabled")
                .setParameter(1, owner)
                .setParameter(2, request.theme())
                .setParameter(3, request.notificationsEnabled())
                .getSingleResult();
        return new PreferencesView((String) saved[0], (Boolean) saved[1]);
    }
}
