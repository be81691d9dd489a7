// What global setup hands to the test workers, through the environment they inherit.
export const TEST_ADMIN_URL = 'HERITAGE_TEST_ADMIN_URL';
export const TEST_TEMPLATE_DB = 'HERITAGE_TEST_TEMPLATE_DB';

export function testEnv(): { adminUrl: string; template: string } {
  const adminUrl = process.env[TEST_ADMIN_URL];
  const template = process.env[TEST_TEMPLATE_DB];
  if (!adminUrl || !template) throw new Error('Test database not prepared: run the tests through jest (npm test)');
  return { adminUrl, template };
}

/** URL of database `name` on the server behind `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
