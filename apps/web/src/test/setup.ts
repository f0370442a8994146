import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach } from 'vitest';

// As main.ts does on a real page: NHS.UK frontend components only start on a page that declares support.
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');

// jsdom does no layout: NHS.UK's error summary scrolls labels into view, and the router scrolls to the top.
Element.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = function scrollTo() {};

enableAutoUnmount(afterEach);
