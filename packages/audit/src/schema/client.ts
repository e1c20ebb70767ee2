import { isMunicipal } from '@mienskip/kit/rules';
import { contextLoader } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { GraphQLError } from 'graphql';
import { type LogPage, readPages } from '../db/read.ts';
import { AccessLogEntryConnection } from './access-log.ts';
import { builder, READ_LOG } from './builder.ts';
import { recordLogReads } from './log-reads.ts';

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const toCursor = (id: string) => Buffer.from(`entry:${id}`).toString('base64url');
function fromCursor(cursor: string): string {
  const id = /^entry:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString())?.[1];
  if (!id) throw badInput('`after` is not a cursor of this list');
  return id;
}

/**
 * Pages for every client the operation asks about, batched: one statement per distinct
 * (first, after) in a tick, however many clients, so listing the log of many clients is no N+1.
 * Then the read itself is recorded in the log (`log-reads.ts`), one more statement for the batch;
 * a page does not show its own read, the next one does.
 */
const pageLoader = contextLoader<SubgraphContext, string, LogPage>(async (keys, context) => {
  const requests = keys.map((key) => JSON.parse(key) as [string, number, string | null]);
  const groups = new Map<string, { limit: number; afterId: string | null; clientIds: string[] }>();
  for (const [clientId, limit, afterId] of requests) {
    const group = `${limit}:${afterId ?? ''}`;
    if (!groups.has(group)) groups.set(group, { limit, afterId, clientIds: [] });
    groups.get(group)!.clientIds.push(clientId);
  }
  const { caller } = context;
  const results = new Map<string, LogPage>();
  for (const [group, { limit, afterId, clientIds }] of groups) {
    const pages = await readPages(context.db, {
      subjectType: 'Client',
      subjectIds: [...new Set(clientIds)],
      limit,
      afterId: afterId ?? undefined,
      // A key of a provider or partner sees what keys of its own organisation did, nothing else.
      organisationId: isMunicipal(caller) ? undefined : caller.organisationId,
    });
    for (const [clientId, page] of pages) results.set(`${group}:${clientId}`, page);
  }
  await recordLogReads(context, [...new Set(requests.map(([clientId]) => clientId))]);
  return requests.map(([clientId, limit, afterId]) => results.get(`${limit}:${afterId ?? ''}:${clientId}`)!);
});

/** `Client` is owned by the clients subgraph; audit adds its access log, resolved by key. */
export const ClientRef = builder
  .externalRef('Client', builder.selection<{ id: string }>('id'), (reference) => ({ id: reference.id }))
  .implement({
    description: 'Cliënt: a resident known to the social domain (owned by the clients subgraph).',
    externalFields: (t) => ({ id: t.id({ description: 'Stable id of the client (never the BSN).' }) }),
    fields: (t) => ({
      accessLog: t.field({
        type: AccessLogEntryConnection,
        nullable: true,
        authScopes: READ_LOG,
        description:
          'Logboek dataverwerkingen (NEN 7513): who read or changed this client’s personal data, newest ' +
          'first. Needs the `audit` scope; a key of a provider, volunteer organisation or partner sees only ' +
          'the accesses made by keys of its own organisation. Reading the log is itself recorded in it (an entry ' +
          'with source `audit` and field `accessLog`), visible from the next read on.',
        args: {
          first: t.arg.int({ description: `Page size, 1 to ${MAX_PAGE} (default ${DEFAULT_PAGE}).` }),
          after: t.arg.string({ description: 'Return entries older than this cursor (`endCursor`).' }),
        },
        resolve: async (client, args, context) => {
          const first = args.first ?? DEFAULT_PAGE;
          if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
            throw badInput(`\`first\` must be between 1 and ${MAX_PAGE}`);
          }
          const afterId = args.after == null ? null : fromCursor(args.after);
          const page = await pageLoader(context).load(JSON.stringify([client.id, first, afterId]));
          const entries = page.entries.slice(0, first);
          return {
            totalCount: page.total,
            edges: entries.map((entry) => ({ cursor: toCursor(entry.id), node: entry })),
            pageInfo: {
              hasNextPage: page.entries.length > first,
              hasPreviousPage: afterId !== null,
              startCursor: entries[0] ? toCursor(entries[0].id) : null,
              endCursor: entries.at(-1) ? toCursor(entries.at(-1)!.id) : null,
            },
          };
        },
      }),
    }),
  });
