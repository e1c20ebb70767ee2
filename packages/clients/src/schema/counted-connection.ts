import { publishedCount } from '../domain/published-counts.ts';
import { builder } from './builder.ts';

type ConnectionType = Parameters<typeof builder.connectionObject>[0]['type'];

/** What a counted list resolver returns: the page, and a count that runs only when asked for. */
export function withTotalCount<Page extends object>(page: Page, count: () => Promise<number>): Page {
  return Object.assign(page, { totalCount: count });
}

/**
 * A Relay connection with `totalCount`. The count is a function on the page (see `withTotalCount`):
 * a COUNT over 20,000 rows is not free, so it runs only when the field is selected. It is published
 * under the CBS rule for small numbers (BR-KT1, `publishedCount`): exact only with personal-data.
 */
export function countedConnection(type: ConnectionType, typeName: string, plural: string) {
  return builder.connectionObject(
    {
      type,
      name: `${typeName}Connection`,
      description: `A page of ${plural}, with the total number that match.`,
      fields: (t) => ({
        totalCount: t.int({
          nullable: true,
          description:
            `How many ${plural} match, over all pages. Exact for a key with the personal-data scope; for any ` +
            'other key under the CBS rule for small numbers (kleine aantallen), filtered or not: null when ' +
            '0–7 (secret, never 0), otherwise rounded to the nearest five.',
          resolve: async (connection, _args, { caller }) =>
            publishedCount(
              caller,
              await (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
            ),
        }),
      }),
    },
    { name: `${typeName}Edge`, description: `One of the ${plural} on a page, with its cursor.` },
  );
}
