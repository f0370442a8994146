// For ESLint's type information only (tsconfig.eslint.json): plain TypeScript cannot read a .vue file, so without this
// every imported component is an error type. vue-tsc reads the real files, and must not see this: it would let a
// mistyped component path pass.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
