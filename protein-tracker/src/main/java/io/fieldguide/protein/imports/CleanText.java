package io.fieldguide.protein.imports;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Descriptions and names as the app should have stored them: HTML tags removed, HTML entities
 * decoded ({@code &amp;} and the other named entities of XML and HTML's {@code &nbsp;}, plus
 * numeric ones), control characters (NUL included) turned into spaces, whitespace collapsed,
 * trimmed.
 */
final class CleanText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Map<String, String> NAMED =
            Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    private CleanText() {}

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = TAG.matcher(raw).replaceAll(" ");
        text = decodeEntities(text);
        text = CONTROL.matcher(text).replaceAll(" ");
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    private static String decodeEntities(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String body = entity.group(1);
            String replacement = entity.group();
            if (body.startsWith("#")) {
                int codePoint = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16)
                        : Integer.parseInt(body.substring(1));
                if (Character.isValidCodePoint(codePoint)
                        && codePoint != 0
                        && !Character.isSurrogate((char) codePoint)) {
                    replacement = new String(Character.toChars(codePoint));
                }
            } else if (NAMED.containsKey(body.toLowerCase())) {
                replacement = NAMED.get(body.toLowerCase());
            }
            entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }
}
