package io.fieldguide.it.demo;

import java.util.List;

/**
 * The rows of one table that existed before the upgrade, fingerprinted: their count and an md5 over
 * every row in key order. {@code kept} are the columns no migration may change; {@code restored}
 * adds those that the upgrade changes on purpose and the rollback must put back exactly.
 * {@code preExisting} leaves out the rows the demo's writer adds meanwhile.
 */
record TableCheck(String table, String key, List<String> kept, List<String> restored, String preExisting) {

    static TableCheck of(String table, String key, List<String> columns, String preExisting) {
        return new TableCheck(table, key, columns, columns, preExisting);
    }

    TableCheck restoring(List<String> changedByTheUpgrade) {
        List<String> all = new java.util.ArrayList<>(kept);
        all.addAll(changedByTheUpgrade);
        return new TableCheck(table, key, kept, List.copyOf(all), preExisting);
    }

    /** count and md5 of the rows' text forms, in key order (one md5 per row keeps string_agg small). */
    String fingerprintSql(boolean restoredColumns) {
        String row = "ROW(" + String.join(", ", restoredColumns ? restored : kept) + ")::text";
        return "SELECT count(*), coalesce(md5(string_agg(md5(" + row + "), '' ORDER BY " + key + ")), '-') FROM "
                + table + " WHERE " + preExisting;
    }
}
