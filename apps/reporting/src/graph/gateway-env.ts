import type { Refuse } from './refuse.ts';

/** The gateway's `/graphql` address from MIENSKIP_GATEWAY_URL (a bare origin gets `/graphql`). */
export function gatewayUrlOf(value: string | undefined, refuse: Refuse): string {
  if (!value)
    throw refuse(
      'MIENSKIP_GATEWAY_URL is not set: set it to the gateway’s address, e.g. http://localhost:4000/graphql',
    );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse(`MIENSKIP_GATEWAY_URL ${value} is not a URL`);
  }
  if (!url.pathname.endsWith('/graphql')) url.pathname = `${url.pathname.replace(/\/$/, '')}/graphql`;
  return url.toString();
}

/**
 * The gateway and the key from the environment, the gateway checked first. `keyNeeds` says what a
 * key must hold, and how to make one, in the command's words.
 */
export function gatewayOf(env: Record<string, string | undefined>, keyNeeds: string, refuse: Refuse) {
  const gatewayUrl = gatewayUrlOf(env.MIENSKIP_GATEWAY_URL, refuse);
  if (!env.MIENSKIP_API_KEY) throw refuse(`MIENSKIP_API_KEY is not set: set it to a key with ${keyNeeds}`);
  return { gatewayUrl, apiKey: env.MIENSKIP_API_KEY };
}
