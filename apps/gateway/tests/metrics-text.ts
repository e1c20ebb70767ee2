export { sample } from '@mienskip/testing';

/** The gateway's `/metrics`, asked without an API key. */
export async function metricsOf(
  graphqlUrl: string,
): Promise<{ status: number; contentType: string; text: string }> {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'));
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}
