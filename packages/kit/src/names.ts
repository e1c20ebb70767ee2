import { ValidationError } from './domain-errors.ts';

/** A display name: trimmed, 1 to 200 characters. `undefined`/`null` pass through (an update leaving it). */
export function checkName(name: string | null | undefined, field = 'name'): string | undefined {
  if (name === undefined || name === null) return undefined;
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200)
    throw new ValidationError(field, 'A name has 1 to 200 characters');
  return trimmed;
}

/** A stable readable id from a name: `readableId('room', 'MFC de Wjukken')` is `room-mfc-de-wjukken`. */
export function readableId(prefix: string, name: string, field = 'name'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (!slug) throw new ValidationError(field, 'A name needs letters or digits');
  return `${prefix}-${slug}`;
}
