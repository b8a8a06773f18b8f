// The app's synchronize() call against the feeding tracker. Record ids are the server's client_id,
// a UUID: call useUuidIds() once before creating any record.
const { synchronize } = require('@nozbe/watermelondb/sync')
const { setGenerator } = require('@nozbe/watermelondb/utils/common/randomId')

function useUuidIds() {
  setGenerator(() => crypto.randomUUID())
}

class SyncConflict extends Error {}

async function sendOrThrow(response) {
  if (response.status === 409) {
    throw new SyncConflict(await response.text())
  }
  if (!response.ok) {
    // 410: the server purged deletions this database never saw; reset it and sync from scratch.
    throw new Error(`sync failed with ${response.status}: ${await response.text()}`)
  }
  return response.json()
}

async function sync(database, serverUrl, { attempts = 3, log } = {}) {
  const url = `${serverUrl}/api/feedings/watermelon/sync`
  for (let attempt = 1; ; attempt++) {
    try {
      await synchronize({
        database,
        pullChanges: async ({ lastPulledAt, schemaVersion, migration }) => {
          const query = `last_pulled_at=${lastPulledAt ?? null}&schema_version=${schemaVersion}` +
            `&migration=${encodeURIComponent(JSON.stringify(migration ?? null))}`
          const { changes, timestamp } = await sendOrThrow(await fetch(`${url}?${query}`))
          return { changes, timestamp }
        },
        pushChanges: async ({ changes, lastPulledAt }) => {
          await sendOrThrow(await fetch(`${url}?last_pulled_at=${lastPulledAt}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(changes),
          }))
        },
        migrationsEnabledAtVersion: 1,
        // The server sends every record as updated: it cannot tell which device created one, and a
        // record this device pushed comes back in its next pull.
        sendCreatedAsUpdated: true,
        log,
      })
      return attempt
    } catch (error) {
      // A record changed on the server since our pull: the next synchronize() pulls it, merges it
      // with the local edit (the local edit's changed columns win) and pushes again.
      if (!(error instanceof SyncConflict) || attempt >= attempts) {
        throw error
      }
    }
  }
}

module.exports = { sync, useUuidIds, SyncConflict }
