package io.fieldguide.migration.embedded;

import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import java.io.IOException;
import java.math.BigInteger;
import java.security.Key;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The dev-only JWT key pair shipped in the core jar (see META-INF/fieldguide/README.md), recognised
 * by its key material: the same key copied to another path, given inline, or as a JWK is still the
 * dev key. Both halves of an RSA pair share the modulus, so one comparison covers public and
 * private keys.
 */
public final class DevKeys {

    public static final String VERIFY_PROPERTY = "mp.jwt.verify.publickey.location";
    public static final String VERIFY_INLINE_PROPERTY = "mp.jwt.verify.publickey";
    public static final String SIGN_PROPERTY = "smallrye.jwt.sign.key.location";
    public static final String SIGN_INLINE_PROPERTY = "smallrye.jwt.sign.key";
    public static final String PUBLIC_KEY = "META-INF/fieldguide/dev-only-jwt-public.pem";
    public static final String PRIVATE_KEY = "META-INF/fieldguide/dev-only-jwt-private.pem";

    private DevKeys() {}

    /** Whether the key at this location (classpath, file: or a URL) is one of the dev pair. */
    public static boolean isDevKey(String location) {
        if (location == null || location.isBlank()) {
            return false;
        }
        try {
            return isDevKeyContent(ResourceUtils.readResource(location));
        } catch (IOException | RuntimeException e) {
            // Unreadable here means unreadable for SmallRye JWT too, which then fails on its own.
            return false;
        }
    }

    /** Whether this key text (PEM, base64 DER, a JWK or a JWK set) is one of the dev pair. */
    public static boolean isDevKeyContent(String content) {
        if (content == null || content.isBlank()) {
            return false;
        }
        BigInteger devModulus = DevModulus.VALUE;
        return moduli(content).stream().anyMatch(devModulus::equals);
    }

    private static List<BigInteger> moduli(String content) {
        List<BigInteger> moduli = new ArrayList<>();
        if (content.trim().startsWith("{")) {
            List<JsonWebKey> keys = KeyUtils.loadJsonWebKeys(content);
            if (keys != null) {
                keys.stream()
                        .filter(RsaJsonWebKey.class::isInstance)
                        .map(key -> ((RsaJsonWebKey) key).getRsaPublicKey().getModulus())
                        .forEach(moduli::add);
            }
            return moduli;
        }
        addModulus(moduli, () -> KeyUtils.decodePublicKey(content));
        addModulus(moduli, () -> KeyUtils.decodePrivateKey(content));
        return moduli;
    }

    private interface KeyReader {
        Key read() throws Exception;
    }

    private static void addModulus(List<BigInteger> moduli, KeyReader reader) {
        try {
            if (reader.read() instanceof RSAKey rsa) {
                moduli.add(rsa.getModulus());
            }
        } catch (Exception notThisKind) {
            // neither a public nor a private key of this encoding: nothing to compare
        }
    }

    /** Read once, from the public half shipped in the jar. */
    private static final class DevModulus {
        static final BigInteger VALUE = read();

        private static BigInteger read() {
            try {
                return ((RSAKey) KeyUtils.readPublicKey(PUBLIC_KEY)).getModulus();
            } catch (Exception e) {
                throw new IllegalStateException("The dev-only public key is missing from the core jar", e);
            }
        }
    }
}
