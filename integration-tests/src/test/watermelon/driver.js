// Driven by WatermelonClientIT: one JSON command per line on stdin, one JSON answer per line on
// stdout. Each device is a WatermelonDB database on the LokiJS adapter (in memory), running the
// app code of app/ exactly as feeding-tracker/README.md shows it.
const readline = require('node:readline')
const { Database, Q } = require('@nozbe/watermelondb')
const LokiJSAdapter = require('@nozbe/watermelondb/adapters/lokijs').default
const { hasUnsyncedChanges } = require('@nozbe/watermelondb/sync')
const { schema, migrations, schemaV1, migrationsV1 } = require('./app/schema')
const { Feeding } = require('./app/Feeding')
const { sync, useUuidIds } = require('./app/sync')

// stdout carries the answers; WatermelonDB's own logging goes to stderr.
console.log = console.error

// Node 18 has Web Crypto only as a module; the app code calls the global crypto.randomUUID().
globalThis.crypto ??= require('node:crypto').webcrypto

const serverUrl = process.argv[2]
const devices = new Map()
useUuidIds()

function openDevice(name, schemaVersion) {
  const adapter = new LokiJSAdapter({
    schema: schemaVersion === 1 ? schemaV1 : schema,
    migrations: schemaVersion === 1 ? migrationsV1 : migrations,
    useWebWorker: false,
    useIncrementalIndexedDB: false,
    dbName: name,
  })
  devices.set(name, new Database({ adapter, modelClasses: [Feeding] }))
}

const feedings = (device) => devices.get(device).get('feeding_records')

const commands = {
  open: ({ device, schema_version }) => openDevice(device, schema_version),

  create: ({ device, feeding_time, food_type, notes }) =>
    devices.get(device).write(async () => {
      const created = await feedings(device).create((feeding) => {
        feeding.feedingTime = new Date(feeding_time)
        feeding.foodType = food_type
        feeding.notes = notes
      })
      return { id: created.id }
    }),

  update: ({ device, id, ...columns }) =>
    devices.get(device).write(async () => {
      const feeding = await feedings(device).find(id)
      await feeding.update((record) => {
        if ('food_type' in columns) record.foodType = columns.food_type
        if ('notes' in columns) record.notes = columns.notes
      })
    }),

  delete: ({ device, id }) =>
    devices.get(device).write(async () => {
      const feeding = await feedings(device).find(id)
      await feeding.markAsDeleted()
    }),

  sync: async ({ device }) => {
    const log = {}
    const attempts = await sync(devices.get(device), serverUrl, { log })
    return {
      attempts,
      remote_change_count: log.remoteChangeCount,
      local_change_count: log.localChangeCount ?? 0,
      last_pulled_at: log.newLastPulledAt,
    }
  },

  // Like sync, but the racer device syncs between this device's pull and its push, as another phone
  // would: the push then meets a record changed since the pull.
  sync_raced: async ({ device, racer }) => {
    const realFetch = globalThis.fetch
    let raced = false
    globalThis.fetch = async (url, init) => {
      if (!raced && init?.method === 'POST') {
        raced = true
        await commands.sync({ device: racer })
      }
      return realFetch(url, init)
    }
    try {
      return await commands.sync({ device })
    } finally {
      globalThis.fetch = realFetch
    }
  },

  records: async ({ device }) => {
    const all = await feedings(device).query(Q.sortBy('id')).fetch()
    return {
      records: all.map(({ _raw }) => {
        const { _status, _changed, ...columns } = _raw
        return columns
      }),
      unsynced: await hasUnsyncedChanges({ database: devices.get(device) }),
    }
  },
}

const lines = readline.createInterface({ input: process.stdin })
let queue = Promise.resolve()
lines.on('line', (line) => {
  queue = queue.then(async () => {
    const command = JSON.parse(line)
    try {
      const result = await commands[command.op](command)
      process.stdout.write(JSON.stringify({ ok: true, result: result ?? null }) + '\n')
    } catch (error) {
      process.stdout.write(JSON.stringify({ ok: false, error: String(error && error.stack || error) }) + '\n')
    }
  })
})
