package io.fieldguide.migration.embedded;

/** The dev-only JWT key pair shipped in the core jar (see META-INF/fieldguide/README.md). */
public final class DevKeys {

    public static final String VERIFY_PROPERTY = "mp.jwt.verify.publickey.location";
    public static final String SIGN_PROPERTY = "smallrye.jwt.sign.key.location";
    public static final String PUBLIC_KEY = "META-INF/fieldguide/dev-only-jwt-public.pem";
    public static final String PRIVATE_KEY = "META-INF/fieldguide/dev-only-jwt-private.pem";

    private DevKeys() {}

    public static boolean isDevKey(String location) {
        return location != null && location.contains("dev-only-jwt-");
    }
}
