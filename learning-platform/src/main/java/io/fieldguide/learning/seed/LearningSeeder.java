package io.fieldguide.learning.seed;

import io.fieldguide.learning.item.ItemKind;
import io.fieldguide.learning.item.ItemRepository;
import io.fieldguide.learning.item.ItemService;
import io.fieldguide.learning.item.NewItem;
import io.fieldguide.learning.learner.LearnerRepository;
import io.fieldguide.learning.practice.AttemptInput;
import io.fieldguide.learning.practice.PracticeService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The guide's "seed test data": learners, items and answers that look like practice, made through
 * the service's own code (so every answer moves the Elo estimates as a real one does). Idempotent:
 * seed learners and items are recognised by their email and topic, and only learners created by
 * this run answer, so running it twice adds nothing.
 */
@ApplicationScoped
public class LearningSeeder {

    /** Seed items' topics start with this; seed learners' emails end with {@link #EMAIL_DOMAIN}. */
    public static final String TOPIC_PREFIX = "seed-";

    public static final String EMAIL_DOMAIN = "@seed.example";

    private static final String[] TOPICS = {"arithmetic", "geography", "vocabulary", "history"};
    private static final String[] COUNTRIES = {"PT", "DE", "BR", "JP", "KE"};

    private final LearnerRepository learners;
    private final ItemRepository items;
    private final ItemService itemService;
    private final PracticeService practice;

    LearningSeeder(
            LearnerRepository learners, ItemRepository items, ItemService itemService, PracticeService practice) {
        this.learners = learners;
        this.items = items;
        this.itemService = itemService;
        this.practice = practice;
    }

    public SeedReport seed(SeedSize size) {
        long seedItems = QuarkusTransaction.requiringNew().call(() -> items.count("topic like ?1", TOPIC_PREFIX + "%"));
        int itemsExisting = Math.toIntExact(seedItems);
        for (int index = itemsExisting; index < size.items(); index++) {
            itemService.add(item(index, size.randomSeed()));
        }
        Map<Long, Double> difficulties = QuarkusTransaction.requiringNew()
                .call(() -> items.list("topic like ?1", TOPIC_PREFIX + "%").stream()
                        .collect(
                                Collectors.toMap(item -> item.id, item -> item.difficulty, (a, b) -> a, TreeMap::new)));
        List<Long> itemIds = List.copyOf(difficulties.keySet());
        int created = 0;
        int attempts = 0;
        for (int index = 0; index < size.learners(); index++) {
            String email = email(index);
            int learner = index;
            Optional<UUID> id = QuarkusTransaction.requiringNew()
                    .call(() -> learners.insertIfNew(
                            email, "Seed learner " + (learner + 1), COUNTRIES[learner % COUNTRIES.length]));
            if (id.isPresent()) {
                created++;
                attempts += answer(email, index, size, itemIds, difficulties);
            }
        }
        return new SeedReport(
                created,
                size.learners() - created,
                Math.max(0, size.items() - itemsExisting),
                Math.min(itemsExisting, size.items()),
                attempts);
    }

    public static String email(int index) {
        return "learner-%03d%s".formatted(index + 1, EMAIL_DOMAIN);
    }

    private static NewItem item(int index, long seed) {
        Random random = new Random(seed * 7919 + index);
        String topic = TOPICS[index % TOPICS.length];
        double difficulty = Math.max(-3, Math.min(3, random.nextGaussian()));
        return new NewItem(
                ItemKind.values()[index % ItemKind.values().length],
                TOPIC_PREFIX + topic,
                "Seed question " + (index + 1) + " on " + topic,
                "answer " + (index + 1),
                Math.round(difficulty * 100) / 100.0);
    }

    /**
     * The learner answers as someone of a hidden true ability would, the items' difficulties as they
     * stood when the run began taken for their true ones.
     */
    private int answer(String email, int index, SeedSize size, List<Long> itemIds, Map<Long, Double> difficulties) {
        Random random = new Random(size.randomSeed() * 104_729 + index);
        double trueAbility = random.nextGaussian();
        for (int attempt = 0; attempt < size.attemptsPerLearner(); attempt++) {
            long itemId = itemIds.get(random.nextInt(itemIds.size()));
            double difficulty = difficulties.get(itemId);
            boolean correct = random.nextDouble() < 1 / (1 + Math.exp(-(trueAbility - difficulty)));
            practice.record(email, new AttemptInput(itemId, correct, 2_000L + random.nextInt(20_000)));
        }
        return size.attemptsPerLearner();
    }
}
