/** Organisations: who they are, and the checks on registering and changing one. */
import {
  checkName,
  NotFoundError,
  type OrganisationKind,
  readableId,
  ValidationError,
} from '@mienskip/kit/rules';
import { isAgbCode } from './agb.ts';
import { refusalOf } from './refusal.ts';

export interface NewOrganisationInput {
  name: string;
  kind: OrganisationKind;
  agbCode?: string | null | undefined;
  description?: string | null | undefined;
}

/** An organisation as it is registered, with its readable id (`org-<name>`). */
export interface NewOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  agbCode: string | null;
  description: string | null;
}

/** Changes to an organisation: left out stays as it is; a null AGB code or description removes it. */
export interface OrganisationUpdate {
  name?: string | null | undefined;
  agbCode?: string | null | undefined;
  description?: string | null | undefined;
}

export interface OrganisationChanges {
  name?: string;
  agbCode?: string | null;
  description?: string | null;
}

/** An AGB code, when given, has exactly eight digits (BR-BU6). */
export function agbRefusal(agbCode: string | null | undefined): ValidationError | null {
  if (agbCode === undefined || agbCode === null || isAgbCode(agbCode)) return null;
  return new ValidationError('agbCode', 'An AGB code has exactly eight digits');
}

export function decideNewOrganisation(input: NewOrganisationInput): ValidationError | NewOrganisation {
  const name = refusalOf(() => checkName(input.name));
  if (name instanceof ValidationError) return name;
  const agb = agbRefusal(input.agbCode);
  if (agb) return agb;
  const id = refusalOf(() => readableId('org', name!));
  if (id instanceof ValidationError) return id;
  return {
    id,
    name: name!,
    kind: input.kind,
    agbCode: input.agbCode ?? null,
    description: input.description ?? null,
  };
}

/** The name or the id made from it is taken: names are unique, and so are the ids made from them. */
export function alreadyRegistered(id: string): ValidationError {
  return new ValidationError('name', `An organisation with this name or id "${id}" already exists`);
}

export function decideOrganisationChanges(update: OrganisationUpdate): ValidationError | OrganisationChanges {
  const name = refusalOf(() => checkName(update.name));
  if (name instanceof ValidationError) return name;
  const agb = agbRefusal(update.agbCode);
  if (agb) return agb;
  return {
    ...(name && { name }),
    ...(update.agbCode !== undefined && { agbCode: update.agbCode }),
    ...(update.description !== undefined && { description: update.description }),
  };
}

/** Every organisation referred to exists; the first unknown one is named. */
export function unknownOrganisation(
  ids: readonly string[],
  knownOrganisations: ReadonlySet<string>,
): NotFoundError | null {
  const unknown = ids.find((id) => !knownOrganisations.has(id));
  return unknown === undefined ? null : new NotFoundError('Organisation', unknown);
}
