// The app's WatermelonDB schema. Version 2 added the server's created_at and updated_at; the server
// sends a client only the columns of its schema_version, and every record again when it migrates.
const { appSchema, tableSchema } = require('@nozbe/watermelondb')
const { schemaMigrations, addColumns } = require('@nozbe/watermelondb/Schema/migrations')

const feedingColumns = [
  { name: 'feeding_time', type: 'number' },
  { name: 'food_type', type: 'string', isOptional: true },
  { name: 'notes', type: 'string', isOptional: true },
]
const timestampColumns = [
  { name: 'created_at', type: 'number' },
  { name: 'updated_at', type: 'number' },
]

const schema = appSchema({
  version: 2,
  tables: [tableSchema({ name: 'feeding_records', columns: [...feedingColumns, ...timestampColumns] })],
})

const migrations = schemaMigrations({
  migrations: [{ toVersion: 2, steps: [addColumns({ table: 'feeding_records', columns: timestampColumns })] }],
})

// The release still on version 1 (WatermelonClientIT runs one beside the current release).
const schemaV1 = appSchema({
  version: 1,
  tables: [tableSchema({ name: 'feeding_records', columns: feedingColumns })],
})
const migrationsV1 = schemaMigrations({ migrations: [] })

module.exports = { schema, migrations, schemaV1, migrationsV1 }
