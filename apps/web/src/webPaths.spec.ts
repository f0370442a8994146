import { WEB_PATHS } from '@ideas-hub/domain';
import { describe, expect, it } from 'vitest';
import { routes } from './router';

describe('the paths the API knows the web app’s pages by', () => {
  it('are the router’s, every one of them and no others', () => {
    const paths = routes.filter((route) => route.name !== 'not-found').map((route) => route.path);
    expect([...paths].sort()).toEqual([...WEB_PATHS].sort());
  });
});
