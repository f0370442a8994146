import { describe, expect, it } from 'vitest';
import { routes } from '../router';
import { reportRoutes } from './routes';

describe('the report pages’ routes', () => {
  it('give every page a title no other page of the app has', () => {
    const titles = routes.map((route) => route.meta?.title);
    for (const route of reportRoutes) {
      expect({ path: route.path, pagesWithTitle: titles.filter((title) => title === route.meta?.title).length }).toEqual({
        path: route.path,
        pagesWithTitle: 1,
      });
    }
  });
});
