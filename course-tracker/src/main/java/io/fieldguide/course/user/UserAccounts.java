package io.fieldguide.course.user;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Creates accounts and checks passwords; passwords are stored as bcrypt hashes only. */
@ApplicationScoped
public class UserAccounts {

    /** Checked when the e-mail address is unknown, so that both failures take as long. */
    private static final String NO_SUCH_USER_HASH = BcryptUtil.bcryptHash("no such user");

    @Transactional
    public User create(String email, String password, String firstName, String lastName, Set<String> roles) {
        User user = new User();
        user.email = User.normaliseEmail(email);
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.firstName = firstName;
        user.lastName = lastName;
        user.fullName = FullName.of(firstName, lastName, user.email);
        user.roles = new TreeSet<>(roles);
        user.persist();
        return user;
    }

    /** Creates the account unless one has the address; true when it did. */
    @Transactional
    public boolean createIfAbsent(String email, String password, String firstName, String lastName, Set<String> roles) {
        if (User.findByEmail(email).isPresent()) {
            return false;
        }
        create(email, password, firstName, lastName, roles);
        return true;
    }

    /** Sets a new password on an existing account, or creates it. */
    @Transactional
    public User upsert(String email, String password, String firstName, String lastName, Set<String> roles) {
        Optional<User> existing = User.findByEmail(email);
        if (existing.isEmpty()) {
            return create(email, password, firstName, lastName, roles);
        }
        User user = existing.get();
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.roles.clear();
        user.roles.addAll(roles);
        return user;
    }

    /** The user whose password this is, with the login recorded; empty for an unknown address or a wrong password. */
    @Transactional
    public Optional<User> authenticate(String email, String password) {
        Optional<User> user = User.findByEmail(email);
        boolean matches =
                BcryptUtil.matches(password, user.map(u -> u.passwordHash).orElse(NO_SUCH_USER_HASH));
        if (user.isEmpty() || !matches) {
            return Optional.empty();
        }
        user.get().lastLogin = Instant.now();
        return user;
    }
}
