import type { z } from 'zod';
import type { countrySchema, entitySchema, militiaSchema, officialSchema, roleSchema } from './registry.ts';

/** The three kinds of entity the archive tags articles with. */
export const ENTITY_KINDS = ['militia', 'country', 'official'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How pages name each kind. */
export const KIND_NAMES: Record<EntityKind, { one: string; many: string }> = {
  militia: { one: 'Militia', many: 'Militias' },
  country: { one: 'Country', many: 'Countries' },
  official: { one: 'Official', many: 'Officials' },
};

// The record types come from the registry's zod schemas (src/lib/entities/registry.ts), where each field is
// documented; there is no second, hand-written copy to drift from them.
export type Country = z.infer<typeof countrySchema>;
export type Militia = z.infer<typeof militiaSchema>;
export type Official = z.infer<typeof officialSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Entity = z.infer<typeof entitySchema>;
