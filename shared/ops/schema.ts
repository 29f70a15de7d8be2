import { z } from 'zod';
import { Asset, Assignment, Booth, Exhibitor, Facility, Hall, ProjectSettings, Zone } from '../model/entities';
import { Id } from '../model/primitives';
import type { Operation } from './operation';

const entityChange = <C extends string, T extends z.ZodType>(c: C, entity: T) =>
  z.object({ c: z.literal(c), id: Id, before: entity.nullable(), after: entity.nullable() });

/** Validates operations arriving from another process before they touch a project. */
export const OperationSchema = z.object({
  id: Id,
  label: z.string().max(200),
  labelArgs: z.record(z.string(), z.union([z.string().max(500), z.number()])).optional(),
  changes: z
    .array(
      z.discriminatedUnion('c', [
        entityChange('halls', Hall),
        entityChange('zones', Zone),
        entityChange('booths', Booth),
        entityChange('exhibitors', Exhibitor),
        entityChange('assignments', Assignment),
        entityChange('facilities', Facility),
        entityChange('assets', Asset),
        z.object({ c: z.literal('settings'), before: ProjectSettings, after: ProjectSettings }),
      ]),
    )
    .max(200_000),
}) satisfies z.ZodType<Operation, unknown>;
