package io.fieldguide.feeding.watermelon;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a push did (WatermelonDB only needs the 2xx): records created, updated and deleted, and
 * those left as they were because the server already had them so (a retried push) or because the
 * change was moot (a delete of a missing record, a change to a record whose deletion the client has
 * already pulled).
 */
@Schema(name = "WatermelonPushResult")
public record PushResult(int created, int updated, int deleted, int unchanged) {}
