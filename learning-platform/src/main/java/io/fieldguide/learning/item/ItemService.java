package io.fieldguide.learning.item;

import io.fieldguide.migration.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class ItemService {

    private final ItemRepository items;

    ItemService(ItemRepository items) {
        this.items = items;
    }

    @Transactional
    public ItemView add(NewItem input) {
        Item item = new Item();
        item.kind = input.kind();
        item.topic = input.topic().strip();
        item.prompt = input.prompt();
        item.answer = input.answer();
        item.difficulty = input.difficulty() == null ? 0 : input.difficulty();
        items.persist(item);
        return ItemView.of(item);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemView byId(long id) {
        return items.findByIdOptional(id).map(ItemView::of).orElseThrow(() -> notFound(id));
    }

    public static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("No item " + id);
    }
}
