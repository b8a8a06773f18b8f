package io.fieldguide.protein.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.fieldguide.protein.imports.ImportPlan.PlannedFavorite;
import io.fieldguide.protein.imports.ImportPlan.PlannedMeal;
import io.fieldguide.protein.meals.MealDay;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an export into an {@link ImportPlan}, applying the import rules of the module README:
 * lenient numbers and times, cleaned text, one meal per id, double taps merged, ids derived from
 * content where the app gave none.
 */
final class ExportReader {

    /** Two meals with the same content this close together are one meal tapped twice. */
    static final Duration DOUBLE_TAP = Duration.ofSeconds(60);

    static final BigDecimal MAX_PROTEIN_GRAMS = new BigDecimal("500");
    static final BigDecimal MAX_CALORIES = new BigDecimal("10000");
    private static final int MAX_TEXT = 500;
    private static final int MAX_NAME = 200;
    private static final int MAX_ID = 200;
    private static final Set<String> MEAL_TYPES = Set.of("breakfast", "lunch", "dinner", "snack");

    private final ZoneId zone;
    private final Instant latest;
    private final List<RecordOutcome> decided = new ArrayList<>();

    private ExportReader(ZoneId zone, Instant now) {
        this.zone = zone;
        this.latest = now.plus(Duration.ofDays(1));
    }

    static ImportPlan read(LocalStorageExport export, ZoneId profileZone, Instant now) {
        SettingsReader.Read settings = SettingsReader.read(export.userSettings(), profileZone);
        ExportReader reader = new ExportReader(settings.zone(), now);
        if (settings.rejection() != null) {
            reader.decided.add(settings.rejection());
        }
        Map<String, String> mergedInto = new HashMap<>();
        List<PlannedMeal> meals = reader.meals(export.meals(), mergedInto);
        List<PlannedFavorite> favorites = reader.favorites(export.favoriteMealsOrEmpty(), mergedInto);
        return new ImportPlan(settings.zone(), meals, favorites, settings.planned(), reader.decided);
    }

    private List<PlannedMeal> meals(List<JsonNode> records, Map<String, String> mergedInto) {
        List<PlannedMeal> candidates = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            String record = "meals[" + i + "]";
            PlannedMeal meal = meal(record, records.get(i));
            if (meal == null) {
                continue;
            }
            if (!ids.add(meal.sourceId())) {
                decided.add(RecordOutcome.merged(
                        record, meal.sourceId(), meal.sourceId(), "same id as an earlier meal: the first one is kept"));
                continue;
            }
            candidates.add(meal);
        }
        // Double taps: in time order, a meal with the content of a kept meal up to DOUBLE_TAP later.
        candidates.sort(Comparator.comparing(PlannedMeal::time));
        Map<String, PlannedMeal> lastKeptByContent = new HashMap<>();
        List<PlannedMeal> kept = new ArrayList<>();
        for (PlannedMeal meal : candidates) {
            PlannedMeal earlier = lastKeptByContent.get(contentKey(meal));
            if (earlier != null && Duration.between(earlier.time(), meal.time()).compareTo(DOUBLE_TAP) <= 0) {
                decided.add(RecordOutcome.merged(
                        meal.record(),
                        meal.sourceId(),
                        earlier.sourceId(),
                        "same content "
                                + Duration.between(earlier.time(), meal.time()).toSeconds()
                                + " s after it (a double tap)"));
                mergedInto.put(meal.sourceId(), earlier.sourceId());
                continue;
            }
            lastKeptByContent.put(contentKey(meal), meal);
            kept.add(meal);
        }
        return kept;
    }

    private PlannedMeal meal(String record, JsonNode node) {
        if (node == null || !node.isObject()) {
            decided.add(RecordOutcome.rejected(record, null, "not an object"));
            return null;
        }
        List<String> reasons = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String id = id(node.get("id"), reasons);
        String description = text(node.get("description"), "description", MAX_TEXT, reasons);
        var protein =
                attempt(() -> LenientNumbers.required(node.get("protein"), "protein", MAX_PROTEIN_GRAMS), reasons);
        var calories = attempt(() -> LenientNumbers.optional(node.get("calories"), "calories", MAX_CALORIES), reasons);
        Instant time = attempt(() -> BrowserTimestamps.read(node.get("timestamp"), zone, latest), reasons);
        String mealType = mealType(node.get("mealType"), notes);
        if (!reasons.isEmpty()) {
            decided.add(RecordOutcome.rejected(record, id, String.join("; ", reasons)));
            return null;
        }
        if (calories == null) {
            notes.add("calories unknown");
        }
        if (id == null) {
            id = derivedId(
                    "meal",
                    description.toLowerCase(Locale.ROOT),
                    plain(protein),
                    plain(calories),
                    mealType,
                    Long.toString(time.toEpochMilli()));
            notes.add("no id in the export: id derived from its content");
        }
        JsonNode analysis = node.get("aiAnalysis");
        BigDecimal confidence = null;
        ArrayNode foods = null;
        if (analysis != null && !analysis.isNull()) {
            try {
                confidence = analysis.isObject()
                        ? LenientNumbers.optional(
                                analysis.get("confidence"), "aiAnalysis.confidence", BigDecimal.ONE, 3)
                        : null;
                foods = foods(analysis);
            } catch (IllegalArgumentException e) {
                notes.add("aiAnalysis left out: " + e.getMessage());
            }
        }
        return new PlannedMeal(
                record,
                id,
                description,
                protein,
                calories,
                mealType,
                time,
                MealDay.of(time, zone),
                confidence,
                foods,
                notes);
    }

    private List<PlannedFavorite> favorites(List<JsonNode> records, Map<String, String> mergedInto) {
        List<PlannedFavorite> favorites = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            String record = "favoriteMeals[" + i + "]";
            JsonNode node = records.get(i);
            if (node == null || !node.isObject()) {
                decided.add(RecordOutcome.rejected(record, null, "not an object"));
                continue;
            }
            List<String> reasons = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            String id = id(node.get("id"), reasons);
            String name = text(node.get("name"), "name", MAX_NAME, reasons);
            var protein =
                    attempt(() -> LenientNumbers.required(node.get("protein"), "protein", MAX_PROTEIN_GRAMS), reasons);
            var calories =
                    attempt(() -> LenientNumbers.optional(node.get("calories"), "calories", MAX_CALORIES), reasons);
            String mealId = id(node.get("mealId"), reasons);
            if (!reasons.isEmpty()) {
                decided.add(RecordOutcome.rejected(record, id, String.join("; ", reasons)));
                continue;
            }
            if (id == null) {
                id = derivedId("favorite", name.toLowerCase(Locale.ROOT), plain(protein), plain(calories), mealId);
                notes.add("no id in the export: id derived from its content");
            }
            if (!ids.add(id)) {
                decided.add(
                        RecordOutcome.merged(record, id, id, "same id as an earlier favourite: the first one is kept"));
                continue;
            }
            if (mealId != null && mergedInto.containsKey(mealId)) {
                notes.add("meal " + mealId + " was merged into " + mergedInto.get(mealId) + ": linked to that one");
                mealId = mergedInto.get(mealId);
            }
            favorites.add(new PlannedFavorite(record, id, name, protein, calories, mealId, notes));
        }
        return favorites;
    }

    private static String id(JsonNode value, List<String> reasons) {
        if (value == null
                || value.isNull()
                || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        if (!value.isTextual() && !value.isIntegralNumber()) {
            reasons.add("id " + Shown.of(value) + " is neither a string nor a whole number");
            return null;
        }
        String id = value.asText().trim();
        if (id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
            reasons.add("id is longer than " + MAX_ID + " characters or holds control characters");
            return null;
        }
        return id;
    }

    private static String text(JsonNode value, String field, int max, List<String> reasons) {
        if (value != null && !value.isNull() && !value.isTextual()) {
            reasons.add(field + " " + Shown.of(value) + " is not text");
            return null;
        }
        String text = CleanText.clean(value == null || value.isNull() ? null : value.asText());
        if (text.isEmpty()) {
            reasons.add(field + " is empty");
            return null;
        }
        if (text.length() > max) {
            reasons.add(field + " is longer than " + max + " characters");
            return null;
        }
        return text;
    }

    private static String mealType(JsonNode value, List<String> notes) {
        if (value == null || value.isNull()) {
            return null;
        }
        String type = value.asText().trim().toLowerCase(Locale.ROOT);
        if (MEAL_TYPES.contains(type)) {
            return type;
        }
        notes.add("mealType " + Shown.of(value) + " unknown: left empty");
        return null;
    }

    /** Only a food's name (cleaned) and protein are kept: nothing unchecked reaches the jsonb column. */
    private static ArrayNode foods(JsonNode analysis) {
        ArrayNode foods = JsonNodeFactory.instance.arrayNode();
        JsonNode given = analysis.path("foods");
        if (!given.isArray()) {
            return foods;
        }
        for (JsonNode food : given) {
            if (!food.isObject()) {
                throw new IllegalArgumentException("a food is not an object");
            }
            String name = CleanText.clean(food.path("name").asText(""));
            BigDecimal protein = LenientNumbers.optional(food.get("protein"), "food protein", MAX_PROTEIN_GRAMS);
            foods.addObject()
                    .put("name", name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name)
                    .put("protein", protein);
        }
        return foods;
    }

    private static String contentKey(PlannedMeal meal) {
        return String.join(
                "|",
                meal.description().toLowerCase(Locale.ROOT),
                plain(meal.protein()),
                plain(meal.calories()),
                String.valueOf(meal.mealType()));
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    static String derivedId(String kind, String... content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001f", content).getBytes(StandardCharsets.UTF_8));
            return "derived-" + kind + "-" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T attempt(java.util.function.Supplier<T> read, List<String> reasons) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            reasons.add(e.getMessage());
            return null;
        }
    }
}
