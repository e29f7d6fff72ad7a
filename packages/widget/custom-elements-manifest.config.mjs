/**
 * `pnpm --filter @bookafy/widget analyze` writes custom-elements.json, the machine-readable
 * description of every element (attributes, properties, events, parts, CSS properties) that
 * editors, Storybook and framework wrappers read. It comes from the components' JSDoc.
 */
export default {
  globs: ['src/define.ts', 'src/components/**/*.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.messages.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest already; a check into another folder must not change it.
  packagejson: false,
};
