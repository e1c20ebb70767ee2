import { checkName, DomainError, NotFoundError } from '@mienskip/kit/rules';
import { attempt, type Decision } from './decision.ts';
import type { WorkerRole } from './roles.ts';

export interface WorkerInput {
  name: string;
  role: WorkerRole;
  organisationId: string;
  roomIds?: readonly string[] | null;
}

export interface NewWorker {
  name: string;
  role: WorkerRole;
  organisationId: string;
  /** The rooms the worker works in, each once. */
  roomIds: string[];
}

/** A worker or volunteer: a valid name, and only rooms that exist (`knownRoomIds`, as looked up). */
export function planWorker(input: WorkerInput, knownRoomIds: readonly string[]): Decision<NewWorker> {
  const name = attempt(() => checkName(input.name)!);
  if (name instanceof DomainError) return name;
  const roomIds = [...new Set(input.roomIds ?? [])];
  const missing = roomIds.find((id) => !knownRoomIds.includes(id));
  if (missing) return new NotFoundError('Room', missing);
  return { name, role: input.role, organisationId: input.organisationId, roomIds };
}
