import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { isRole, type Role } from '../../shared/sync/roles';
import { INVITE_DAYS, INVITE_ID } from '../../shared/sync/protocol';

export interface Person {
  id: string;
  name: string;
  role: Role;
}

/** What redeeming an invite gives: a person with a token, or why not (the HTTP error code). */
export type Redeemed = { ok: true; person: Person; token: string } | { ok: false; error: 'invite-invalid' | 'invite-expired' };

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
const secret = () => randomBytes(24).toString('base64url');
/** A Buffer over the same memory (better-sqlite3 binds Buffers; `Buffer.from(u8)` would copy a whole show). */
const bytesOf = (u: Uint8Array): Buffer => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));
const DAY_MS = 86_400_000;

/**
 * The server's storage: one SQLite file (WAL) in the data folder holding each show's merged Yjs
 * state, the log of updates accepted since that state was written, the people and the
 * invites. Every accepted update is appended before it leaves the process, so a server killed
 * at any instant reopens with every change it acknowledged; the merged state is rewritten
 * from time to time (Hocuspocus' debounced store) and the log rows it covers dropped in the
 * same SQLite transaction. Tokens and invite codes are kept only as hashes.
 */
export class SyncStore {
  readonly db: Database.Database;
  private readonly q;

  /** `now` is the clock invites expire by (tests move it instead of waiting days). */
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    mkdirSync(dir, { recursive: true });
    this.db = new Database(join(dir, 'pavilion-server.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // Instances joined by Redis may share one data folder.
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX IF NOT EXISTS updates_by_name ON updates(name, seq);
      CREATE TABLE IF NOT EXISTS people (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS invites (code_hash TEXT PRIMARY KEY, role TEXT NOT NULL, created_at TEXT NOT NULL, used_by TEXT, expires_at TEXT);
    `);
    this.addInviteExpiry();
    this.q = {
      state: this.db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?'),
      log: this.db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM updates WHERE name = ? ORDER BY seq'),
      append: this.db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)'),
      maxSeq: this.db.prepare<[string], { m: number | null }>('SELECT MAX(seq) AS m FROM updates WHERE name = ?'),
      put: this.db.prepare('INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at'),
      trim: this.db.prepare('DELETE FROM updates WHERE name = ? AND seq <= ?'),
      names: this.db.prepare<[], { name: string }>('SELECT name FROM documents UNION SELECT DISTINCT name FROM updates'),
      personByToken: this.db.prepare<[string], Person>('SELECT id, name, role FROM people WHERE token_hash = ?'),
      addPerson: this.db.prepare('INSERT INTO people (id, name, role, token_hash, created_at) VALUES (?, ?, ?, ?, ?)'),
      addInvite: this.db.prepare('INSERT INTO invites (code_hash, role, created_at, expires_at) VALUES (?, ?, ?, ?)'),
      invite: this.db.prepare<[string], { role: string; used_by: string | null; expires_at: string | null }>('SELECT role, used_by, expires_at FROM invites WHERE code_hash = ?'),
      useInvite: this.db.prepare('UPDATE invites SET used_by = ? WHERE code_hash = ? AND used_by IS NULL'),
      people: this.db.prepare<[], { id: string; name: string; role: string; created_at: string }>('SELECT id, name, role, created_at FROM people ORDER BY created_at, name'),
      removePerson: this.db.prepare('DELETE FROM people WHERE id = ?'),
      setRole: this.db.prepare('UPDATE people SET role = ? WHERE id = ?'),
      roleOf: this.db.prepare<[string], { role: string }>('SELECT role FROM people WHERE id = ?'),
      countPeople: this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM people'),
      // ISO times in UTC compare as text. A row without an expiry never counts as usable (see addInviteExpiry).
      unusedInvites: this.db.prepare<[string], { code_hash: string; role: string; created_at: string; expires_at: string }>(
        'SELECT code_hash, role, created_at, expires_at FROM invites WHERE used_by IS NULL AND expires_at > ? ORDER BY created_at',
      ),
      withdrawInvite: this.db.prepare('DELETE FROM invites WHERE substr(code_hash, 1, 16) = ? AND used_by IS NULL'),
      unusedAdminInvites: this.db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM invites WHERE role = 'admin' AND used_by IS NULL"),
    };
  }

  /**
   * Invites stored before they expired have no `expires_at`: they get created_at + the default
   * (7 days), as if made with today's rules. Left non-expiring, a code handed out long ago and
   * forgotten — or an admin invite printed at an earlier start while nobody had joined — would
   * stay a way in for good, which is what expiry is for; an admin who still needs one makes a
   * new one in seconds. A row still without one (a made time SQLite cannot read, or written by an
   * older server sharing the folder) counts as expired: no code works without saying until when.
   * Done under an immediate transaction: instances sharing the data folder may open it at the
   * same moment, and only one adds the column.
   */
  private addInviteExpiry(): void {
    this.db
      .transaction(() => {
        const columns = this.db.prepare<[], { name: string }>('PRAGMA table_info(invites)').all();
        if (columns.some((c) => c.name === 'expires_at')) return;
        this.db.exec('ALTER TABLE invites ADD COLUMN expires_at TEXT');
        this.db.prepare("UPDATE invites SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, ?)").run(`+${INVITE_DAYS.default} days`);
      })
      .immediate();
  }

  /** The stored state of a show with every logged update merged in, or null for a new name. */
  load(name: string): Uint8Array | null {
    const row = this.q.state.get(name);
    const log = this.q.log.all(name);
    if (!row && log.length === 0) return null;
    // Buffers are Uint8Arrays: no copy of a show that may be megabytes.
    const parts: Uint8Array[] = [...(row ? [row.state] : []), ...log.map((l) => l.data)];
    return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
  }

  append(name: string, update: Uint8Array): void {
    this.q.append.run(name, bytesOf(update));
  }

  /** Writes the merged state and drops the log rows it already holds (one SQLite transaction). */
  save(name: string, state: Uint8Array, coveredSeq: number | null): void {
    this.db.transaction(() => {
      this.q.put.run(name, bytesOf(state), new Date().toISOString());
      if (coveredSeq !== null) this.q.trim.run(name, coveredSeq);
    })();
  }

  lastSeq(name: string): number | null {
    return this.q.maxSeq.get(name)?.m ?? null;
  }

  documentNames(): string[] {
    return this.q.names.all().map((r) => r.name);
  }

  personByToken(token: string): Person | null {
    const p = this.q.personByToken.get(hash(token));
    return p && isRole(p.role) ? p : null;
  }

  /** A one-use invite for `role` that works for `days`: its code (shown once, kept as a hash) and when it expires. */
  createInvite(role: Role, days: number = INVITE_DAYS.default): { code: string; expires: string } {
    const code = secret();
    const now = this.now();
    const expires = new Date(now.getTime() + days * DAY_MS).toISOString();
    this.q.addInvite.run(hash(code), role, now.toISOString(), expires);
    return { code, expires };
  }

  /**
   * Turns a one-time invite into a person with a token. Refused as `invite-expired` once its time
   * is up (it is kept, so the person is told why rather than "unknown"), as `invite-invalid` when
   * unknown, used or withdrawn.
   */
  redeemInvite(code: string, name: string): Redeemed {
    const invalid = { ok: false, error: 'invite-invalid' } as const;
    return this.db.transaction((): Redeemed => {
      const inv = this.q.invite.get(hash(code));
      if (!inv || inv.used_by !== null || !isRole(inv.role)) return invalid;
      if (inv.expires_at === null || inv.expires_at <= this.now().toISOString()) return { ok: false, error: 'invite-expired' };
      const person: Person = { id: `u_${secret().slice(0, 12)}`, name, role: inv.role };
      if (this.q.useInvite.run(person.id, hash(code)).changes !== 1) return invalid;
      const token = secret();
      this.q.addPerson.run(person.id, person.name, person.role, hash(token), new Date().toISOString());
      return { ok: true, person, token };
    })();
  }

  /**
   * Invites made, not used yet and not expired, oldest first (an expired one no longer lets anyone
   * join, so it is not offered as waiting). Only their hashes are kept, so an invite is named by
   * the start of its hash (`i_` + 16 hex digits): enough to withdraw it, useless to join.
   */
  unusedInvites(): { id: string; role: Role; since: string; expires: string }[] {
    return this.q.unusedInvites
      .all(this.now().toISOString())
      .flatMap((i) => (isRole(i.role) ? [{ id: `i_${i.code_hash.slice(0, 16)}`, role: i.role, since: i.created_at, expires: i.expires_at }] : []));
  }

  /** Withdraws an invite not used yet: its code no longer lets anyone join. False when unknown or used. */
  withdrawInvite(id: string): boolean {
    if (!INVITE_ID.test(id)) return false;
    return this.q.withdrawInvite.run(id.slice(2)).changes > 0;
  }

  /** Everyone who holds a token (has access), in the order they joined. */
  people(): (Person & { since: string })[] {
    return this.q.people.all().flatMap((p) => (isRole(p.role) ? [{ id: p.id, name: p.name, role: p.role, since: p.created_at }] : []));
  }

  /** The person's role now, or null once their access is gone (an indexed lookup: checked per update). */
  roleOf(id: string): Role | null {
    const role = this.q.roleOf.get(id)?.role;
    return role !== undefined && isRole(role) ? role : null;
  }

  /** Takes a person's access away: their token no longer authenticates. False when unknown. */
  revokePerson(id: string): boolean {
    return this.q.removePerson.run(id).changes === 1;
  }

  /** Gives a person another role (their token stays). False when unknown. */
  setRole(id: string, role: Role): boolean {
    return this.q.setRole.run(role, id).changes === 1;
  }

  /**
   * A fresh admin invite while nobody has joined yet (printed at start-up), else null. It expires
   * like any other: a restart prints a new one while nobody has joined, so a lapsed one costs a
   * restart, whereas one that never expired would stay a working admin code in the server's
   * output (and logs) for good — each start while nobody has joined makes another, and those
   * not used stay valid after the first admin has joined.
   */
  firstAdminInvite(): string | null {
    if (this.q.countPeople.get()!.n > 0) return null;
    return this.createInvite('admin').code;
  }

  close(): void {
    this.db.close();
  }
}
