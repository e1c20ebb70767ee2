import { addErrorTypes, createBuilder } from '@mienskip/kit';
import type { LocationsContext } from '../context.ts';

export const builder = createBuilder<LocationsContext>();
export const { ErrorInterface } = addErrorTypes(builder);

/** Every locations field needs this scope; finer rules sit on the fields that need them. */
export const READ = { scope: 'locations:read' } as const;

builder.queryType({ description: 'Reading the graph.' });
