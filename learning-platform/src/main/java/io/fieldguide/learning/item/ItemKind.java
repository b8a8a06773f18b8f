package io.fieldguide.learning.item;

/** The database enum {@code item_kind}; constants are spelled as its labels, which is also the JSON. */
public enum ItemKind {
    multiple_choice,
    true_false,
    short_answer
}
