import { newId } from '../model/ids';
import type { CollectionName, EntityOf, Project } from '../model/project';
import type { ProjectSettings } from '../model/entities';
import { jsonEqual, type Change, type Operation } from './operation';

/** Accumulates changes against a document; later edits of the same entity fold into one change. */
export class OperationBuilder {
  private readonly changes: Change[] = [];
  private readonly index = new Map<string, number>();
  private settingsIndex = -1;

  constructor(
    private readonly doc: Project,
    private readonly label: string,
    private readonly labelArgs?: Record<string, string | number>,
  ) {}

  /** The entity as it will be after the changes recorded so far. */
  get<C extends CollectionName>(c: C, id: string): EntityOf<C> | null {
    const i = this.index.get(`${c}/${id}`);
    if (i !== undefined) return this.changes[i]!.after as EntityOf<C> | null;
    return (this.doc[c][id] as EntityOf<C> | undefined) ?? null;
  }

  put<C extends CollectionName>(c: C, entity: EntityOf<C>): this {
    return this.set(c, entity.id, entity);
  }

  update<C extends CollectionName>(c: C, id: string, patch: Partial<EntityOf<C>>): this {
    const cur = this.get(c, id);
    if (!cur) throw new Error(`${c}/${id} does not exist`);
    return this.set(c, id, { ...cur, ...patch } as EntityOf<C>);
  }

  remove<C extends CollectionName>(c: C, id: string): this {
    return this.set(c, id, null);
  }

  settings(patch: Partial<ProjectSettings>): this {
    const before = this.settingsIndex >= 0 ? (this.changes[this.settingsIndex] as { after: ProjectSettings }).after : this.doc.settings;
    const after = { ...before, ...patch };
    if (this.settingsIndex >= 0) (this.changes[this.settingsIndex] as { after: ProjectSettings }).after = after;
    else {
      this.settingsIndex = this.changes.length;
      this.changes.push({ c: 'settings', before: this.doc.settings, after });
    }
    return this;
  }

  private set<C extends CollectionName>(c: C, id: string, after: EntityOf<C> | null): this {
    const key = `${c}/${id}`;
    const i = this.index.get(key);
    if (i !== undefined) {
      (this.changes[i] as { after: unknown }).after = after;
      return this;
    }
    const before = (this.doc[c][id] as EntityOf<C> | undefined) ?? null;
    this.index.set(key, this.changes.length);
    this.changes.push({ c, id, before, after } as Change);
    return this;
  }

  /** The operation, without changes that end where they started. */
  build(id = newId('op')): Operation {
    const changes = this.changes.filter((ch) => !jsonEqual(ch.before, ch.after));
    return { id, label: this.label, labelArgs: this.labelArgs, changes };
  }
}

export function operation(doc: Project, label: string, labelArgs?: Record<string, string | number>): OperationBuilder {
  return new OperationBuilder(doc, label, labelArgs);
}
