import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const DEFAULT_QUERY = `# Mienskip: the social-domain graph of Leeuwarden.
# Put your API key in the Headers tab: {"Authorization": "Bearer <key>"}

{
  rooms {
    id
    name
    status
    area { name }
  }
}
`;

/**
 * The GraphiQL page, with its scripts, styles and editor workers inlined: it loads nothing from
 * outside this server. `prefillKey` puts a key in the headers editor (the local stack's development
 * key only).
 */
export function graphiqlPage(prefillKey?: string): string {
  return renderGraphiQL({
    title: 'Mienskip GraphiQL',
    endpoint: '/graphql',
    defaultQuery: DEFAULT_QUERY,
    headers: JSON.stringify({ Authorization: `Bearer ${prefillKey ?? '<your API key>'}` }, null, 2),
    defaultEditorToolsVisibility: 'headers',
    // A pre-filled key must win over one kept from an earlier session (after `.data/` was removed).
    shouldPersistHeaders: !prefillKey,
  });
}

/** A browser navigating to the endpoint (not a GraphQL-over-HTTP GET, which carries `query`). */
export function wantsGraphiql(method: string, accept: string | undefined, query: unknown): boolean {
  return method === 'GET' && query === undefined && !!accept && accept.includes('text/html');
}
