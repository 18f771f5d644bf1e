/**
 * Plan templates bundled as their data: the YAML read at build time (scripts/planTemplate.cjs,
 * a webpack loader; a jest transform in tests). What it holds is checked as any plan's data is.
 */
declare module '*.yaml' {
  const plan: unknown;
  export default plan;
}
