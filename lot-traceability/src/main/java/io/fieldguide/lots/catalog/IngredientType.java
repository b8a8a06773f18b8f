package io.fieldguide.lots.catalog;

/** The guide's ingredient_type; INTERMEDIATE and FINISHED_PRODUCT are what runs make. */
public enum IngredientType {
    FLOUR,
    SUGAR,
    FAT,
    DAIRY,
    EGGS,
    YEAST,
    SALT,
    FLAVORING,
    INCLUSION,
    PACKAGING,
    INTERMEDIATE,
    FINISHED_PRODUCT,
    OTHER
}
