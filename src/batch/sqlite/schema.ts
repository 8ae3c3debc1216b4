import { SEARCH_INDEX_DDL } from './search-index.js'

/**
 * The tables, indexes and views of a gongwen SQLite archive. Ids are INTEGER PRIMARY KEYs that
 * never change once written (merge shifts them by a per-table offset, keeping every foreign key
 * pointing at the same row). A nested document (a plan issued by a notice) is its own row in
 * `documents` with `parent_id` set; its clauses, tasks … hang off that row.
 */

/** Bumped whenever a table changes; merge and resume refuse archives of another version. 2: per-character search index. */
export const ARCHIVE_VERSION = 2

/** Tables in foreign-key order (a table only references tables before it), with their id-bearing columns. */
export const TABLES: readonly { name: string; refs: Record<string, string> }[] = [
  { name: 'documents', refs: { parent_id: 'documents' } },
  { name: 'failures', refs: {} },
  { name: 'inputs', refs: { document_id: 'documents', failure_id: 'failures' } },
  { name: 'clauses', refs: { document_id: 'documents', parent_id: 'clauses' } },
  { name: 'tasks', refs: { document_id: 'documents', clause_id: 'clauses' } },
  { name: 'roles', refs: { task_id: 'tasks' } },
  { name: 'units', refs: { document_id: 'documents', role_id: 'roles' } },
  { name: 'deadlines', refs: { task_id: 'tasks' } },
  { name: 'stages', refs: { document_id: 'documents' } },
  { name: 'refs', refs: { document_id: 'documents' } },
  { name: 'history', refs: { document_id: 'documents' } },
  { name: 'diagnostics', refs: { document_id: 'documents' } },
]

export const DDL = `
CREATE TABLE IF NOT EXISTS archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES documents(id),
  input TEXT NOT NULL,
  part TEXT NOT NULL DEFAULT '',
  sha256 TEXT,
  title TEXT,
  doc_type TEXT,
  doc_number TEXT,
  doc_number_raw TEXT,
  issuer_code TEXT,
  doc_year INTEGER,
  doc_serial INTEGER,
  issuers TEXT,
  authority TEXT,
  signed_date TEXT,
  published_date TEXT,
  effective_date TEXT,
  expiry_date TEXT,
  level TEXT,
  status TEXT,
  subject TEXT,
  index_number TEXT,
  period_start TEXT,
  period_end TEXT,
  period_raw TEXT,
  encoding TEXT,
  script TEXT,
  converted INTEGER,
  format TEXT,
  length INTEGER,
  json TEXT
);
CREATE INDEX IF NOT EXISTS documents_parent ON documents(parent_id);
CREATE INDEX IF NOT EXISTS documents_number ON documents(doc_number);
CREATE INDEX IF NOT EXISTS documents_title ON documents(title);
CREATE INDEX IF NOT EXISTS documents_input ON documents(input);
CREATE TABLE IF NOT EXISTS failures (
  id INTEGER PRIMARY KEY,
  input TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS inputs (
  key TEXT NOT NULL,
  document_id INTEGER REFERENCES documents(id),
  failure_id INTEGER REFERENCES failures(id)
);
CREATE INDEX IF NOT EXISTS inputs_key ON inputs(key);
CREATE TABLE IF NOT EXISTS clauses (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  parent_id INTEGER REFERENCES clauses(id),
  seq INTEGER NOT NULL,
  path TEXT NOT NULL,
  marker TEXT NOT NULL,
  style TEXT,
  number INTEGER,
  level INTEGER NOT NULL,
  heading TEXT,
  text TEXT NOT NULL,
  line INTEGER,
  end_line INTEGER,
  start_offset INTEGER,
  end_offset INTEGER
);
CREATE INDEX IF NOT EXISTS clauses_document ON clauses(document_id, path);
CREATE TABLE IF NOT EXISTS tasks (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  clause_id INTEGER REFERENCES clauses(id),
  seq INTEGER NOT NULL,
  path TEXT NOT NULL,
  title TEXT NOT NULL,
  line INTEGER,
  start_offset INTEGER,
  end_offset INTEGER
);
CREATE INDEX IF NOT EXISTS tasks_document ON tasks(document_id);
CREATE TABLE IF NOT EXISTS roles (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  seq INTEGER NOT NULL,
  role TEXT NOT NULL,
  label TEXT NOT NULL,
  scope TEXT,
  inherited INTEGER NOT NULL DEFAULT 0,
  line INTEGER
);
CREATE INDEX IF NOT EXISTS roles_task ON roles(task_id);
CREATE TABLE IF NOT EXISTS units (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  role_id INTEGER REFERENCES roles(id),
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  canonical TEXT,
  kind TEXT NOT NULL,
  line INTEGER
);
CREATE INDEX IF NOT EXISTS units_role ON units(role_id);
CREATE INDEX IF NOT EXISTS units_canonical ON units(canonical);
CREATE TABLE IF NOT EXISTS deadlines (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  date TEXT,
  start TEXT,
  "end" TEXT,
  precision TEXT NOT NULL,
  raw TEXT NOT NULL,
  inferred_year TEXT,
  recurrence TEXT,
  line INTEGER
);
CREATE INDEX IF NOT EXISTS deadlines_task ON deadlines(task_id);
CREATE INDEX IF NOT EXISTS deadlines_date ON deadlines(date);
CREATE TABLE IF NOT EXISTS stages (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  raw TEXT NOT NULL,
  start TEXT,
  "end" TEXT,
  goal TEXT,
  line INTEGER
);
CREATE TABLE IF NOT EXISTS refs (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  title TEXT NOT NULL,
  doc_number TEXT,
  doc_number_raw TEXT,
  line INTEGER,
  start_offset INTEGER,
  end_offset INTEGER
);
CREATE INDEX IF NOT EXISTS refs_document ON refs(document_id);
CREATE TABLE IF NOT EXISTS history (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  kind TEXT,
  date TEXT,
  raw TEXT,
  line INTEGER,
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS diagnostics (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  severity TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  line INTEGER,
  start_offset INTEGER,
  end_offset INTEGER
);
CREATE INDEX IF NOT EXISTS diagnostics_document ON diagnostics(document_id);
CREATE TABLE IF NOT EXISTS citations (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  ref_id INTEGER NOT NULL REFERENCES refs(id),
  cited_id INTEGER REFERENCES documents(id),
  matched_by TEXT,
  raw TEXT NOT NULL,
  line INTEGER,
  start_offset INTEGER,
  end_offset INTEGER
);
CREATE INDEX IF NOT EXISTS citations_document ON citations(document_id);
CREATE INDEX IF NOT EXISTS citations_cited ON citations(cited_id);
${SEARCH_INDEX_DDL}

CREATE VIEW IF NOT EXISTS responsibility AS
SELECT d.id AS document_id, d.input, d.title AS document, d.doc_number,
       t.id AS task_id, t.path, t.title AS task, t.line,
       r.role, r.label, r.scope,
       u.name AS unit, coalesce(u.canonical, u.name) AS canonical, u.kind AS unit_kind,
       (SELECT group_concat(x.raw, '；') FROM (SELECT raw FROM deadlines WHERE task_id = t.id ORDER BY seq) x) AS deadlines,
       (SELECT min(coalesce(date, "end")) FROM deadlines WHERE task_id = t.id) AS due_date
FROM tasks t
JOIN documents d ON d.id = t.document_id
JOIN roles r ON r.task_id = t.id
JOIN units u ON u.role_id = r.id;

CREATE VIEW IF NOT EXISTS due AS
SELECT coalesce(dl.date, dl."end") AS due_date, dl.kind, dl.precision, dl.raw,
       t.title AS task, t.path, t.line,
       (SELECT group_concat(x.unit, '、') FROM (SELECT coalesce(u.canonical, u.name) AS unit FROM roles r JOIN units u ON u.role_id = r.id
          WHERE r.task_id = t.id AND r.role = 'lead' ORDER BY r.seq, u.seq) x) AS lead,
       d.title AS document, d.doc_number, d.input, d.status,
       dl.id AS deadline_id, t.id AS task_id, d.id AS document_id
FROM deadlines dl
JOIN tasks t ON t.id = dl.task_id
JOIN documents d ON d.id = t.document_id
WHERE coalesce(dl.date, dl."end") IS NOT NULL
ORDER BY due_date, dl.id;
`
