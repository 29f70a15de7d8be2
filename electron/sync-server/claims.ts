import type { Redis } from 'ioredis';
import type { UpdateKey } from '../../shared/sync/update-keys';

/**
 * First-come across server instances. Each record key has a register in Redis naming the item
 * that holds it; an update may write a key only if it builds on that item (compare-and-set,
 * all keys of one update at once, in one Lua script so two instances cannot both win). A key
 * with no register yet takes the writer's. Without it, two instances could each accept a
 * claim on the same booth before hearing of the other's, and one acknowledged change would be
 * lost when the two merge.
 */
const CAS = `
local fails = {}
for i = 1, #KEYS do
  local cur = redis.call('GET', KEYS[i])
  if cur and cur ~= ARGV[2 * i - 1] then table.insert(fails, i); table.insert(fails, cur) end
end
if #fails == 0 then
  for i = 1, #KEYS do redis.call('SET', KEYS[i], ARGV[2 * i]) end
end
return fails
`;

/** After a refused key was restored: move the register from the refused item to the restoring one. */
const SETTLE = `
for i = 1, #KEYS do
  local cur = redis.call('GET', KEYS[i])
  if (not cur) or cur == ARGV[2 * i - 1] then redis.call('SET', KEYS[i], ARGV[2 * i]) end
end
return 1
`;

export class ClaimRegister {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'pavilion:reg',
    private readonly timeoutMs = 2000,
  ) {}

  private key(doc: string, root: string, key: string) {
    return `${this.prefix}:${doc}:${root}:${key}`;
  }

  private timed<T>(p: Promise<T>): Promise<T> {
    return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('redis timeout')), this.timeoutMs).unref())]);
  }

  /**
   * Keys (as `root\0key`) another instance already moved past the update's base, each with the
   * item that holds it there (the caller waits for that item before deciding, so the winner it
   * restores is the other instance's, not its own stale view). Empty: the update may go ahead.
   */
  async stale(doc: string, keys: readonly UpdateKey[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (keys.length === 0) return out;
    const ks = keys.map((k) => this.key(doc, k.root, k.key));
    const args = keys.flatMap((k) => [k.base, k.head]);
    const fails = (await this.timed(this.redis.eval(CAS, ks.length, ...ks, ...args))) as (number | string)[];
    for (let j = 0; j < fails.length; j += 2) {
      const k = keys[Number(fails[j]) - 1]!;
      out.set(`${k.root}\u0000${k.key}`, String(fails[j + 1]));
    }
    return out;
  }

  async settle(doc: string, moves: readonly { root: string; key: string; from: string; to: string }[]): Promise<void> {
    if (moves.length === 0) return;
    const ks = moves.map((m) => this.key(doc, m.root, m.key));
    await this.timed(this.redis.eval(SETTLE, ks.length, ...ks, ...moves.flatMap((m) => [m.from, m.to])));
  }
}
