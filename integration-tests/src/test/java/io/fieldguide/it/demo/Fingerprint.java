package io.fieldguide.it.demo;

/** What {@link TableCheck#fingerprintSql} answers for one table at one moment. */
record Fingerprint(String table, long rows, String md5) {

    String shortForm() {
        return String.format("%,d rows, md5 %s", rows, md5.substring(0, Math.min(12, md5.length())));
    }
}
