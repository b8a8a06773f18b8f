package io.fieldguide.lots.catalog;

import io.fieldguide.lots.audit.Actor;
import io.fieldguide.lots.catalog.IngredientViews.IngredientView;
import io.fieldguide.lots.catalog.IngredientViews.NewIngredient;
import io.fieldguide.lots.epcis.UnitCodes;
import io.fieldguide.migration.problem.InvalidRequestException;
import io.fieldguide.migration.problem.RefusedException;
import io.fieldguide.migration.problem.ResourceNotFoundException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/** The ingredient catalog. Stock is read from the lots, never kept twice. */
@ApplicationScoped
@Transactional
public class IngredientService {

    private final Actor actor;

    IngredientService(Actor actor) {
        this.actor = actor;
    }

    public IngredientView create(NewIngredient request) {
        actor.recordChangesAsCaller();
        if (UnitCodes.rec20(request.unitOfMeasure()).isEmpty()) {
            throw new InvalidRequestException(
                    "unitOfMeasure",
                    "Unknown unit '" + request.unitOfMeasure() + "': use one of " + UnitCodes.ACCEPTED);
        }
        if (Ingredient.byName(request.name()).isPresent()) {
            throw new RefusedException(request.name(), "An ingredient named " + request.name() + " exists already");
        }
        Ingredient ingredient = new Ingredient();
        ingredient.name = request.name();
        ingredient.type = request.type();
        ingredient.unitOfMeasure = request.unitOfMeasure();
        ingredient.persistAndFlush();
        Ingredient.getEntityManager().refresh(ingredient);
        return view(ingredient);
    }

    public List<IngredientView> list() {
        return Ingredient.<Ingredient>listAll(Sort.by("name")).stream()
                .map(IngredientService::view)
                .toList();
    }

    public IngredientView get(long id) {
        return view(find(id));
    }

    public static Ingredient find(long id) {
        Ingredient ingredient = Ingredient.findById(id);
        if (ingredient == null) {
            throw new ResourceNotFoundException("No ingredient " + id);
        }
        return ingredient;
    }

    static IngredientView view(Ingredient ingredient) {
        BigDecimal stock = (BigDecimal) Ingredient.getEntityManager()
                .createNativeQuery(
                        "SELECT coalesce(sum(quantity_on_hand), 0) FROM ingredient_lots WHERE ingredient_id = :id")
                .setParameter("id", ingredient.id)
                .getSingleResult();
        return new IngredientView(
                ingredient.id, ingredient.name, ingredient.type, ingredient.unitOfMeasure, stock, ingredient.createdAt);
    }
}
