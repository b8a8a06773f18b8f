package io.fieldguide.learning.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A learner: a row of the guide's {@code users} table. The adaptive model's estimate of the
 * learner ({@code ability}, {@code answersSeen}) changes with every attempt, under a row lock
 * (see {@code PracticeService}).
 */
@Entity
@Table(name = "users")
public class Learner {

    @Id
    public UUID id;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "country_code")
    public String countryCode;

    public double ability;

    @Column(name = "answers_seen")
    public long answersSeen;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
