package io.fieldguide.lots.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;

/**
 * The caller behind a write, named in the audit log. The audit triggers read it from the transaction
 * setting {@code fieldguide.actor}, so it is set on the transaction's own connection, first thing in
 * every write: the audit row and the change commit or roll back together.
 */
@RequestScoped
public class Actor {

    private final SecurityIdentity identity;
    private final EntityManager entityManager;

    Actor(SecurityIdentity identity, EntityManager entityManager) {
        this.identity = identity;
        this.entityManager = entityManager;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** Names the caller for the audit triggers of the current transaction; returns the name. */
    public String recordChangesAsCaller() {
        String name = name();
        entityManager
                .createNativeQuery("SELECT set_config('fieldguide.actor', :actor, true)")
                .setParameter("actor", name)
                .getSingleResult();
        return name;
    }
}
