package io.fieldguide.protein.user;

import java.security.SecureRandom;

/** User ids in Prisma's cuid() shape ('c' and 24 lower-case base-36 characters), as the old release made them. */
public final class Cuid {

    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Cuid() {}

    public static String next() {
        StringBuilder id = new StringBuilder("c");
        for (int i = 0; i < 24; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
