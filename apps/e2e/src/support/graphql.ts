import { baseUrl, demoPassword } from './env';

/** A signed-in GraphQL client, for setting up what a journey needs without clicking through it. */
export interface ApiSession {
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

async function post(query: string, variables: Record<string, unknown>, cookie?: string): Promise<Response> {
  return fetch(new URL('/graphql', baseUrl()), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
}

async function dataOf<T>(response: Response, query: string): Promise<T> {
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL refused ${query.trim().split('\n')[0]}: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

export async function signInToApi(email: string, password = demoPassword()): Promise<ApiSession> {
  const query = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }';
  const response = await post(query, { input: { email, password } });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  await dataOf(response, query);
  return { request: async (text, variables = {}) => dataOf(await post(text, variables, cookie), text) };
}
