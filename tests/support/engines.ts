/**
 * Whether a suite that needs a real engine (LibreOffice, Chromium) must fail rather than
 * skip when the engine is missing: when asked to (`KPI_TREE_REQUIRE_…=1`), and always on
 * CI (`CI=true`), where a skipped proof would pass for a kept one.
 */
export function engineRequired(env: NodeJS.ProcessEnv, requireVariable: string): boolean {
  const ci = (env.CI ?? '').toLowerCase();
  return env[requireVariable] === '1' || ci === 'true' || ci === '1';
}
