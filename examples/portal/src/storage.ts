/**
 * The portal's storage: one small module an agency can swap for its own. The same SQL runs on PGlite
 * (Postgres in WebAssembly, the default) and on a real Postgres (`DATABASE_URL`, through `pg`).
 * Every write is one statement that changes the document and appends to the audit trail together.
 */

/** A stored document: an envelope with its id, revision and status. */
export interface StoredDocument {
  id: string;
  form: string;
  version: string;
  data: Record<string, unknown>;
  revision: number;
  status: 'draft' | 'submitted';
  updatedAt: string;
}

/** One line of the audit trail: who did what to which revision, at which form version. */
export interface AuditEntry {
  documentId: string;
  revision: number;
  who: string;
  action: 'create' | 'save' | 'submit';
  formVersion: string;
  at: string;
}

/** What the portal needs from a store. Swap this for your own records system. */
export interface Storage {
  create(document: { id: string; form: string; version: string; data: unknown }, who: string): Promise<StoredDocument>;
  load(id: string): Promise<StoredDocument | undefined>;
  /**
   * Stores a new revision only if the stored one is still `expectedRevision`; otherwise stores nothing
   * and returns `undefined` (a concurrent save won).
   */
  save(
    change: { id: string; expectedRevision: number; version: string; data: unknown; status: 'draft' | 'submitted' },
    who: string,
  ): Promise<StoredDocument | undefined>;
  history(id: string): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

/** Anything that runs parameterised SQL and gives rows back: a PGlite database or a `pg` pool. */
export interface SqlClient {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  close(): Promise<void>;
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS documents (
    id text PRIMARY KEY,
    form text NOT NULL,
    version text NOT NULL,
    data jsonb NOT NULL,
    status text NOT NULL DEFAULT 'draft',
    revision integer NOT NULL,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS audit (
    document_id text NOT NULL REFERENCES documents (id),
    revision integer NOT NULL,
    who text NOT NULL,
    action text NOT NULL,
    form_version text NOT NULL,
    at timestamptz NOT NULL,
    PRIMARY KEY (document_id, revision)
  )`,
];

const COLUMNS = 'id, form, version, data::text AS data, status, revision, updated_at';

const CREATE = `WITH created AS (
    INSERT INTO documents (id, form, version, data, status, revision, updated_at)
    VALUES ($1, $2, $3, $4::jsonb, 'draft', 1, now())
    RETURNING ${COLUMNS}
  ), audited AS (
    INSERT INTO audit (document_id, revision, who, action, form_version, at)
    SELECT id, revision, $5, 'create', version, updated_at FROM created
  )
  SELECT * FROM created`;

const SAVE = `WITH updated AS (
    UPDATE documents SET version = $3, data = $4::jsonb, status = $5, revision = revision + 1, updated_at = now()
    WHERE id = $1 AND revision = $2 AND status = 'draft'
    RETURNING ${COLUMNS}
  ), audited AS (
    INSERT INTO audit (document_id, revision, who, action, form_version, at)
    SELECT id, revision, $6, $7, version, updated_at FROM updated
  )
  SELECT * FROM updated`;

const LOAD = `SELECT ${COLUMNS} FROM documents WHERE id = $1`;

const HISTORY = `SELECT document_id, revision, who, action, form_version, at
  FROM audit WHERE document_id = $1 ORDER BY revision`;

interface DocumentRow {
  id: string;
  form: string;
  version: string;
  data: string;
  status: 'draft' | 'submitted';
  revision: number;
  updated_at: Date | string;
}

interface AuditRow {
  document_id: string;
  revision: number;
  who: string;
  action: AuditEntry['action'];
  form_version: string;
  at: Date | string;
}

function toDocument(row: DocumentRow | undefined): StoredDocument | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    form: row.form,
    version: row.version,
    // Read as text and parsed here: JSON.parse keeps own `__proto__` keys as data.
    data: JSON.parse(row.data),
    revision: row.revision,
    status: row.status,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The portal's storage on any {@link SqlClient}; creates the tables if they are missing. */
export async function sqlStorage(client: SqlClient): Promise<Storage> {
  for (const statement of SCHEMA) await client.query(statement);
  return {
    async create(document, who) {
      const { rows } = await client.query<DocumentRow>(CREATE, [
        document.id,
        document.form,
        document.version,
        JSON.stringify(document.data),
        who,
      ]);
      return toDocument(rows[0])!;
    },
    async load(id) {
      return toDocument((await client.query<DocumentRow>(LOAD, [id])).rows[0]);
    },
    async save(change, who) {
      const action = change.status === 'submitted' ? 'submit' : 'save';
      const { rows } = await client.query<DocumentRow>(SAVE, [
        change.id,
        change.expectedRevision,
        change.version,
        JSON.stringify(change.data),
        change.status,
        who,
        action,
      ]);
      return toDocument(rows[0]);
    },
    async history(id) {
      const { rows } = await client.query<AuditRow>(HISTORY, [id]);
      return rows.map((row) => ({
        documentId: row.document_id,
        revision: row.revision,
        who: row.who,
        action: row.action,
        formVersion: row.form_version,
        at: new Date(row.at).toISOString(),
      }));
    },
    close: () => client.close(),
  };
}

/**
 * PGlite by default (in memory, or in `dataDir` when given); a real Postgres when `databaseUrl` is
 * given. The same SQL runs on both.
 */
export async function openStorage(options: { databaseUrl?: string; dataDir?: string } = {}): Promise<Storage> {
  if (options.databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: options.databaseUrl });
    return sqlStorage({
      query: async <Row>(text: string, params?: unknown[]) => ({
        rows: (await pool.query(text, params)).rows as Row[],
      }),
      close: () => pool.end(),
    });
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite(options.dataDir);
  return sqlStorage({
    query: async <Row>(text: string, params?: unknown[]) => ({ rows: (await db.query<Row>(text, params)).rows }),
    close: () => db.close(),
  });
}
