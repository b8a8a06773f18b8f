package io.fieldguide.learning.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A practice item. {@code difficulty} and {@code answersSeen} are the adaptive model's estimate,
 * changed with every attempt under a row lock; {@code attemptCount} and {@code correctCount} belong
 * to the database (the trigger of 0003), so Hibernate never writes them.
 */
@Entity
@Table(name = "items")
public class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    public ItemKind kind;

    public String topic;

    public String prompt;

    public String answer;

    public double difficulty;

    @Column(name = "answers_seen")
    public long answersSeen;

    @Column(name = "attempt_count", insertable = false, updatable = false)
    public long attemptCount;

    @Column(name = "correct_count", insertable = false, updatable = false)
    public long correctCount;
}
